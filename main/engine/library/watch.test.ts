// Watching an opened folder: additions, changes, renames, removals and a burst show up in the list and
// in search, and a half-written file is not parsed early.
import {
  appendFileSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { fixture } from '../../test/fixtures'
import { LibraryCache, type CacheContent } from './cache'
import { Library } from './library'

const libraries: Library[] = []
afterEach(async () => {
  await Promise.all(libraries.splice(0).map((l) => l.dispose()))
})

async function watched(): Promise<{ folder: string; library: Library }> {
  const folder = mkdtempSync(path.join(tmpdir(), 'watched-'))
  copyFileSync(fixture('seed-dw.txt'), path.join(folder, 'dw.txt'))
  const library = new Library({ settleMs: 100 })
  libraries.push(library)
  await library.open(folder)
  return { folder, library }
}

const titles = (library: Library): string[] =>
  library
    .listRows(0, 1000)
    .rows.map((r) => r.title)
    .sort()
const poll = { timeout: 10_000, interval: 50 }

describe('watching', () => {
  it('adds a new file to the list and to search', async () => {
    const { folder, library } = await watched()
    copyFileSync(fixture('seed-bbc.txt'), path.join(folder, 'bbc.txt'))
    await expect.poll(() => library.search('同志友谊', {}, 0, 5).total, poll).toBe(1)
    expect(titles(library)).toHaveLength(2)
  })

  it('re-reads a changed file', async () => {
    const { folder, library } = await watched()
    const file = path.join(folder, 'dw.txt')
    writeFileSync(file, readFileSync(file, 'utf8').replace('金正恩与普京互致信函', '改过的标题'))
    await expect.poll(() => titles(library), poll).toEqual(['改过的标题 誓言加强两国关系'])
    expect(library.search('改过的标题', {}, 0, 5).total).toBe(1)
  })

  it('follows a rename and a removal', async () => {
    const { folder, library } = await watched()
    renameSync(path.join(folder, 'dw.txt'), path.join(folder, 'renamed.txt'))
    await expect
      .poll(() => library.listRows(0, 10).rows.map((r) => r.relativePath), poll)
      .toEqual(['renamed.txt'])
    rmSync(path.join(folder, 'renamed.txt'))
    await expect.poll(() => library.getState().total, poll).toBe(0)
    expect(library.search('金正恩', {}, 0, 5).total).toBe(0)
  })

  it('waits until a file stops growing before reading it', async () => {
    const { folder, library } = await watched()
    const file = path.join(folder, 'slow.md')
    const whole = readFileSync(fixture('bbc-2024.md'), 'utf8')
    writeFileSync(file, whole.slice(0, 200))
    for (let i = 1; i <= 5; i++) {
      await new Promise((resolve) => setTimeout(resolve, 40))
      appendFileSync(
        file,
        whole.slice(200 + ((i - 1) * (whole.length - 200)) / 5, 200 + (i * (whole.length - 200)) / 5),
      )
    }
    await expect.poll(() => library.search('剑击', {}, 0, 5).total, poll).toBe(1)
    expect(library.listProblems()).toEqual([])
  })

  it('loses nothing in a burst of 300 files', async () => {
    const { folder, library } = await watched()
    const sub = path.join(folder, 'burst')
    mkdirSync(sub)
    const source = readFileSync(fixture('voa-2025.md'), 'utf8')
    for (let i = 0; i < 300; i++)
      writeFileSync(
        path.join(sub, `${i}.md`),
        source.replace('](https://www.voachinese.com/a/', `](https://www.voachinese.com/a/${i}-`),
      )
    await expect.poll(() => library.getState().total, { timeout: 30_000, interval: 100 }).toBe(301)
    rmSync(sub, { recursive: true })
    await expect.poll(() => library.getState().total, { timeout: 30_000, interval: 100 }).toBe(1)
  })

  it('says so when the watched folder is deleted', async () => {
    const { folder, library } = await watched()
    rmSync(folder, { recursive: true })
    await expect.poll(() => library.getState().phase, poll).toBe('failed')
    expect(library.getState().message).toMatch(/moved, renamed or deleted/)
  })
})

describe('saving the cache while watching', () => {
  it('saves once after a burst, never once per file, and never two saves at once', async () => {
    let saves = 0
    let running = 0
    let overlapped = false
    class CountingCache extends LibraryCache {
      override async save(folder: string, content: CacheContent): Promise<void> {
        saves++
        running++
        if (running > 1) overlapped = true
        await new Promise((resolve) => setTimeout(resolve, 100))
        await super.save(folder, content)
        running--
      }
    }
    const folder = mkdtempSync(path.join(tmpdir(), 'watched-cache-'))
    copyFileSync(fixture('seed-dw.txt'), path.join(folder, 'dw.txt'))
    const library = new Library({
      settleMs: 50,
      cache: new CountingCache(mkdtempSync(path.join(tmpdir(), 'cache-'))),
    })
    libraries.push(library)
    await library.open(folder)
    const afterOpen = saves
    const source = readFileSync(fixture('voa-2025.md'), 'utf8')
    for (let i = 0; i < 40; i++)
      writeFileSync(
        path.join(folder, `${i}.md`),
        source.replace('](https://www.voachinese.com/a/', `](https://www.voachinese.com/a/${i}-`),
      )
    await expect.poll(() => library.getState().total, { timeout: 20_000, interval: 50 }).toBe(41)
    await expect.poll(() => saves - afterOpen, { timeout: 10_000, interval: 100 }).toBeGreaterThan(0)
    await new Promise((resolve) => setTimeout(resolve, 2500))
    expect(saves - afterOpen).toBeLessThanOrEqual(2)
    expect(overlapped).toBe(false)
  })
})
