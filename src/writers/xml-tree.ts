// A small XML element tree and its serialiser, for TEI. xmlbuilder2's pretty printer
// indents inside mixed content too (a <pb/> inside a paragraph gets a line break and spaces
// on each side, which change the paragraph's text), so TEI is written here: an element whose
// children are all elements is indented, one that holds text is written on one line, exactly.
import { xmlText } from './xml-text.js'

export interface XmlElement {
  name: string
  attrs: [string, string][]
  children: XmlNode[]
}
export type XmlNode = XmlElement | string

/** An element; attributes whose value is undefined are left out, the rest keep their order. */
export function el(name: string, attrs: Record<string, string | undefined> = {}, children: (XmlNode | undefined | false)[] = []): XmlElement {
  return {
    name,
    attrs: Object.entries(attrs).filter((a): a is [string, string] => a[1] !== undefined),
    children: children.filter((c): c is XmlNode => c !== undefined && c !== false && c !== ''),
  }
}

const escapeText = (s: string) => xmlText(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;')

function open(e: XmlElement): string {
  return `<${e.name}${e.attrs.map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('')}`
}

function inline(node: XmlNode): string {
  if (typeof node === 'string') return escapeText(node)
  if (node.children.length === 0) return `${open(node)}/>`
  return `${open(node)}>${node.children.map(inline).join('')}</${node.name}>`
}

function block(e: XmlElement, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth)
  if (e.children.length === 0 || e.children.some((c) => typeof c === 'string')) {
    out.push(pad + inline(e))
    return
  }
  out.push(`${pad}${open(e)}>`)
  for (const child of e.children) block(child as XmlElement, depth + 1, out)
  out.push(`${pad}</${e.name}>`)
}

/** The document: the XML declaration, then the root, indented where that changes no text. */
export function serializeXml(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>']
  block(root, 0, out)
  return out.join('\n') + '\n'
}
