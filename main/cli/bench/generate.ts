/**
 * Deterministic benchmark archives built from real snapshots: every file is a real article with a new
 * feed date, a new canonical URL (a few percent reuse one, as re-captures do), and now and then a varied
 * title, spread over subfolders of 1,000. Reused between runs while the sources and settings are unchanged.
 */
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

const GENERATOR_VERSION = 1
const PREFIXES = ['', '', '', '快讯：', '更新：', '观察：', '分析：', '独家：']

export function listSources(roots: string[]): string[] {
  const files: string[] = []
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name)
      if (statSync(full).isDirectory()) {
        if (name !== 'variants') walk(full)
      } else if (/\.(md|txt)$/.test(name) && name !== 'SOURCES.md') files.push(full)
    }
  }
  for (const root of roots) if (existsSync(root)) walk(root)
  return files
}

/** mulberry32: small, fast and the same everywhere. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface GeneratedArchive {
  folder: string
  files: number
  bytes: number
  reused: boolean
}

export function generateArchive(
  cacheDir: string,
  size: number,
  sources: string[],
  seed = 20261122,
): GeneratedArchive {
  const texts = sources.map((file) => readFileSync(file, 'utf8'))
  const key = createHash('sha1')
    .update(JSON.stringify({ GENERATOR_VERSION, size, seed }))
    .update(texts.join('\u0000'))
    .digest('hex')
    .slice(0, 12)
  const folder = path.join(cacheDir, `archive-${size}`)
  const manifest = path.join(folder, '.manifest.json')
  if (existsSync(manifest)) {
    const saved = JSON.parse(readFileSync(manifest, 'utf8')) as { key: string; bytes: number }
    if (saved.key === key) return { folder, files: size, bytes: saved.bytes, reused: true }
  }
  rmSync(folder, { recursive: true, force: true })
  const rand = random(seed)
  const from = Date.UTC(2019, 0, 1)
  const span = Date.UTC(2025, 11, 31) - from
  const urls: string[] = []
  let bytes = 0
  for (let i = 0; i < size; i++) {
    const source = texts[Math.floor(rand() * texts.length)] ?? ''
    const epoch = from + Math.floor(rand() * span)
    let text = /<!--\d+-->/.test(source) ? source.replace(/<!--\d+-->/, `<!--${epoch}-->`) : source
    text = text.replace(/^date: .*$/m, `date: ${new Date(epoch).toISOString()}`)
    // A new story, unless this is one of the few re-captures of an earlier one.
    const recapture = urls.length > 0 && rand() < 0.03
    text = text.replace(/\]\((https?:\/\/[^\n]*?)\)\n(-{3,})/, (_m, url: string, sep: string) => {
      const next = recapture
        ? (urls[Math.floor(rand() * urls.length)] ?? url)
        : `${url}${url.includes('?') ? '&' : '?'}bench=${i}`
      urls.push(next)
      return `](${next})\n${sep}`
    })
    const prefix = PREFIXES[Math.floor(rand() * PREFIXES.length)] ?? ''
    if (prefix) text = text.replace(/^\[/m, `[${prefix}`)
    const dir = path.join(folder, `part-${String(Math.floor(i / 1000)).padStart(3, '0')}`)
    if (i % 1000 === 0) mkdirSync(dir, { recursive: true })
    const data = Buffer.from(text)
    bytes += data.byteLength
    writeFileSync(path.join(dir, `${i}.md`), data)
  }
  writeFileSync(manifest, JSON.stringify({ key, bytes }))
  return { folder, files: size, bytes, reused: false }
}
