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

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** Characters a reader reads: letters and digits of any script, no spaces or punctuation. */
export function countReadableCharacters(text: string): number {
  // Most characters are ASCII or CJK ideographs, decided here by range; only the rest ask the regex.
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) {
      if ((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) count++
    } else if (c >= 0x4e00 && c <= 0x9fff) {
      count++
    } else {
      const code = text.codePointAt(i) ?? c
      if (code > 0xffff) i++
      if (LETTER_OR_DIGIT.test(String.fromCodePoint(code))) count++
    }
  }
  return count
}
