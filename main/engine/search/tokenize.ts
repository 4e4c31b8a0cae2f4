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

/** Distinct terms with their counts. */
export function termCounts(folded: string): Map<string, number> {
  const counts = new Map<string, number>()
  for (const term of terms(folded)) counts.set(term, (counts.get(term) ?? 0) + 1)
  return counts
}

/** The distinct terms of a query, in order of first appearance. */
export function queryTerms(folded: string): string[] {
  return [...new Set(terms(folded))]
}
