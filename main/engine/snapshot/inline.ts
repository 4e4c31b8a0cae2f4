/**
 * Inline HTML for paragraphs, reduced to a handful of presentational tags and safe links. This is a
 * first, structural cleaning; the renderer still sanitizes the result with DOMPurify before showing it.
 */
import { isTag, isText, type ChildNode } from './dom'
import { escapeAttribute, escapeHtml } from './text'

/** Presentational inline tags kept in paragraph HTML (links are kept too, with a checked href). */
export const KEPT_INLINE_TAGS: ReadonlySet<string> = new Set([
  'b',
  'strong',
  'i',
  'em',
  'u',
  's',
  'sub',
  'sup',
  'small',
  'code',
  'mark',
  'q',
  'cite',
  'abbr',
])
const SKIP = new Set([
  'script',
  'style',
  'template',
  'noembed',
  'img',
  'picture',
  'source',
  'svg',
  'iframe',
  'video',
  'audio',
  'object',
  'embed',
  'button',
  'input',
  'select',
  'textarea',
  'form',
])

export type LinkResolver = (href: string) => string | null

export function inlineHtml(nodes: ChildNode[], resolveLink: LinkResolver): string {
  let out = ''
  for (const node of nodes) {
    if (isText(node)) {
      out += escapeHtml(node.data)
      continue
    }
    if (!isTag(node) || SKIP.has(node.name)) continue
    if (node.name === 'br') {
      out += '<br>'
      continue
    }
    const inner = inlineHtml(node.children, resolveLink)
    if (node.name === 'a') {
      const href = resolveLink(node.attribs['href'] ?? '')
      out += href ? `<a href="${escapeAttribute(href)}">${inner}</a>` : inner
    } else if (KEPT_INLINE_TAGS.has(node.name)) {
      out += inner.trim() ? `<${node.name}>${inner}</${node.name}>` : inner
    } else {
      out += inner
    }
  }
  return out
}

/** Trims white space and line breaks at both ends of a serialized run. */
export function trimInline(html: string): string {
  return html.replace(/^(?:\s|&nbsp;|\u00a0|<br>)+/, '').replace(/(?:\s|&nbsp;|\u00a0|<br>)+$/, '')
}
