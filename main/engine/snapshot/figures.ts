/**
 * Figures and their captions and credits, in every layout the archives hold:
 * - feedx (DW, VOA, NYT, Reuters): `<img>` followed by `<div><small>caption</small></div>`;
 * - `<figure>` with `<figcaption>` (RSSHub's BBC, 联合早报), or a figcaption right after an image box;
 * - BBC 2020 (`story-body__inner`): `.story-image-copyright` and `.media-caption__text`;
 * - BBC 2021–2024: an image box with `<p role="text"><span>图像来源，</span><span>X</span>` and the caption
 *   in the next `<div><p>` or `<span data-testid="caption-paragraph">`; lazy images inside `<noscript>`.
 */
import type { Figure } from '../../../common/article'
import { trailingAgencies } from './agencies'
import {
  attr,
  classList,
  elementChildren,
  findFirst,
  isImage,
  nextElement,
  onlyElementChild,
  textOf,
  type AnyNode,
  type Element,
} from './dom'

export interface FigureContext {
  resolveUrl(raw: string): string | null
  /** Nodes already used as a caption, which the walker must not show again. */
  consumed: WeakSet<AnyNode>
}

const CREDIT_LABEL = /^(?:图像来源|圖像來源|图片来源|圖片來源|Image source|图片版权|圖片版權)[，,:：\s]*/

export function recognizeFigure(el: Element, ctx: FigureContext): Figure | null {
  if (el.name === 'img' || el.name === 'picture') {
    const figure = figureFromImage(el.name === 'img' ? el : findFirst(el, isImage), ctx)
    return figure ? withFollowingCaption(figure, el, ctx) : null
  }
  if (el.name === 'figure') return figureElement(el, ctx)
  if (roleTextCredit(el)) return bbcImageBox(el, ctx)
  if (/(?:^|\s)media-(?:landscape|portrait|with-caption)/.test(classList(el)))
    return bbcStoryBodyFigure(el, ctx)
  if (isImageOnlyBox(el)) {
    const figure = figureFromImage(findFirst(el, isImage), ctx)
    return figure ? withFollowingCaption(figure, el, ctx) : null
  }
  return null
}

function figureElement(el: Element, ctx: FigureContext): Figure | null {
  const figure = figureFromImage(findFirst(el, isImage), ctx)
  if (!figure) return null
  const figcaption = findFirst(el, (e) => e.name === 'figcaption')
  const credit = roleTextCredit(el) ?? copyrightSpan(el)
  if (figcaption) {
    const read = readCaption(figcaption)
    return withCaption(figure, read.caption, credit ?? read.credit)
  }
  return withFollowingCaption(withCaption(figure, null, credit), el, ctx)
}

/** BBC 2021–2024: the box holds the image and the credit; the caption is the box's (or its parent's) next sibling. */
function bbcImageBox(box: Element, ctx: FigureContext): Figure | null {
  const figure = figureFromImage(findFirst(box, isImage), ctx)
  if (!figure) return null
  const credit = roleTextCredit(box)
  let anchor: Element | null = box
  for (let depth = 0; anchor && depth < 2; depth++) {
    const next = nextElement(anchor)
    if (next && isBbcCaption(next)) {
      ctx.consumed.add(next)
      return withCaption(figure, textOf(next) || null, credit)
    }
    if (next) break
    anchor = anchor.parent && 'name' in anchor.parent ? (anchor.parent as Element) : null
  }
  return withCaption(figure, null, credit)
}

function isBbcCaption(el: Element): boolean {
  if (attr(el, 'data-testid') === 'caption-paragraph') return true
  const only = el.name === 'div' ? onlyElementChild(el) : null
  return only !== null && only.name === 'p' && !findFirst(el, isImage) && textOf(el).length <= 400
}

function bbcStoryBodyFigure(el: Element, ctx: FigureContext): Figure | null {
  const figure = figureFromImage(findFirst(el, isImage), ctx)
  if (!figure) return null
  const caption = findFirst(el, (e) => /media-caption__text/.test(classList(e)))
  return withCaption(figure, caption ? textOf(caption) || null : null, copyrightSpan(el))
}

function roleTextCredit(el: Element): string | null {
  const credit = elementChildren(el).find((c) => c.name === 'p' && attr(c, 'role') === 'text')
  if (!credit) return null
  return textOf(credit).replace(CREDIT_LABEL, '').trim() || null
}

function copyrightSpan(el: Element): string | null {
  const span = findFirst(el, (e) => /(?:story-image-copyright|copyright)/.test(classList(e)))
  return span ? textOf(span).replace(CREDIT_LABEL, '').trim() || null : null
}

/** A box that holds one image and no text (`<p><img></p>`, `<div class="figure-media"><img></div>`). */
function isImageOnlyBox(el: Element): boolean {
  if (!['div', 'p', 'span', 'a', 'center', 'section'].includes(el.name)) return false
  // One pass that gives up at the first text or second image: this runs on every box of the page.
  let images = 0
  const stack = [...el.children]
  while (stack.length) {
    const node = stack.pop()
    if (!node) continue
    if ('data' in node && typeof node.data === 'string' && node.type === 'text') {
      if (node.data.trim() !== '' && node.data.replace(/[\s\u00a0\u3000]+/g, '') !== '') return false
    } else if ('name' in node) {
      const child = node as Element
      if (child.name === 'img' && ++images > 1) return false
      stack.push(...child.children)
    }
  }
  return images === 1
}

/**
 * The caption right after an image: feedx's `<div><small>…</small></div>` or bare `<small>`, a
 * `<figcaption>`, BBC's caption-paragraph span, or a box whose class says caption (RFA `.image-caption`).
 */
function withFollowingCaption(figure: Figure, el: Element, ctx: FigureContext): Figure {
  const next = nextElement(el)
  if (!next) return figure
  const small =
    next.name === 'small' ? next : ['div', 'p'].includes(next.name) ? onlyElementChild(next) : null
  const isCaption =
    next.name === 'figcaption' ||
    attr(next, 'data-testid') === 'caption-paragraph' ||
    small?.name === 'small' ||
    (['div', 'p', 'span'].includes(next.name) &&
      CAPTION_CLASS.test(classList(next)) &&
      !findFirst(next, isImage))
  if (!isCaption) return figure
  ctx.consumed.add(next)
  const read = readCaption(next)
  return withCaption(figure, read.caption, figure.credit ?? read.credit)
}

const CAPTION_CLASS = /(?:^|[\s_-])caption(?:$|[\s_-])/i
const COPYRIGHT_CLASS = /(?:^|\s)(?:copyright|credit)(?:\s|$)/
/** RSSHub appends the credit to BBC captions: `… ©Reuters`. */
const TRAILING_CREDIT = /\s*[©Ⓒ]\s*([^©]{1,60})$/

/** Caption text and credit from a caption element: a `.copyright` child, or a trailing `©X`. */
function readCaption(el: Element): { caption: string | null; credit: string | null } {
  const creditChild = el.children.find(
    (c): c is Element => 'name' in c && COPYRIGHT_CLASS.test(classList(c as Element)),
  )
  let credit = creditChild ? textOf(creditChild).replace(CREDIT_LABEL, '').trim() || null : null
  let text = textOf(el.children.filter((c) => c !== creditChild))
    .replace(CREDIT_LABEL, '')
    .trim()
  const trailing = TRAILING_CREDIT.exec(text)
  if (trailing) {
    credit ??= trailing[1]?.trim() || null
    text = text.slice(0, trailing.index).trim()
  }
  return { caption: text || null, credit }
}

function withCaption(figure: Figure, caption: string | null, credit: string | null): Figure {
  const agencies = credit === null && caption ? trailingAgencies(caption) : null
  return { ...figure, caption, credit: credit ?? (agencies ? agencies.join('、') : null) }
}

const PLACEHOLDER_SRC = /^(?:data:|about:blank)/

export function figureFromImage(img: Element | null, ctx: FigureContext): Figure | null {
  if (!img) return null
  const candidates = [
    attr(img, 'src'),
    attr(img, 'data-src'),
    attr(img, 'data-original'),
    attr(img, 'data-lazy-src'),
  ]
  const raw = candidates.find((c): c is string => !!c && !PLACEHOLDER_SRC.test(c.trim()))
  const src = raw ? ctx.resolveUrl(raw.trim()) : null
  if (!src) return null
  return {
    src,
    original: unwrapImageProxy(src),
    srcset: attr(img, 'srcset') ?? attr(img, 'srcSet') ?? pictureSrcset(img),
    alt: (attr(img, 'alt') ?? '').trim(),
    width: dimension(attr(img, 'width')),
    height: dimension(attr(img, 'height')),
    caption: null,
    credit: null,
  }
}

function pictureSrcset(img: Element): string | null {
  const picture = img.parent && 'name' in img.parent ? (img.parent as Element) : null
  if (!picture || picture.name !== 'picture') return null
  const sources = elementChildren(picture).filter((s) => s.name === 'source')
  const preferred = sources.find((s) => attr(s, 'type') !== 'image/webp') ?? sources[0]
  return preferred ? (attr(preferred, 'srcset') ?? attr(preferred, 'srcSet')) : null
}

function dimension(raw: string | null): number | null {
  if (!raw || !/^\d{1,5}$/.test(raw.trim())) return null
  const value = Number(raw)
  return value > 0 ? value : null
}

/**
 * Feed generators route images through proxies (images.weserv.nl `/?url=` and `?url=`, thumbor's
 * `/unsafe/WxH/<url>`); the original is what a user would look up.
 */
export function unwrapImageProxy(src: string): string {
  try {
    const url = new URL(src)
    if (url.hostname === 'images.weserv.nl') {
      const inner = url.searchParams.get('url')
      if (inner) return /^https?:\/\//.test(inner) ? inner : `https://${inner.replace(/^\/\//, '')}`
    }
    const thumbor = /\/unsafe\/(?:[^/]+\/)*?(https?:\/\/.+)$/.exec(url.pathname + url.search)
    if (thumbor?.[1]) return thumbor[1]
  } catch {
    // Not a URL we can read: the source is the best we have.
  }
  return src
}
