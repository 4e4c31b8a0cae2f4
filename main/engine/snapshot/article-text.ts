/**
 * The readable text of an article, for search and similarity. Paragraph HTML here is the parser's own
 * restricted serialization (a few inline tags, every attribute value escaped), so removing tags is exact.
 */
import type { Article, Block } from '../../../common/article'
import { decodeEntities } from './text'

export function plainInline(html: string): string {
  return decodeEntities(html.replace(/<br>/g, '\n').replace(/<[^>]*>/g, ''))
}

export function blockText(block: Block): string {
  switch (block.type) {
    case 'paragraph':
    case 'quote':
      return plainInline(block.html)
    case 'heading':
      return block.text
    case 'list':
      return block.items.map(plainInline).join('\n')
    case 'figure':
      return [block.figure.caption, block.figure.alt].filter(Boolean).join('\n')
    case 'gallery':
      return [
        block.title,
        ...block.items.flatMap((item) => [item.heading, item.text, item.figure.caption ?? '']),
      ].join('\n')
    case 'table':
      return [block.caption, ...block.rows.map((row) => row.cells.join(' '))].join('\n')
    case 'embed':
      return block.title
  }
}

/** Lead, body and captions: everything a reader would search, except the title. */
export function bodyText(article: Article): string {
  return [article.lead ?? '', ...article.blocks.map(blockText)].join('\n')
}
