/**
 * The snapshot header: `<!--epoch-ms-->`, `[title](url)`, `------`, and the variants real archives hold
 * (front matter before it, front matter instead of it, a `日期：` line after it). Splits a decoded file into
 * header fields and the HTML body.
 */
import type { SnapshotFormat } from '../../../common/article'
import { snapshotError, type SnapshotError } from '../../../common/snapshot-error'
import { decodeEntities } from './text'
import { frontMatterString, frontMatterList, splitFrontMatter, type FrontMatter } from './front-matter'
import { parseLooseDate } from './dates'

export interface SnapshotHeader {
  format: SnapshotFormat
  /** Empty when the snapshot's title line is empty; the parser then derives one from the body. */
  title: string
  url: string | null
  feedDate: string | null
  author: string | null
  tags: string[]
  body: string
}

export type HeaderResult = { ok: true; value: SnapshotHeader } | { ok: false; error: SnapshotError }

const EPOCH_LINE = /^<!--\s*(\d{9,14})\s*-->[ \t]*(?:\n|$)/
const SEPARATOR_LINE = /^-{3,}[ \t]*$/m
const DATED_LINE = /^日期[：:]\s*(.+)$/

/** Expects text with `\n` line ends (see normalizeNewlines). */
export function parseHeader(text: string): HeaderResult {
  const front = splitFrontMatter(text)
  const afterFront = (front ? front.rest : text).replace(/^\s+/, '')
  const fm: FrontMatter = front?.data ?? {}

  let rest = afterFront
  let feedDate: string | null = null
  const epoch = EPOCH_LINE.exec(rest)
  if (epoch) {
    feedDate = epochToIso(Number(epoch[1]))
    rest = rest.slice(epoch[0].length).replace(/^\s+/, '')
  }

  const titleLine = rest.startsWith('[') ? readTitleAndUrl(rest) : null
  if (titleLine) {
    let body = titleLine.rest
    let format: SnapshotFormat = front ? 'front-matter' : 'plain'
    const firstLine = /^\s*([^\n]*)/.exec(body)?.[1] ?? ''
    const dated = DATED_LINE.exec(firstLine.trim())
    if (dated) {
      feedDate ??= parseLooseDate(dated[1] ?? '')
      body = body.replace(/^\s*[^\n]*\n?/, '')
      if (!front) format = 'dated-line'
    }
    feedDate ??= front ? parseLooseDate(frontMatterString(fm, 'date') ?? '') : null
    return {
      ok: true,
      value: {
        format,
        title: titleLine.title || cleanTitle(frontMatterString(fm, 'title') ?? ''),
        url: titleLine.url ?? validUrl(frontMatterString(fm, 'from') ?? ''),
        feedDate,
        author: frontMatterString(fm, 'author'),
        tags: frontMatterList(fm, 'tags'),
        body,
      },
    }
  }

  if (front && (frontMatterString(fm, 'title') || frontMatterString(fm, 'from'))) {
    return {
      ok: true,
      value: {
        format: 'front-matter-only',
        title: cleanTitle(frontMatterString(fm, 'title') ?? ''),
        url: validUrl(frontMatterString(fm, 'from') ?? ''),
        feedDate: feedDate ?? parseLooseDate(frontMatterString(fm, 'date') ?? ''),
        author: frontMatterString(fm, 'author'),
        tags: frontMatterList(fm, 'tags'),
        body: rest,
      },
    }
  }

  return {
    ok: false,
    error: snapshotError(
      'not-a-snapshot',
      'No snapshot header was found: a snapshot starts with a `[title](url)` line and a `------` line.',
    ),
  }
}

/**
 * `[title](url)` may span several lines and the title may hold brackets of its own, so the header is
 * everything up to the separator line, and the URL is the last `](…)` in it.
 */
function readTitleAndUrl(text: string): { title: string; url: string | null; rest: string } | null {
  const separator = SEPARATOR_LINE.exec(text)
  if (!separator) return null
  const header = text.slice(0, separator.index).trim()
  const match = /^\[([\s\S]*)\]\(([^\n]*)\)$/.exec(header)
  if (!match) return null
  const rawUrl = (match[2] ?? '').trim()
  return {
    title: cleanTitle(match[1] ?? ''),
    url: validUrl(rawUrl),
    rest: text.slice(separator.index + separator[0].length).replace(/^\n/, ''),
  }
}

export function cleanTitle(raw: string): string {
  return decodeEntities(raw).replace(/\s+/g, ' ').trim()
}

function validUrl(raw: string): string | null {
  if (!raw) return null
  try {
    const url = new URL(raw)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

function epochToIso(ms: number): string | null {
  // Epochs before 1990 or after 2100 are not feed dates; treat them as absent rather than lie.
  if (ms < 631152000000 || ms > 4102444800000) return null
  return new Date(ms).toISOString()
}

/** CRLF and stray CR (seen in real bodies) become LF; a UTF-8 BOM that survived decoding is dropped. */
export function normalizeNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n')
}
