/**
 * Resolves a request on the app's own origin to a file of the built renderer, with its headers. Shared by
 * the Electron protocol handler and the test harness, so both serve exactly the same bytes and CSP.
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { REMOTE_IMAGE_PATH } from '../../common/remote-image'
import type { ImageCache } from '../engine/images/image-cache'
import { APP_HOST, CONTENT_SECURITY_POLICY } from './csp'

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

export interface AssetResponse {
  status: number
  headers: Record<string, string>
  body: Uint8Array<ArrayBuffer> | string
}

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
}

/**
 * Answers any request on the app's origin: a loaded article image from the image cache, else a file of
 * the built renderer. The image route only serves what the user allowed (see ImageCache).
 */
export async function resolveAppRequest(
  requestUrl: string,
  rendererDir: string,
  images: ImageCache,
): Promise<AssetResponse> {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return notFound()
  }
  if (url.host !== APP_HOST || url.pathname !== REMOTE_IMAGE_PATH)
    return resolveAppAsset(requestUrl, rendererDir)
  const image = await images.get(url.searchParams.get('src') ?? '')
  if (!image.ok)
    return {
      status: image.status,
      headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain' },
      body: image.reason,
    }
  return {
    status: 200,
    headers: {
      ...SECURITY_HEADERS,
      'Content-Type': image.contentType,
      'Cache-Control': 'private, max-age=86400',
    },
    body: image.body,
  }
}

export async function resolveAppAsset(requestUrl: string, rendererDir: string): Promise<AssetResponse> {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return notFound()
  }
  if (url.host !== APP_HOST) return notFound()
  const pathname = decodeURIComponent(url.pathname)
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '')
  const root = path.resolve(rendererDir)
  const file = path.resolve(root, relative)
  // Never serve anything outside the built renderer, whatever the path says.
  if (file !== root && !file.startsWith(root + path.sep)) return notFound()
  const mime = MIME[path.extname(file).toLowerCase()]
  if (!mime) return notFound()
  try {
    return {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': mime },
      body: new Uint8Array(await readFile(file)),
    }
  } catch {
    return notFound()
  }
}

function notFound(): AssetResponse {
  return { status: 404, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain' }, body: 'Not found' }
}
