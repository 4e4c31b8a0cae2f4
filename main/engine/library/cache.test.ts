// The persistent cache: reopening an unchanged folder parses nothing; changes are picked up; a damaged
// cache is rebuilt, never fatal.
import { copyFileSync, cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIXTURES, fixture } from '../../test/fixtures'
import { LibraryCache } from './cache'
import { Library } from './library'
import { inThreadRunner, type JobRunner } from './worker-pool'

/** A runner that counts the files it parses for the index. */
function countingRunner(): JobRunner & { indexed: string[] } {
  const inner = inThreadRunner()
  const indexed: string[] = []
  return {
    indexed,
    concurrency: 1,
    dictionary: inner.dictionary,
    close: inner.close,
    run: (job) => {
      if (job.kind === 'index') indexed.push(job.relativePath)
      return inner.run(job)
    },
  }
}

function setup() {
  const folder = mkdtempSync(path.join(tmpdir(), 'archive-'))
  cpSync(FIXTURES, folder, { recursive: true })
  const cache = new LibraryCache(mkdtempSync(path.join(tmpdir(), 'cache-')))
  const open = async () => {
    const runner = countingRunner()
    const library = new Library({ runner, cache, watch: false })
    await library.open(folder)
    return { library, runner }
  }
  return { folder, cache, open }
}

describe('LibraryCache', () => {
  it('reopens an unchanged folder without parsing a single file, with the same rows and search', async () => {
    const { open } = setup()
    const first = await open()
    // 60 files: 59 snapshots and variants, and SOURCES.md (not a snapshot, but a candidate by its extension).
    expect(first.runner.indexed.length).toBe(60)
    const second = await open()
    expect(second.runner.indexed).toEqual([])
    expect(second.library.getState()).toMatchObject({ phase: 'ready', parsed: 55, failed: 5, total: 46 })
    expect(second.library.listRows(0, 100).rows).toEqual(first.library.listRows(0, 100).rows)
    expect(second.library.search('金正恩 普京', {}, 0, 10).hits.map((h) => h.row.id)).toEqual(
      first.library.search('金正恩 普京', {}, 0, 10).hits.map((h) => h.row.id),
    )
    expect(second.library.listProblems()).toEqual(first.library.listProblems())
  })

  it('shows the first rows of the last session before the rest of the cache has loaded', async () => {
    const { open, cache } = setup()
    const first = await open()
    const expected = first.library.listRows(0, 20).rows
    const runner = countingRunner()
    const library = new Library({ runner, cache, watch: false })
    const early: { rows: string[]; parsed: number; total: number }[] = []
    library.onState((state) => {
      const page = library.listRows(0, 20)
      if (page.rows.length > 0 && early.length === 0)
        early.push({ rows: page.rows.map((r) => r.id), parsed: state.parsed, total: page.total })
    })
    await library.open(first.library.getState().folder ?? '')
    // The rows were there while nothing was loaded yet (parsed 0), and they are the same rows.
    expect(early[0]).toEqual({ rows: expected.map((r) => r.id), parsed: 0, total: 46 })
    expect(library.listRows(0, 20).rows).toEqual(expected)
    // A filter is never answered from the preview.
    expect(library.listRows(0, 5, { outlets: ['dw'] }).rows.every((r) => r.outlet.id === 'dw')).toBe(true)
  })

  it('ignores a damaged head and opens from the rest of the cache', async () => {
    const { open, cache } = setup()
    const first = await open()
    const folder = first.library.getState().folder ?? ''
    writeFileSync(
      path.join(path.dirname(cache.pathsFor(folder).entries), 'head.json'),
      '{"format":1,"rows":[{',
    )
    await expect(cache.loadHead(folder)).resolves.toBeNull()
    const second = await open()
    expect(second.runner.indexed).toEqual([])
    expect(second.library.listRows(0, 100).rows).toEqual(first.library.listRows(0, 100).rows)
  })

  it('re-parses only what changed, was added or removed since', async () => {
    const { folder, open } = setup()
    await open()
    const touched = path.join(folder, 'nyt.md')
    utimesSync(touched, new Date(), new Date(Date.now() + 5000))
    copyFileSync(fixture('seed-bbc.txt'), path.join(folder, 'new-copy.txt'))
    rmSync(path.join(folder, 'ft.md'))
    const { library, runner } = await open()
    expect(runner.indexed.sort()).toEqual(['new-copy.txt', 'nyt.md'])
    expect(library.getState().parsed).toBe(55)
    expect(library.search('国际货币基金组织', {}, 0, 10).hits.map((h) => h.row.relativePath)).not.toContain(
      'ft.md',
    )
  })

  it.each([
    ['garbage entries', (p: { entries: string; index: string }) => writeFileSync(p.entries, '{"format":1,')],
    ['garbage index', (p: { entries: string; index: string }) => writeFileSync(p.index, 'not an index')],
    ['truncated index', (p: { entries: string; index: string }) => writeFileSync(p.index, Buffer.alloc(40))],
    ['missing index', (p: { entries: string; index: string }) => rmSync(p.index)],
    [
      'an entry of the wrong shape',
      (p: { entries: string; index: string }) => {
        const data = JSON.parse(readFileSync(p.entries, 'utf8')) as { entries: Record<string, unknown>[] }
        data.entries[0] = { ...data.entries[0], size: 'big' }
        writeFileSync(p.entries, JSON.stringify(data))
      },
    ],
  ])('rebuilds after %s', async (_name, damage) => {
    const { folder, cache, open } = setup()
    await open()
    damage(cache.pathsFor(folder))
    const { library, runner } = await open()
    expect(runner.indexed.length).toBe(60)
    expect(library.getState()).toMatchObject({ phase: 'ready', parsed: 55 })
  })
})
