/**
 * Walks the body's DOM in document order and emits the article's blocks. Layout wrappers (the nested
 * `<div>`s of BBC, feedx's bare top level) are flattened; recognizers for figures and galleries run
 * before the generic cases, so a caption is attached to its image and never left as a loose paragraph.
 */
import type { Block, GalleryItem, RelatedLink } from '../../../common/article'
import { dropReason, type DropReason } from './boilerplate'
import {
  attr,
  classList,
  elementChildren,
  findEvery,
  findFirst,
  hasDescendant,
  isBlank,
  isImage,
  isTag,
  isText,
  textOf,
  type ChildNode,
  type Element,
} from './dom'
import { figureFromImage, recognizeFigure, type FigureContext } from './figures'
import { KEPT_INLINE_TAGS, inlineHtml, trimInline, type LinkResolver } from './inline'
import { collapse } from './text'

export interface WalkContext extends FigureContext {
  resolveLink: LinkResolver
}

export interface WalkResult {
  blocks: Block[]
  related: RelatedLink[]
  /** Explicit lead paragraphs marked by the layout (FT `.story-lead`, BBC `story-body__introduction`). */
  lead: string | null
  dropped: Map<DropReason, number>
}

/** Tags that flow within a paragraph: the kept ones, plus wrappers whose content is kept. */
const INLINE_TAGS: ReadonlySet<string> = new Set([
  ...KEPT_INLINE_TAGS,
  'a',
  'span',
  'font',
  'time',
  'label',
  'br',
  'wbr',
  'del',
  'ins',
  'big',
  'tt',
  'var',
  'kbd',
  'bdi',
  'bdo',
])
const HEADING = /^h([1-6])$/
const LEAD_CLASS = /(?:^|\s)(?:story-lead|story-body__introduction)(?:\s|$)/
const EMBED_TAGS = new Set(['iframe', 'video', 'audio'])

export function walkBody(roots: ChildNode[], ctx: WalkContext): WalkResult {
  const walker = new BlockWalker(ctx)
  walker.walk(roots)
  walker.flush()
  return { blocks: walker.blocks, related: walker.related, lead: walker.lead, dropped: walker.dropped }
}

class BlockWalker {
  readonly blocks: Block[] = []
  readonly related: RelatedLink[] = []
  readonly dropped = new Map<DropReason, number>()
  lead: string | null = null
  private run: ChildNode[] = []

  constructor(private readonly ctx: WalkContext) {}

  walk(nodes: ChildNode[]): void {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]
      if (node) i += this.visit(node, nodes, i)
    }
  }

  /** Returns how many following siblings the node consumed. */
  private visit(node: ChildNode, siblings: ChildNode[], index: number): number {
    if (isText(node)) {
      if (this.run.length > 0 || collapse(node.data) !== '') this.run.push(node)
      return 0
    }
    if (!isTag(node) || this.ctx.consumed.has(node)) return 0
    const reason = dropReason(node)
    if (reason) {
      this.dropped.set(reason, (this.dropped.get(reason) ?? 0) + 1)
      return 0
    }
    if (LEAD_CLASS.test(classList(node)) && this.lead === null && !hasDescendant(node, isImage)) {
      this.lead = textOf(node) || null
      return 0
    }

    const gallery = this.gallery(siblings, index)
    if (gallery > 0) return gallery - 1

    const figure = recognizeFigure(node, this.ctx)
    if (figure) {
      this.flush()
      this.blocks.push({ type: 'figure', figure })
      return 0
    }

    const tag = node.name
    const heading = HEADING.exec(tag)
    if (heading) {
      this.flush()
      const text = textOf(node)
      if (text) this.blocks.push({ type: 'heading', level: Math.max(2, Number(heading[1])), text })
      return 0
    }
    if (tag === 'p') return this.paragraph(node)
    if (tag === 'ul' || tag === 'ol') return this.list(node)
    if (tag === 'blockquote') return this.quote(node)
    if (EMBED_TAGS.has(tag)) return this.embed(node)
    if (tag === 'table') return this.table(node)
    if (INLINE_TAGS.has(tag) && !hasBlockContent(node)) {
      this.run.push(node)
      return 0
    }
    // Any other element is a layout box: its content continues the flow.
    this.flush()
    this.walk(node.children)
    this.flush()
    return 0
  }

  /** Ends the current run of loose inline content as a paragraph; `<br><br>` splits paragraphs. */
  flush(): void {
    if (this.run.length === 0) return
    const run = this.run
    this.run = []
    let part: ChildNode[] = []
    const emit = (): void => {
      this.pushParagraph(part)
      part = []
    }
    for (let i = 0; i < run.length; i++) {
      const node = run[i]
      if (!node) continue
      if (isTag(node) && node.name === 'br' && isBr(run[i + 1])) {
        emit()
        while (isBr(run[i + 1]) || (run[i + 1] && isBlank(run[i + 1] as ChildNode))) i++
        continue
      }
      part.push(node)
    }
    emit()
  }

  private pushParagraph(nodes: ChildNode[]): void {
    const html = trimInline(inlineHtml(nodes, this.ctx.resolveLink))
    if (collapse(textOf(nodes)) === '') return
    this.collectInlineRelated(nodes)
    this.blocks.push({ type: 'paragraph', html })
  }

  private paragraph(p: Element): number {
    this.flush()
    if (hasDescendant(p, (e) => isImage(e) || e.name === 'iframe')) {
      // A paragraph that holds an image is a box: the image becomes a figure, the text a paragraph.
      this.walk(p.children)
      this.flush()
      return 0
    }
    this.pushParagraph(p.children)
    return 0
  }

  private list(el: Element): number {
    this.flush()
    const items = elementChildren(el).filter((li) => li.name === 'li')
    const links = items.map((li) => soleLink(li))
    if (items.length > 0 && links.every((link) => link !== null)) {
      // A list made only of links is a "read more" box (BBC, RFA): related links, not body text.
      for (const link of links) {
        const url = link ? this.ctx.resolveLink(attr(link, 'href') ?? '') : null
        if (link && url) this.related.push({ title: textOf(link), url })
      }
      return 0
    }
    const html = items
      .map((li) => trimInline(inlineHtml(li.children, this.ctx.resolveLink)))
      .filter((h) => h !== '')
    if (html.length > 0) this.blocks.push({ type: 'list', ordered: el.name === 'ol', items: html })
    return 0
  }

  private quote(el: Element): number {
    this.flush()
    if (/twitter-tweet/.test(classList(el))) {
      const links = findEvery(el, (e) => e.name === 'a')
      const status = links.map((a) => attr(a, 'href') ?? '').find((href) => /\/status\//.test(href))
      const url = status ? this.ctx.resolveLink(status) : null
      if (url) this.blocks.push({ type: 'embed', kind: 'tweet', url, title: textOf(el).slice(0, 200) })
      return 0
    }
    const html = trimInline(inlineHtml(el.children, this.ctx.resolveLink))
    if (textOf(el)) this.blocks.push({ type: 'quote', html })
    return 0
  }

  /**
   * A table of data stays a table. Layout tables (one cell per row, or holding images) are walked as
   * boxes instead, since old pages use them for page structure.
   */
  private table(el: Element): number {
    const rows = findEvery(el, (e) => e.name === 'tr').filter((tr) => closestTable(tr) === el)
    const cellsOf = (tr: Element): Element[] =>
      elementChildren(tr).filter((c) => c.name === 'td' || c.name === 'th')
    const isData = rows.length > 0 && rows.some((tr) => cellsOf(tr).length > 1) && !hasDescendant(el, isImage)
    if (!isData) {
      this.flush()
      this.walk(el.children)
      this.flush()
      return 0
    }
    this.flush()
    const caption = findFirst(el, (e) => e.name === 'caption')
    this.blocks.push({
      type: 'table',
      caption: caption ? textOf(caption) : '',
      rows: rows.map((tr) => {
        const cells = cellsOf(tr)
        return { header: cells.every((c) => c.name === 'th'), cells: cells.map((c) => textOf(c)) }
      }),
    })
    return 0
  }

  /** Embeds are never live: they become a link card to their source. */
  private embed(el: Element): number {
    this.flush()
    const source = findFirst(el, (e) => e.name === 'source')
    const raw = attr(el, 'src') ?? (source ? attr(source, 'src') : null) ?? ''
    const url = this.ctx.resolveLink(raw)
    if (url) {
      const kind = el.name === 'iframe' && !/youtube|youtu\.be|vimeo|bbc\.co/.test(url) ? 'frame' : 'video'
      this.blocks.push({ type: 'embed', kind, url, title: attr(el, 'title') ?? '' })
    }
    return 0
  }

  /**
   * DW's picture galleries: a run of `<div><img><b>heading</b>：text</div>`, usually after an
   * `<h3>相关图集…</h3>`. Returns the number of siblings taken (0 when this is not a gallery).
   */
  private gallery(siblings: ChildNode[], index: number): number {
    const items: GalleryItem[] = []
    let end = index
    for (let i = index; i < siblings.length; i++) {
      const node = siblings[i]
      if (!node) break
      if (isBlank(node)) continue
      const item = isTag(node) ? this.galleryItem(node) : null
      if (!item) break
      items.push(item)
      end = i + 1
    }
    if (items.length < 2) return 0
    this.flush()
    const previous = this.blocks.at(-1)
    let title = ''
    if (previous?.type === 'heading') {
      this.blocks.pop()
      title = previous.text
    }
    this.blocks.push({ type: 'gallery', title, items })
    return end - index
  }

  private galleryItem(el: Element): GalleryItem | null {
    if (el.name !== 'div') return null
    const children = elementChildren(el)
    const img = children.find((c) => c.name === 'img')
    const bold = children.find((c) => c.name === 'b' || c.name === 'strong')
    if (!img || !bold || children.length > 4) return null
    const figure = figureFromImage(img, this.ctx)
    if (!figure) return null
    const heading = textOf(bold)
    const text = textOf(el.children.filter((c) => c !== bold && c !== img)).replace(/^[：:]\s*/, '')
    return { figure, heading, text }
  }

  private collectInlineRelated(nodes: ChildNode[]): void {
    for (const node of nodes) {
      if (!isTag(node)) continue
      const anchors = node.name === 'a' ? [node] : findEvery(node, (e) => e.name === 'a')
      for (const a of anchors) {
        // DW marks links to its own articles with rel="ArticleRef".
        if (attr(a, 'rel') !== 'ArticleRef') continue
        const url = this.ctx.resolveLink(attr(a, 'href') ?? '')
        if (url) this.related.push({ title: textOf(a), url })
      }
    }
  }
}

function closestTable(el: Element): Element | null {
  let parent = el.parent
  while (parent && 'name' in parent) {
    if ((parent as Element).name === 'table') return parent as Element
    parent = parent.parent
  }
  return null
}

function isBr(node: ChildNode | undefined): boolean {
  return node !== undefined && isTag(node) && node.name === 'br'
}

function hasBlockContent(el: Element): boolean {
  return hasDescendant(el, (e) => !INLINE_TAGS.has(e.name))
}

/** The `<a>` of a list item that is nothing but one link (possibly wrapped in `<b>`). */
function soleLink(li: Element): Element | null {
  const anchors = findEvery(li, (e) => e.name === 'a')
  if (anchors.length !== 1) return null
  const [a] = anchors
  return a && textOf(a) !== '' && textOf(a) === textOf(li) ? a : null
}
