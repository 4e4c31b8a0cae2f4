/** What the index stores of one article: its folded terms with counts, the title's flagged. */
import type { Article } from '../../../common/article'
import { bodyText } from '../snapshot/article-text'
import { foldText } from './fold'
import { TITLE_FLAG } from './search-index'
import type { LocalTermIds, LocalTerms } from './term-dictionary'
import { termCounts } from './tokenize'

export function indexTerms(article: Article, local: LocalTerms): LocalTermIds {
  const counts = termCounts(foldText(bodyText(article)))
  const title = termCounts(foldText(article.title))
  for (const [term, count] of title) counts.set(term, (counts.get(term) ?? 0) + count)
  return local.encode(counts, (term, count) => Math.min(count, 0x7f) | (title.has(term) ? TITLE_FLAG : 0))
}
