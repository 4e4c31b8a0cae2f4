/**
 * Metadata printed at the top of a body: feedx's `<div><i>author<br>date</i></div>` line (DW, VOA, NYT,
 * Reuters; DW writes a literal `null` for a missing author), RFI's `<div>16/07/2020 - 22:47</div>`, BBC's
 * `<time dateTime>` and BBC 2024's byline list. The nodes read here are marked consumed so that they do
 * not show up again as body text.
 */
import { parseLooseDate, resolveRelative } from './dates'
import {
  attr,
  elementChildren,
  findEvery,
  findFirst,
  isBlank,
  isTag,
  onlyElementChild,
  textOf,
  type AnyNode,
  type ChildNode,
  type Element,
} from './dom'

export interface BodyMeta {
  published: string | null
  byline: string | null
}

/** `zone` is the outlet's zone for dates printed without one (outlets.bodyDateZone). */
export function readBodyMeta(
  roots: ChildNode[],
  feedDate: string | null,
  consumed: WeakSet<AnyNode>,
  zone = 'Z',
): BodyMeta {
  const meta: BodyMeta = { published: null, byline: null }
  const first = firstElement(roots)
  if (first) readDateLine(first, meta, consumed, zone)
  if (meta.published === null) readTimeElement(roots, feedDate, meta, consumed)
  if (meta.byline === null) readBylineList(roots, consumed, meta)
  return meta
}

function firstElement(nodes: ChildNode[]): Element | null {
  for (const node of nodes) {
    if (isTag(node)) return node
    if (!isBlank(node)) return null
  }
  return null
}

function readDateLine(el: Element, meta: BodyMeta, consumed: WeakSet<AnyNode>, zone: string): void {
  if (el.name !== 'div') return
  const italic = onlyElementChild(el)
  if (italic && italic.name === 'i') {
    const parts = splitOnBreaks(italic.children)
      .map((part) => textOf(part))
      .filter(Boolean)
    const date = parts.length > 0 ? parseLooseDate(parts.at(-1) ?? '', zone) : null
    if (!date) return
    meta.published = date
    const author = parts
      .slice(0, -1)
      .join(' ')
      .replace(/^null\b\s*/, '')
      .trim()
    meta.byline = author && author !== 'null' ? author : null
    consumed.add(el)
    return
  }
  if (elementChildren(el).length === 0) {
    const date = parseLooseDate(textOf(el), zone)
    if (date) {
      meta.published = date
      consumed.add(el)
    }
  }
}

function splitOnBreaks(nodes: ChildNode[]): ChildNode[][] {
  const parts: ChildNode[][] = [[]]
  for (const node of nodes) {
    if (isTag(node) && node.name === 'br') parts.push([])
    else parts.at(-1)?.push(node)
  }
  return parts
}

function readTimeElement(
  roots: ChildNode[],
  feedDate: string | null,
  meta: BodyMeta,
  consumed: WeakSet<AnyNode>,
): void {
  const times = findEvery({ children: roots } as Element, (e) => e.name === 'time')
  const time = times[0]
  if (!time) return
  const stamp = attr(time, 'datetime') ?? ''
  const day = parseLooseDate(stamp)
  const relative = resolveRelative(textOf(time), feedDate)
  // A relative time is precise, but only trust it when it lands on the day the page itself states.
  meta.published = relative && (!day || relative.startsWith(day.slice(0, 10))) ? relative : day
  const box = time.parent && 'name' in time.parent ? (time.parent as Element) : null
  const header = box && textOf(box) === textOf(findEvery(box, (e) => e.name === 'time')) ? box : time
  consumed.add(header)
}

function readBylineList(roots: ChildNode[], consumed: WeakSet<AnyNode>, meta: BodyMeta): void {
  const root = { children: roots } as Element
  const list = findFirst(root, (e) => e.name === 'ul' || e.name === 'p')
  if (!list || list.name !== 'ul' || attr(list, 'role') !== 'list') return
  if (findFirst(list, (e) => e.name === 'a')) return
  const names = elementChildren(list)
    .map((li) => textOf(li))
    .filter(Boolean)
  if (names.length === 0 || names.length > 4) return
  meta.byline = names.join(', ')
  consumed.add(list)
}
