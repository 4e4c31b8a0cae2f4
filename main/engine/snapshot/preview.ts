/**
 * A snapshot's row from its header alone (title, URL, feed date, outlet), without parsing the body: what
 * a cold open shows for the first files while the full parse is still on its way. The full parse
 * replaces it moments later (published date, image count, a title derived from the body if need be).
 */
import type { ArticleMeta } from '../library/parse-job'
import { decodeSnapshot } from './decode'
import { normalizeNewlines, parseHeader } from './header'
import { detectOutlet } from './outlets'
import { fileId } from './parse'

export function previewMeta(bytes: Uint8Array, relativePath: string): ArticleMeta | null {
  try {
    const decoded = decodeSnapshot(bytes)
    if (!decoded.ok) return null
    const header = parseHeader(normalizeNewlines(decoded.value.text))
    if (!header.ok || !header.value.title) return null
    const { title, url, feedDate, author } = header.value
    const outlet = detectOutlet(url, author)
    return {
      id: fileId(relativePath),
      title,
      url,
      outlet: { id: outlet.id, name: outlet.name },
      published: null,
      feedDate,
      images: 0,
    }
  } catch {
    return null
  }
}
