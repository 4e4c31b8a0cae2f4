/** Read-only helpers over the domhandler tree that the parser walks. */
import { Text, isTag, isText, type AnyNode, type ChildNode, type Element } from 'domhandler'
import { findAll, findOne, textContent } from 'domutils'
import { collapse } from './text'

export { isTag, isText }
export type { AnyNode, ChildNode, Element }

export function attr(el: Element, name: string): string | null {
  const value = el.attribs[name] ?? el.attribs[name.toLowerCase()]
  return value === undefined ? null : value
}

export function classList(el: Element): string {
  return el.attribs['class'] ?? ''
}

export function textOf(node: AnyNode | AnyNode[]): string {
  return collapse(textContent(node))
}

export function isBlank(node: ChildNode): boolean {
  return isText(node) ? collapse(node.data) === '' : isTag(node) && node.name === 'br'
}

export function elementChildren(el: Element): Element[] {
  return el.children.filter(isTag)
}

/** The element's single element child when everything else in it is white space. */
export function onlyElementChild(el: Element): Element | null {
  let only: Element | null = null
  for (const child of el.children) {
    if (isTag(child)) {
      if (only) return null
      only = child
    } else if (isText(child) && collapse(child.data) !== '') {
      return null
    }
  }
  return only
}

/** The next sibling element, skipping white space and line breaks. */
export function nextElement(node: ChildNode): Element | null {
  let next = node.next
  while (next) {
    if (isTag(next) && next.name !== 'br') return next
    if (isText(next) && collapse(next.data) !== '') return null
    next = next.next
  }
  return null
}

export function findFirst(root: Element, test: (el: Element) => boolean): Element | null {
  return findOne(test, root.children, true)
}

export function findEvery(root: Element, test: (el: Element) => boolean): Element[] {
  return findAll(test, root.children)
}

export function hasDescendant(root: Element, test: (el: Element) => boolean): boolean {
  return findFirst(root, test) !== null
}

export const isImage = (el: Element): boolean => el.name === 'img'

/** The first non-blank text in the subtree, in document order; stops as soon as it finds it. */
export function firstText(root: Element): string {
  const stack: ChildNode[] = [...root.children].reverse()
  while (stack.length > 0) {
    const node = stack.pop() as ChildNode
    if (isText(node)) {
      const text = collapse(node.data)
      if (text) return text
    } else if (isTag(node)) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as ChildNode)
    }
  }
  return ''
}

/**
 * Keeps markup nested deeper than `maxDepth` as plain text: the walkers recurse, and a hostile or broken
 * page can nest tens of thousands of levels. Iterative, so it is safe at any depth. Returns how many
 * subtrees it flattened.
 */
export function flattenDeepNodes(roots: ChildNode[], maxDepth: number): number {
  let flattened = 0
  const stack: { node: ChildNode; depth: number }[] = roots.map((node) => ({ node, depth: 1 }))
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: ChildNode; depth: number }
    if (!isTag(node)) continue
    if (depth >= maxDepth && node.children.length > 0) {
      const text = new Text(iterativeText(node))
      text.parent = node
      node.children = [text]
      flattened++
      continue
    }
    for (const child of node.children) stack.push({ node: child, depth: depth + 1 })
  }
  return flattened
}

function iterativeText(root: Element): string {
  let out = ''
  const stack: ChildNode[] = [...root.children].reverse()
  while (stack.length > 0) {
    const node = stack.pop() as ChildNode
    if (isText(node)) out += node.data
    else if (isTag(node))
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as ChildNode)
  }
  return out
}
