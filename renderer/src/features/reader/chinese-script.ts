/**
 * Optional display conversion between Simplified and Traditional Chinese (OpenCC). Display only: the
 * stored article, its links and the search are untouched. The dictionaries are loaded on first use, so
 * readers who never switch pay nothing at start-up.
 */
import type { Article, Block, Figure } from '../../../../common/article'
import type { Preferences } from '../../../../common/preferences'

export type Convert = (text: string) => string

const converters = new Map<Preferences['chineseScript'], Promise<Convert>>()

export function loadConverter(script: Preferences['chineseScript']): Promise<Convert> | null {
  if (script === 'original') return null
  let converter = converters.get(script)
  if (!converter) {
    converter =
      script === 'traditional'
        ? import('opencc-js/cn2t').then(({ Converter }) => Converter({ from: 'cn', to: 'tw' }))
        : import('opencc-js/t2cn').then(({ Converter }) => Converter({ from: 'tw', to: 'cn' }))
    converters.set(script, converter)
  }
  return converter
}

function figure(f: Figure, c: Convert): Figure {
  return {
    ...f,
    alt: c(f.alt),
    caption: f.caption === null ? null : c(f.caption),
    credit: f.credit === null ? null : c(f.credit),
  }
}

function block(b: Block, c: Convert): Block {
  switch (b.type) {
    case 'heading':
      return { ...b, text: c(b.text) }
    case 'figure':
      return { ...b, figure: figure(b.figure, c) }
    case 'gallery':
      return {
        ...b,
        title: c(b.title),
        items: b.items.map((item) => ({
          heading: c(item.heading),
          text: c(item.text),
          figure: figure(item.figure, c),
        })),
      }
    case 'table':
      return { ...b, caption: c(b.caption), rows: b.rows.map((row) => ({ ...row, cells: row.cells.map(c) })) }
    case 'embed':
      return { ...b, title: c(b.title) }
    // Inline HTML is converted after sanitizing, text node by text node (see convertTextNodes).
    case 'paragraph':
    case 'quote':
    case 'list':
      return b
  }
}

/** The article with its plain-text fields converted; URLs and HTML strings are left alone. */
export function convertArticle(article: Article, c: Convert): Article {
  return {
    ...article,
    title: c(article.title),
    byline: article.byline === null ? null : c(article.byline),
    lead: article.lead === null ? null : c(article.lead),
    blocks: article.blocks.map((b) => block(b, c)),
    related: article.related.map((link) => ({ ...link, title: c(link.title) })),
    agencies: article.agencies.map(c),
    copyright: article.copyright === null ? null : c(article.copyright),
  }
}

/** Converts the text of an already sanitized fragment in place; attributes (links) are untouched. */
export function convertTextNodes(root: Node, c: Convert): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.nodeValue) node.nodeValue = c(node.nodeValue)
}
