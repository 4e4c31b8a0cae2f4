/**
 * Article images, fetched only when the user asked for them and kept on disk, so that an article read
 * once online keeps its images offline. Electron-free: the app's protocol handler and the test harness
 * both serve images through this.
 *
 * Nothing is fetched unless its URL was allowed first (by the user's "Load images" on an article, or the
 * setting): a page that merely asks the route for some URL gets nothing. Only raster images are kept;
 * SVG is refused because it is a document, not a picture.
 */
import { createHash } from 'node:crypto'
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/avif', 'image/bmp']

export type ImageResult =
  | { ok: true; contentType: string; body: Uint8Array<ArrayBuffer>; fromCache: boolean }
  | { ok: false; status: 403 | 404 | 502; reason: string }

type Fetch = (url: string, init: RequestInit) => Promise<Response>

export interface ImageCacheOptions {
  fetch?: Fetch
  /** Larger images are refused (and not kept). */
  maxBytes?: number
  timeoutMs?: number
  /** How many allowed URLs are remembered; the oldest are forgotten first. */
  maxAllowed?: number
}

interface CachedMeta {
  url: string
  contentType: string
  bytes: number
  fetchedAt: string
}

export class ImageCache {
  private readonly allowed = new Set<string>()
  private readonly pending = new Map<string, Promise<ImageResult>>()
  private readonly fetch: Fetch
  private readonly maxBytes: number
  private readonly timeoutMs: number
  private readonly maxAllowed: number
  /** Network fetches made (for tests and the status line), not cache hits. */
  fetched = 0

  constructor(
    private readonly dir: string,
    options: ImageCacheOptions = {},
  ) {
    this.fetch = options.fetch ?? ((url, init) => globalThis.fetch(url, init))
    this.maxBytes = options.maxBytes ?? 25 * 1024 * 1024
    this.timeoutMs = options.timeoutMs ?? 20_000
    this.maxAllowed = options.maxAllowed ?? 20_000
  }

  /** Allows these URLs to be fetched; returns how many of them are web URLs (the others never are). */
  allow(urls: Iterable<string>): number {
    let count = 0
    for (const url of urls) {
      if (!isWebUrl(url)) continue
      count += 1
      this.allowed.delete(url)
      this.allowed.add(url)
      if (this.allowed.size > this.maxAllowed) this.allowed.delete(this.allowed.values().next().value ?? '')
    }
    return count
  }

  isAllowed(url: string): boolean {
    return this.allowed.has(url)
  }

  async get(url: string): Promise<ImageResult> {
    if (!this.allowed.has(url))
      return { ok: false, status: 403, reason: 'Images of this article were not loaded.' }
    const running = this.pending.get(url)
    if (running) return running
    const job = this.load(url).finally(() => this.pending.delete(url))
    this.pending.set(url, job)
    return job
  }

  private async load(url: string): Promise<ImageResult> {
    const key = createHash('sha256').update(url).digest('hex')
    const cached = await this.readCached(key, url)
    if (cached) return cached
    let response: Response
    try {
      response = await this.fetch(url, {
        redirect: 'follow',
        signal: AbortSignal.timeout(this.timeoutMs),
        headers: { Accept: IMAGE_TYPES.join(', ') },
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
      })
      this.fetched += 1
    } catch (error) {
      return { ok: false, status: 502, reason: `The image could not be fetched: ${(error as Error).message}` }
    }
    if (!response.ok)
      return { ok: false, status: 502, reason: `The image server answered ${response.status}.` }
    const contentType = (response.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
    if (!IMAGE_TYPES.includes(contentType))
      return { ok: false, status: 502, reason: `Not a picture (${contentType || 'no type'}).` }
    const declared = Number(response.headers.get('content-length') ?? 0)
    if (declared > this.maxBytes) return { ok: false, status: 502, reason: 'The image is too large.' }
    const body = new Uint8Array(await response.arrayBuffer())
    if (body.byteLength > this.maxBytes) return { ok: false, status: 502, reason: 'The image is too large.' }
    await this.store(
      key,
      { url, contentType, bytes: body.byteLength, fetchedAt: new Date().toISOString() },
      body,
    )
    return { ok: true, contentType, body, fromCache: false }
  }

  private async readCached(key: string, url: string): Promise<ImageResult | null> {
    try {
      const meta = JSON.parse(await readFile(path.join(this.dir, `${key}.json`), 'utf8')) as CachedMeta
      if (meta.url !== url || !IMAGE_TYPES.includes(meta.contentType)) return null
      const body = new Uint8Array(await readFile(path.join(this.dir, `${key}.bin`)))
      if (body.byteLength !== meta.bytes) return null
      return { ok: true, contentType: meta.contentType, body, fromCache: true }
    } catch {
      return null
    }
  }

  /** Body first, then its description, each written aside and renamed: a crash never leaves a half image. */
  private async store(key: string, meta: CachedMeta, body: Uint8Array): Promise<void> {
    try {
      await mkdir(this.dir, { recursive: true })
      const bin = path.join(this.dir, `${key}.bin`)
      const json = path.join(this.dir, `${key}.json`)
      await writeFile(`${bin}.tmp`, body)
      await rename(`${bin}.tmp`, bin)
      await writeFile(`${json}.tmp`, JSON.stringify(meta))
      await rename(`${json}.tmp`, json)
    } catch {
      // A full or read-only disk only costs the offline copy; the image is still shown now.
    }
  }
}

function isWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url)
    return protocol === 'http:' || protocol === 'https:'
  } catch {
    return false
  }
}
