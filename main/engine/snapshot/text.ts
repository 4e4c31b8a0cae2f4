/** Small text helpers shared by the parser's modules. */
import { decodeHTML } from 'entities'

export function decodeEntities(text: string): string {
  return text.includes('&') ? decodeHTML(text) : text
}

/** Collapses runs of white space (including no-break and ideographic spaces) and trims. */
export function collapse(text: string): string {
  return text.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ').trim()
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

export function escapeAttribute(text: string): string {
  return escapeHtml(text).replace(/"/g, '&quot;')
}

/** Characters a reader reads: letters and digits of any script, no spaces or punctuation. */
export function countReadableCharacters(text: string): number {
  // One native pass; counting matches would allocate a string per character.
  return text.replace(/[^\p{L}\p{N}]+/gu, '').length
}
