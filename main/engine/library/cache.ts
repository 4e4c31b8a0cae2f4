/**
 * The library's persistent cache, one folder per opened archive under the app's cache directory:
 * `entries.json` (every file's size, mtime and metadata) and `index.bin` (the search index). Reopening an
 * unchanged archive parses nothing. A cache from another parser version, or one that cannot be read, is
 * ignored and rebuilt: the cache is never a reason to fail.
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'
import { PARSER_VERSION } from '../snapshot/parse'
import type { SerializedIndex } from '../search/search-index'

const FORMAT = 1
const MAGIC = 0x53524958 // "SRIX"

const metaSchema = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string().nullable(),
  outlet: z.object({ id: z.string(), name: z.string() }),
  published: z.string().nullable(),
  feedDate: z.string().nullable(),
  images: z.number(),
})

const entrySchema = z.object({
  relativePath: z.string(),
  size: z.number(),
  mtimeMs: z.number(),
  doc: z.number().int(),
  meta: metaSchema.nullable(),
  problem: z.string().nullable(),
})
export type CachedEntry = z.infer<typeof entrySchema>

const fileSchema = z.object({
  format: z.literal(FORMAT),
  parserVersion: z.number(),
  folder: z.string(),
  entries: z.array(entrySchema),
})

export interface CacheContent {
  entries: CachedEntry[]
  index: SerializedIndex
}

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
      const index = decodeIndex(await readFile(path.join(dir, 'index.bin')))
      if (!index) return null
      // Every document number must point into the index, or the two files do not belong together.
      if (parsed.data.entries.some((e) => e.doc >= index.nextDoc)) return null
      return { entries: parsed.data.entries, index }
    } catch {
      return null
    }
  }

  async save(folder: string, content: CacheContent): Promise<void> {
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
  const copy = new Uint8Array(bytes) // aligned, owned copy
  const header = new Uint32Array(copy.buffer, 0, 6)
  const [magic, format, nextDoc = 0, vocabularyBytes = 0, postingsBytes = 0, terms = 0] = header
  if (magic !== MAGIC || format !== FORMAT) return null
  let offset = 24
  const take = (bytesNeeded: number): ArrayBuffer => {
    if (offset + bytesNeeded > copy.byteLength) throw new RangeError('truncated index')
    const slice = copy.buffer.slice(offset, offset + bytesNeeded)
    offset += bytesNeeded
    return slice
  }
  try {
    const offsets = new Uint32Array(take((terms + 1) * 4))
    const lastDoc = new Int32Array(take(terms * 4))
    const df = new Uint32Array(take(terms * 4))
    const docLength = new Uint32Array(take(nextDoc * 4))
    const alive = new Uint8Array(take(nextDoc))
    const vocabulary = Buffer.from(take(vocabularyBytes)).toString('utf8')
    const postings = new Uint8Array(take(postingsBytes))
    if (offset !== copy.byteLength || (offsets[terms] ?? -1) !== postingsBytes) return null
    if ((vocabulary === '' ? 0 : vocabulary.split('\n').length) !== terms) return null
    return { vocabulary, postings, offsets, lastDoc, df, alive, docLength, nextDoc }
  } catch {
    return null
  }
}
