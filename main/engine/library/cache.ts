/**
 * The library's persistent cache, one folder per opened archive under the app's cache directory:
 * `entries.json` (every file's size, mtime and metadata), `index.bin` (the search index) and `head.json`
 * (the first rows of the list, read first so a reopened archive shows rows at once, while the rest of
 * the cache loads). Reopening an unchanged archive parses nothing. A cache from another parser version, or one that cannot be read, is
 * ignored and rebuilt: the cache is never a reason to fail.
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { PARSER_VERSION } from '../snapshot/parse'
import { rowSchema, type Row } from '../../../common/ipc/contract'
import type { SerializedIndex } from '../search/search-index'
import type { ArticleMeta } from './parse-job'

const FORMAT = 1
const MAGIC = 0x53524958 // "SRIX"

export interface CachedEntry {
  relativePath: string
  size: number
  mtimeMs: number
  /** The document number in the index, -1 when the file is not an article. */
  doc: number
  meta: ArticleMeta | null
  problem: string | null
}

/** The envelope is checked with zod; the entries, 100,000 of them in a large archive, by isEntry (zod would take seconds). */
const fileSchema = z.object({
  format: z.literal(FORMAT),
  parserVersion: z.number(),
  folder: z.string(),
  entries: z.array(z.unknown()),
})

function isEntry(value: unknown): value is CachedEntry {
  if (typeof value !== 'object' || value === null) return false
  const e = value as Record<string, unknown>
  if (
    typeof e['relativePath'] !== 'string' ||
    typeof e['size'] !== 'number' ||
    typeof e['mtimeMs'] !== 'number'
  )
    return false
  if (!Number.isInteger(e['doc']) || (e['problem'] !== null && typeof e['problem'] !== 'string')) return false
  const meta = e['meta'] as Record<string, unknown> | null
  if (meta === null) return true
  if (
    typeof meta !== 'object' ||
    typeof meta['id'] !== 'string' ||
    typeof meta['title'] !== 'string' ||
    typeof meta['images'] !== 'number'
  )
    return false
  const outlet = meta['outlet'] as Record<string, unknown> | null
  return (
    typeof outlet === 'object' &&
    outlet !== null &&
    typeof outlet['id'] === 'string' &&
    typeof outlet['name'] === 'string' &&
    ['url', 'published', 'feedDate'].every((k) => meta[k] === null || typeof meta[k] === 'string')
  )
}

export interface CacheContent {
  entries: CachedEntry[]
  index: SerializedIndex
}

/** The list as it was when the cache was saved: its length and its first rows. */
export interface CacheHead {
  total: number
  rows: Row[]
}

const headSchema = z.object({
  format: z.literal(FORMAT),
  parserVersion: z.number(),
  folder: z.string(),
  total: z.number().int().nonnegative(),
  rows: z.array(rowSchema).max(1000),
})

export class LibraryCache {
  constructor(private readonly root: string) {}

  private dirFor(folder: string): string {
    return path.join(this.root, createHash('sha1').update(folder).digest('hex').slice(0, 20))
  }

  /** Null when there is no usable cache for this folder. */
  async load(folder: string): Promise<CacheContent | null> {
    const dir = this.dirFor(folder)
    try {
      const parsed = fileSchema.safeParse(JSON.parse(await readFile(path.join(dir, 'entries.json'), 'utf8')))
      if (!parsed.success || parsed.data.parserVersion !== PARSER_VERSION || parsed.data.folder !== folder)
        return null
      const entries: CachedEntry[] = []
      for (const entry of parsed.data.entries) {
        if (!isEntry(entry)) return null
        entries.push(entry)
      }
      const index = decodeIndex(await readFile(path.join(dir, 'index.bin')))
      if (!index) return null
      // Every document number must point into the index, or the two files do not belong together.
      if (entries.some((e) => e.doc >= index.nextDoc)) return null
      return { entries, index }
    } catch {
      return null
    }
  }

  /** The first rows saved with the cache; null when there are none for this folder and parser. */
  async loadHead(folder: string): Promise<CacheHead | null> {
    try {
      const text = await readFile(path.join(this.dirFor(folder), 'head.json'), 'utf8')
      const parsed = headSchema.safeParse(JSON.parse(text))
      if (!parsed.success || parsed.data.parserVersion !== PARSER_VERSION || parsed.data.folder !== folder)
        return null
      return { total: parsed.data.total, rows: parsed.data.rows }
    } catch {
      return null
    }
  }

  async save(folder: string, content: CacheContent & { head?: CacheHead }): Promise<void> {
    const dir = this.dirFor(folder)
    await mkdir(dir, { recursive: true })
    const entries = JSON.stringify({
      format: FORMAT,
      parserVersion: PARSER_VERSION,
      folder,
      entries: content.entries,
    })
    // Written aside and renamed, so a crash mid-write leaves the previous cache, not half a file.
    await writeFile(path.join(dir, 'index.bin.tmp'), encodeIndex(content.index))
    await writeFile(path.join(dir, 'entries.json.tmp'), entries)
    await rename(path.join(dir, 'index.bin.tmp'), path.join(dir, 'index.bin'))
    await rename(path.join(dir, 'entries.json.tmp'), path.join(dir, 'entries.json'))
    if (content.head) {
      const head = { format: FORMAT, parserVersion: PARSER_VERSION, folder, ...content.head }
      await writeFile(path.join(dir, 'head.json.tmp'), JSON.stringify(head))
      await rename(path.join(dir, 'head.json.tmp'), path.join(dir, 'head.json'))
    }
  }

  async clear(folder: string): Promise<void> {
    await rm(this.dirFor(folder), { recursive: true, force: true })
  }

  /** Where a folder's cache lives (tests damage it on purpose). */
  pathsFor(folder: string): { entries: string; index: string } {
    const dir = this.dirFor(folder)
    return { entries: path.join(dir, 'entries.json'), index: path.join(dir, 'index.bin') }
  }
}

function encodeIndex(index: SerializedIndex): Uint8Array {
  const vocabulary = Buffer.from(index.vocabulary, 'utf8')
  const terms = index.df.length
  const header = new Uint32Array([
    MAGIC,
    FORMAT,
    index.nextDoc,
    vocabulary.byteLength,
    index.postings.byteLength,
    terms,
  ])
  const parts: Uint8Array[] = [
    new Uint8Array(header.buffer),
    new Uint8Array(index.offsets.buffer, index.offsets.byteOffset, index.offsets.byteLength),
    new Uint8Array(index.lastDoc.buffer, index.lastDoc.byteOffset, index.lastDoc.byteLength),
    new Uint8Array(index.df.buffer, index.df.byteOffset, index.df.byteLength),
    new Uint8Array(index.docLength.buffer, index.docLength.byteOffset, index.docLength.byteLength),
    index.alive,
    vocabulary,
    index.postings,
  ]
  return Buffer.concat(parts)
}

function decodeIndex(bytes: Buffer): SerializedIndex | null {
  if (bytes.byteLength < 24) return null
  // The 4-byte sections come first, so views need a 4-aligned start: readFile's buffer normally is; else copy.
  const copy =
    bytes.byteOffset % 4 === 0
      ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)
      : new Uint8Array(bytes)
  const header = new Uint32Array(copy.buffer, copy.byteOffset, 6)
  const [magic, format, nextDoc = 0, vocabularyBytes = 0, postingsBytes = 0, terms = 0] = header
  if (magic !== MAGIC || format !== FORMAT) return null
  let offset = 24
  const take = (bytesNeeded: number): number => {
    if (offset + bytesNeeded > copy.byteLength) throw new RangeError('truncated index')
    const at = copy.byteOffset + offset
    offset += bytesNeeded
    return at
  }
  try {
    const base = copy.buffer
    const offsets = new Uint32Array(base, take((terms + 1) * 4), terms + 1)
    const lastDoc = new Int32Array(base, take(terms * 4), terms)
    const df = new Uint32Array(base, take(terms * 4), terms)
    const docLength = new Uint32Array(base, take(nextDoc * 4), nextDoc)
    const alive = new Uint8Array(base, take(nextDoc), nextDoc)
    const vocabulary = Buffer.from(base, take(vocabularyBytes), vocabularyBytes).toString('utf8')
    const postings = new Uint8Array(base, take(postingsBytes), postingsBytes)
    if (offset !== copy.byteLength || (offsets[terms] ?? -1) !== postingsBytes) return null
    if (countLines(vocabulary) !== terms) return null
    return { vocabulary, postings, offsets, lastDoc, df, alive, docLength, nextDoc }
  } catch {
    return null
  }
}

function countLines(text: string): number {
  if (text === '') return 0
  let lines = 1
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++
  return lines
}
