// Section ids: `<lang>-<role>` ("en-translation"), "scan" for an announced scan, suffixed
// "-2", "-3" on a clash. Stable within a document: the paragraph stage makes them and the
// section stage remakes them when the credits settle a role.
export function sectionIds(sections: readonly { lang: string; role: string; scan?: boolean }[]): string[] {
  const seen = new Map<string, number>()
  return sections.map((s) => {
    const base = s.scan ? 'scan' : `${s.lang}-${s.role}`
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    return n === 1 ? base : `${base}-${n}`
  })
}
