/** What the index stores of one article: its folded terms with counts, the title's flagged. */
import type { Article } from '../../../common/article'
import { bodyText } from '../snapshot/article-text'
import { foldText } from './fold'
import { termCounts } from './tokenize'
import { TITLE_FLAG, type IndexedTerms } from './search-index'

/** Terms travel between threads as one string and one byte array: cheap to clone, cheap to split. */
export interface PackedTerms {
  terms: string
  counts: Uint8Array
  length: number
}

export function indexTerms(article: Article): PackedTerms {
  const body = termCounts(foldText(bodyText(article)))
  const title = termCounts(foldText(article.title))
  for (const [term, count] of title) body.set(term, (body.get(term) ?? 0) + count)
  const terms = [...body.keys()]
  const counts = new Uint8Array(terms.length)
  let length = 0
  terms.forEach((term, i) => {
    const count = body.get(term) ?? 1
    length += count
    counts[i] = Math.min(count, 0x7f) | (title.has(term) ? TITLE_FLAG : 0)
  })
  return { terms: terms.join('\n'), counts, length }
}

export function unpackTerms(packed: PackedTerms): IndexedTerms {
  return {
    terms: packed.terms === '' ? [] : packed.terms.split('\n'),
    counts: packed.counts,
    length: packed.length,
  }
}
