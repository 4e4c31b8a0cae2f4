/**
 * One snapshot file's bytes to an Article, or to a SnapshotError that says why not. A pure function of
 * its input (the path only names the article); it never throws, whatever the bytes.
 */
import { createHash } from 'node:crypto'
import { parseDocument } from 'htmlparser2'
import type { Article, Block, Figure } from '../../../common/article'
import { snapshotError, type SnapshotError } from '../../../common/snapshot-error'
import { trailingAgencies } from './agencies'
import { plainInline } from './article-text'
import { readBodyMeta } from './body-meta'
import { walkBody, type WalkContext } from './blocks'
import { isBoilerplateParagraph } from './boilerplate'
import { decodeSnapshot } from './decode'
import { flattenDeepNodes } from './dom'
import { normalizeNewlines, parseHeader } from './header'
import { bodyDateZone, detectOutlet } from './outlets'
import { detectScript } from './script'
import { collapse, countReadableCharacters } from './text'

/**
 * Bump whenever the output for some input changes, articles or index terms: the library cache is keyed by
 * it. 3: a CJK run that starts outside the BMP is bigrams (it was one word); characters are counted as
 * code points.
 */
export const PARSER_VERSION = 3

/** Deeper markup is kept as text (see dom.flattenDeepNodes). */
const MAX_DEPTH = 200
/** No real article comes near this; a file that does would only freeze the reader. */
const MAX_BLOCKS = 20_000

export type ParseResult = { ok: true; article: Article } | { ok: false; id: string; error: SnapshotError }

export function fileId(relativePath: string): string {
  return createHash('sha1').update(relativePath.normalize('NFC')).digest('hex').slice(0, 16)
}

export function parseSnapshot(bytes: Uint8Array, relativePath: string): ParseResult {
  const id = fileId(relativePath)
  try {
    return parseUnsafe(bytes, id)
  } catch (cause) {
    // The parser is written not to throw; this is the promise that a bug in it still cannot crash a scan.
    const detail = cause instanceof Error ? cause.message : String(cause)
    return {
      ok: false,
      id,
      error: snapshotError('not-a-snapshot', `The file could not be parsed (${detail}).`),
    }
  }
}

function parseUnsafe(bytes: Uint8Array, id: string): ParseResult {
  const decoded = decodeSnapshot(bytes)
  if (!decoded.ok) return { ok: false, id, error: decoded.error }
  const header = parseHeader(normalizeNewlines(decoded.value.text))
  if (!header.ok) return { ok: false, id, error: header.error }
  const { value: h } = header

  const warnings: string[] = []
  if (decoded.value.encoding !== 'utf-8')
    warnings.push(`The file is not UTF-8; it was read as ${decoded.value.encoding.toUpperCase()}.`)

  const base = h.url ? new URL(h.url) : null
  const consumed = new WeakSet<object>()
  const ctx: WalkContext = {
    consumed,
    resolveUrl: (raw) => resolveUrl(raw, base, ['http:', 'https:']),
    resolveLink: (raw) => rewriteDwArticleRef(resolveUrl(raw, base, ['http:', 'https:', 'mailto:']), base),
  }
  const detected = detectOutlet(h.url, h.author)
  const doc = parseDocument(h.body, { decodeEntities: true })
  if (flattenDeepNodes(doc.children, MAX_DEPTH) > 0) {
    warnings.push(
      `The page nests its markup more than ${MAX_DEPTH} levels deep; the deepest parts were kept as plain text.`,
    )
  }
  const meta = readBodyMeta(doc.children, h.feedDate, consumed, bodyDateZone(detected.id))
  const walked = walkBody(doc.children, ctx)

  let title = h.title
  const finished = finishBlocks(walked.blocks, title)
  if (finished.blocks.length > MAX_BLOCKS) {
    warnings.push(
      `The article has ${finished.blocks.length.toLocaleString('en')} blocks; only the first ${MAX_BLOCKS.toLocaleString('en')} are shown.`,
    )
    finished.blocks.length = MAX_BLOCKS
  }
  if (!title) {
    title = deriveTitle(finished.blocks) ?? 'Untitled snapshot'
    warnings.push('The snapshot has no title; one was taken from the article text.')
  }
  const lead = walked.lead ?? finished.lead
  if (finished.blocks.length === 0 && !lead) warnings.push('The snapshot has no article text.')
  for (const [reason, count] of walked.dropped) {
    // A horizontal rule is layout, not content the user would miss.
    if (reason !== 'rule') warnings.push(`Removed ${count} ${reason}${count > 1 ? ' blocks' : ' block'}.`)
  }

  const script =
    detected.language === 'zh' || detected.id === 'unknown'
      ? detectScript(title + sampleText(finished.blocks))
      : null
  const outlet = script ? { ...detected, script } : detected
  return {
    ok: true,
    article: {
      id,
      format: h.format,
      title,
      url: h.url,
      outlet,
      feedDate: h.feedDate,
      published: meta.published,
      // Feeds put the outlet in `author:`, except for some blogs that put the writer there.
      byline: meta.byline ?? (h.author && detectOutlet(null, h.author).id === 'unknown' ? h.author : null),
      lead,
      blocks: finished.blocks,
      related: dedupeLinks(walked.related),
      agencies: finished.agencies,
      copyright: finished.copyright,
      tags: h.tags,
      counts: countArticle(finished.blocks, lead),
      warnings,
    },
  }
}

interface Finished {
  blocks: Block[]
  lead: string | null
  agencies: string[]
  copyright: string | null
}

const COPYRIGHT = /^©|版权声明|版權聲明|版权所有|版權所有|All rights reserved/i

/** Passes over the whole block list: title echo, bold lead, agency line, copyright, caption echoes. */
function finishBlocks(input: Block[], title: string): Finished {
  const blocks: Block[] = []
  let lead: string | null = null
  let copyright: string | null = null
  const agencies: string[] = []
  const normalizedTitle = collapse(title)

  for (const block of input) {
    if (block.type === 'heading' && blocks.length < 3 && collapse(block.text) === normalizedTitle) continue
    if (block.type !== 'paragraph') {
      blocks.push(block)
      continue
    }
    const text = plainText(block.html)
    if (isBoilerplateParagraph(text)) continue
    if (text.length < 400 && COPYRIGHT.test(text)) {
      copyright ??= text
      continue
    }
    const credited = trailingAgencies(text)
    if (credited && text.replace(/[（(][^（）()]*[）)]\s*$/, '').trim() === '') {
      agencies.push(...credited)
      continue
    }
    const previous = blocks.at(-1)
    if (previous?.type === 'figure' && previous.figure.caption === text) continue
    if (blocks.length < 3 && text === normalizedTitle) continue
    if (lead === null && !blocks.some((b) => b.type === 'paragraph') && isWhollyBold(block.html)) {
      lead = text
      continue
    }
    blocks.push(block)
  }
  return { blocks, lead, agencies: [...new Set(agencies)], copyright }
}

function isWhollyBold(html: string): boolean {
  return /^<(b|strong)>[\s\S]*<\/\1>$/.test(html) && !/<\/(?:b|strong)>[\s\S]*<(?:b|strong)>/.test(html)
}

/** Our own inline serialization (see article-text.ts): tags stripped exactly, entities decoded, spaces folded. */
function plainText(html: string): string {
  return collapse(plainInline(html))
}

/** The first few thousand characters of body text: enough to tell the script, cheap on huge files. */
function sampleText(blocks: Block[]): string {
  let text = ''
  for (const block of blocks) {
    if (block.type === 'paragraph') text += block.html
    if (text.length > 4000) break
  }
  return text
}

function deriveTitle(blocks: Block[]): string | null {
  for (const block of blocks) {
    if (block.type === 'heading') return block.text
    if (block.type === 'paragraph') {
      const text = plainText(block.html)
      const sentence = /^(.{4,80}?[。！？!?.])/.exec(text)?.[1] ?? text.slice(0, 60)
      if (sentence) return sentence.trim()
    }
  }
  return null
}

function countArticle(blocks: Block[], lead: string | null): Article['counts'] {
  let characters = lead ? countReadableCharacters(lead) : 0
  let images = 0
  let captions = 0
  const countFigure = (figure: Figure): void => {
    images++
    if (figure.caption) captions++
  }
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
      case 'quote':
        characters += countReadableCharacters(plainText(block.html))
        break
      case 'heading':
        characters += countReadableCharacters(block.text)
        break
      case 'list':
        for (const item of block.items) characters += countReadableCharacters(plainText(item))
        break
      case 'figure':
        countFigure(block.figure)
        break
      case 'gallery':
        for (const item of block.items) {
          countFigure(item.figure)
          characters += countReadableCharacters(item.heading + item.text)
        }
        break
      case 'table':
        for (const row of block.rows) characters += countReadableCharacters(row.cells.join(''))
        break
      case 'embed':
        break
    }
  }
  return { characters, images, captions }
}

function resolveUrl(raw: string, base: URL | null, protocols: string[]): string | null {
  const trimmed = raw.trim()
  if (!trimmed || trimmed.startsWith('#')) return null
  try {
    const url = base
      ? new URL(trimmed.startsWith('//') ? `https:${trimmed}` : trimmed, base)
      : new URL(trimmed.startsWith('//') ? `https:${trimmed}` : trimmed)
    return protocols.includes(url.protocol) ? url.href : null
  } catch {
    return null
  }
}

/** DW links its own articles through its API (`api.dw.com/api/detail/article/N`); readers want `…/a-N`. */
function rewriteDwArticleRef(url: string | null, base: URL | null): string | null {
  if (!url) return null
  const match = /^https?:\/\/api\.dw\.com\/api\/detail\/article\/(\d+)/.exec(url)
  if (!match) return url
  const language = base && /(^|\.)dw\.com$/.test(base.hostname) ? (base.pathname.split('/')[1] ?? 'zh') : 'zh'
  return `https://www.dw.com/${language || 'zh'}/a-${match[1]}`
}

function dedupeLinks<T extends { url: string }>(links: T[]): T[] {
  const seen = new Set<string>()
  return links.filter((link) => (seen.has(link.url) ? false : (seen.add(link.url), true)))
}
