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

export function* terms(folded: string): Generator<string> {
  for (const [run] of folded.matchAll(RUNS)) {
    if (CJK.test(run[0] ?? '')) {
      const chars = [...run]
      if (chars.length === 1) yield run
      for (let i = 0; i + 1 < chars.length; i++) yield (chars[i] ?? '') + (chars[i + 1] ?? '')
    } else if (run.length <= MAX_WORD) {
      yield run
    }
  }
}

/** Distinct terms with their counts. The indexing hot path: no generator, no arrays of characters. */
export function termCounts(folded: string): Map<string, number> {
  const counts = new Map<string, number>()
  const add = (term: string): void => void counts.set(term, (counts.get(term) ?? 0) + 1)
  for (const [run] of folded.matchAll(RUNS)) {
    if (!CJK.test(run[0] ?? '')) {
      if (run.length <= MAX_WORD) add(run)
      continue
    }
    let previous = -1
    let chars = 0
    for (let i = 0; i < run.length;) {
      const width = (run.codePointAt(i) ?? 0) > 0xffff ? 2 : 1
      if (previous >= 0) add(run.slice(previous, i + width))
      previous = i
      i += width
      chars++
    }
    if (chars === 1) add(run)
  }
  return counts
}

/** The distinct terms of a query, in order of first appearance. */
export function queryTerms(folded: string): string[] {
  return [...new Set(terms(folded))]
}
