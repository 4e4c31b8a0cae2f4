/**
 * Where the query's terms occur in a text, as [start, end) UTF-16 offsets of the original text, merged.
 * Each character is folded on its own, so an offset in the folded text maps back to the original even
 * when folding changes a character (國 → 国) or its length (ﬁ → fi).
 */
import { foldText } from './fold'

/** Folding one character goes through OpenCC, slow per call; titles share most of their characters. */
const foldedChars = new Map<string, string>()
const MAX_REMEMBERED = 65_536

function foldChar(ch: string): string {
  let folded = foldedChars.get(ch)
  if (folded === undefined) {
    folded = foldText(ch)
    if (foldedChars.size < MAX_REMEMBERED) foldedChars.set(ch, folded)
  }
  return folded
}

export function highlightRanges(text: string, terms: readonly string[]): [number, number][] {
  if (terms.length === 0 || text === '') return []
  const chars = [...text]
  const starts: number[] = []
  const owner: number[] = []
  let folded = ''
  let position = 0
  chars.forEach((ch, i) => {
    starts.push(position)
    position += ch.length
    const f = foldChar(ch)
    for (let k = 0; k < f.length; k++) owner.push(i)
    folded += f
  })
  starts.push(position)
  const ranges: [number, number][] = []
  for (const term of terms) {
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1)) {
      const first = owner[at] ?? 0
      const last = owner[at + term.length - 1] ?? first
      ranges.push([starts[first] ?? 0, starts[last + 1] ?? position])
    }
  }
  ranges.sort((a, b) => a[0] - b[0])
  const merged: [number, number][] = []
  for (const range of ranges) {
    const previous = merged.at(-1)
    if (previous && range[0] <= previous[1]) previous[1] = Math.max(previous[1], range[1])
    else merged.push([range[0], range[1]])
  }
  return merged
}
