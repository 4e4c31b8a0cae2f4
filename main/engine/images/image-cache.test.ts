// The image cache against a real local web server: nothing is fetched unless allowed; what was fetched
// stays readable offline; anything that is not a raster picture is refused.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startImageServer, type ImageServer } from '../../test/image-server'
import { ImageCache } from './image-cache'

let server: ImageServer
let dir: string
beforeEach(async () => {
  server = await startImageServer()
  dir = mkdtempSync(path.join(tmpdir(), 'image-cache-'))
})
afterEach(() => server.close())

describe('ImageCache', () => {
  it('fetches nothing that was not allowed', async () => {
    const cache = new ImageCache(dir)
    await expect(cache.get(`${server.origin}/a.png`)).resolves.toMatchObject({ ok: false, status: 403 })
    expect(server.hits).toEqual([])
  })

  it('fetches an allowed picture once, then serves it from disk, also after a restart with the network gone', async () => {
    const url = `${server.origin}/a.png`
    const cache = new ImageCache(dir)
    expect(cache.allow([url, 'javascript:alert(1)', 'data:image/png;base64,AA', '/relative.png'])).toBe(1)
    const [first, second] = await Promise.all([cache.get(url), cache.get(url)])
    expect(first).toMatchObject({ ok: true, contentType: 'image/png', fromCache: false })
    expect(second).toBe(first)
    await expect(cache.get(url)).resolves.toMatchObject({ ok: true, fromCache: true })
    expect(server.hits).toEqual(['/a.png'])
    await server.close()

    const restarted = new ImageCache(dir)
    restarted.allow([url])
    const offline = await restarted.get(url)
    expect(offline).toMatchObject({ ok: true, fromCache: true })
    if (offline.ok && first.ok) expect(Buffer.from(offline.body).equals(Buffer.from(first.body))).toBe(true)
    expect(restarted.fetched).toBe(0)
  })

  it('refuses web pages, SVG, missing and oversized images, and keeps none of them', async () => {
    const cache = new ImageCache(dir, { maxBytes: 32 * 1024 })
    const urls = ['/page.html', '/drawing.svg', '/missing.jpg', '/huge.png'].map((p) => server.origin + p)
    cache.allow(urls)
    const results = await Promise.all(urls.map((url) => cache.get(url)))
    expect(results.map((r) => (r.ok ? 'ok' : r.reason))).toEqual([
      'Not a picture (text/html).',
      'Not a picture (image/svg+xml).',
      'The image server answered 404.',
      'The image is too large.',
    ])
    const again = await Promise.all(urls.map((url) => cache.get(url)))
    expect(again.every((r) => !r.ok)).toBe(true)
    expect(server.hits).toHaveLength(8)
  })

  it('says so when the host cannot be reached', async () => {
    const cache = new ImageCache(dir, { timeoutMs: 2000 })
    const url = `${server.origin}/gone.png`
    cache.allow([url])
    await server.close()
    await expect(cache.get(url)).resolves.toMatchObject({ ok: false, status: 502 })
  })

  it('forgets the oldest allowed URLs beyond its limit', () => {
    const cache = new ImageCache(dir, { maxAllowed: 2 })
    cache.allow(['https://a.example/1.png', 'https://a.example/2.png', 'https://a.example/3.png'])
    expect(cache.isAllowed('https://a.example/1.png')).toBe(false)
    expect(cache.isAllowed('https://a.example/3.png')).toBe(true)
  })
})
