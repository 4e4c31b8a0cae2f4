/** What the index stores of one article: its folded terms with counts, the title's flagged. */
import type { Article } from '../../../common/article'
import { bodyText } from '../snapshot/article-text'
import { foldText } from './fold'
import type { LocalTermIds, LocalTerms } from './term-dictionary'

export function indexTerms(article: Article, local: LocalTerms): LocalTermIds {
  return local.encode(foldText(article.title), foldText(bodyText(article)))
}
