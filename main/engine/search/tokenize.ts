/**
 * Search terms. Stock tokenizers split on spaces, which leaves a Chinese sentence as one "word"; here
 * every run of CJK characters becomes overlapping character bigrams (a lone character stays a unigram),
 * and every run of other letters or digits becomes one lowercased word. Text must be folded first.
 */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u
const RUNS =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])[\p{L}\p{N}])+/gu
/** Longer Latin "words" are URLs or hashes, not what anyone types. */
const MAX_WORD = 40

/**
 * Calls `term(start, end)` for every term of a folded text, in order; the term is `folded.slice(start,
 * end)`. The indexing hot path: a caller that can tell terms apart by their code units (see
 * LocalTerms) never builds their strings.
 */
export function scanTerms(folded: string, term: (start: number, end: number) => void): void {
  for (const match of folded.matchAll(RUNS)) {
    const run = match[0]
    const at = match.index
    // A run is all CJK or none of it; testing the whole run also sees a first character outside the BMP.
    if (!CJK.test(run)) {
      if (run.length <= MAX_WORD) term(at, at + run.length)
      continue
    }
    let previous = -1
    let chars = 0
    for (let i = 0; i < run.length;) {
      const width = (run.codePointAt(i) ?? 0) > 0xffff ? 2 : 1
      if (previous >= 0) term(at + previous, at + i + width)
      previous = i
      i += width
      chars++
    }
    if (chars === 1) term(at, at + run.length)
  }
}

/** Distinct terms with their counts. */
export function termCounts(folded: string): Map<string, number> {
  const counts = new Map<string, number>()
  scanTerms(folded, (start, end) => {
    const term = folded.slice(start, end)
    counts.set(term, (counts.get(term) ?? 0) + 1)
  })
  return counts
}

/** The distinct terms of a query, in order of first appearance. */
export function queryTerms(folded: string): string[] {
  return [...termCounts(folded).keys()]
}
