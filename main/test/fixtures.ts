/** Paths to the vendored fixtures and, where present, the shared corpus (CI has it; a fresh clone may not). */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { parseSnapshot } from '../engine/snapshot/parse'
import type { Article } from '../../common/article'

export const ROOT = path.resolve(import.meta.dirname, '../..')
export const FIXTURES = path.join(ROOT, 'fixtures')
export const SAMPLES = path.join(ROOT, 'samples')
export const SHARED_CORPUS = path.resolve(ROOT, '../shared/corpus')
export const SHARED_SEEDS = path.resolve(ROOT, '../shared/seeds')
export const hasSharedCorpus = existsSync(SHARED_CORPUS)

export function fixture(name: string): string {
  return path.join(FIXTURES, name)
}

/** Parses a fixture and fails the test with the parser's reason if it is not an article. */
export function parseFixture(name: string): Article {
  const result = parseSnapshot(readFileSync(fixture(name)), name)
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
  return result.article
}

/** Every file under `root` (paths relative to it, with `/`), sorted; `keep` filters by file name. */
export function filesUnder(root: string, keep: (name: string) => boolean = () => true): string[] {
  const out: string[] = []
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (keep(name)) out.push(path.relative(root, full).split(path.sep).join('/'))
    }
  }
  walk(root)
  return out.sort()
}
