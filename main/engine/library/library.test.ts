import { copyFileSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { LibraryState } from '../../../common/ipc/contract'
import { FIXTURES, SAMPLES, fixture } from '../../test/fixtures'
import { Library } from './library'
import { inThreadRunner, type JobRunner } from './worker-pool'

describe('Library', () => {
  it('lists every new file from its header first (phase indexing), then replaces the rows with the full parse', async () => {
    // Parsing waits until released, as if the workers were still starting.
    const inner = inThreadRunner()
    let release: () => void = () => undefined
    const gate = new Promise<void>((resolve) => (release = resolve))
    const runner: JobRunner = { ...inner, run: async (job) => (await gate, inner.run(job)) }
    const library = new Library({ runner, watch: false })
    const phases: string[] = []
    library.onState((state) => phases.at(-1) !== state.phase && phases.push(state.phase))
    const opened = library.open(SAMPLES)
    // Every file is listed, and the open says so, while not one has been parsed.
    await expect.poll(() => library.getState().phase).toBe('indexing')
    const early = library.listRows(0, 100).rows
    expect(early).toHaveLength(10)
    expect(library.getState()).toMatchObject({ found: 10, parsed: 0, total: 10 })
    expect(early.map((r) => r.title)).toContain('金正恩与普京互致信函 誓言加强两国关系')
    expect(early.every((r) => r.images === 0)).toBe(true)
    release()
    await opened
    const full = new Library()
    await full.open(SAMPLES)
    // Same files, same ids, now with the body's dates and image counts; nothing listed twice.
    expect(library.getState()).toMatchObject({ phase: 'ready', parsed: 10, total: 10 })
    expect(phases).toEqual(['scanning', 'indexing', 'ready'])
    expect(library.listRows(0, 100).rows).toEqual(full.listRows(0, 100).rows)
    expect(new Set(early.map((r) => r.id))).toEqual(new Set(full.listRows(0, 100).rows.map((r) => r.id)))
  })

  it('stops parsing the old folder when another is opened during indexing', async () => {
    const inner = inThreadRunner()
    let release: () => void = () => undefined
    const gate = new Promise<void>((resolve) => (release = resolve))
    const asked: string[] = []
    const runner: JobRunner = {
      ...inner,
      run: async (job) => {
        asked.push(job.path)
        await gate
        return inner.run(job)
      },
    }
    const library = new Library({ runner, watch: false })
    void library.open(FIXTURES)
    await expect.poll(() => library.getState().phase).toBe('indexing')
    const second = library.open(SAMPLES)
    release()
    await second
    expect(library.getState()).toMatchObject({ folder: SAMPLES, phase: 'ready', parsed: 10 })
    // Only the jobs already in flight (at most 4 in-thread) were asked for the old folder, not its 60 files.
    expect(asked.filter((p) => p.startsWith(FIXTURES + path.sep)).length).toBeLessThanOrEqual(4)
  })

  it('lists every readable snapshot newest first and every unreadable file with its reason', async () => {
    const library = new Library()
    const states: LibraryState[] = []
    library.onState((s) => states.push(s))
    await library.open(FIXTURES)
    const state = library.getState()
    expect(state).toMatchObject({ phase: 'ready', folder: FIXTURES })
    // 47 fixtures + 12 variants, of which SOURCES.md and 4 broken variants are not articles.
    expect(state.found).toBe(60)
    expect(state.parsed).toBe(55)
    expect(state.failed).toBe(5)
    // The encoding variants share their seed's URL, as do the CDT revisions: 55 articles, 46 stories.
    expect(state.total).toBe(46)
    const { rows, total } = library.listRows(0, 1000)
    expect(total).toBe(46)
    expect(rows.find((r) => r.title === '金正恩与普京互致信函 誓言加强两国关系')?.captures).toBe(6)
    const dates = rows.map((r) => r.date).filter((d): d is string => d !== null)
    expect(dates).toEqual([...dates].sort().reverse())
    expect(
      library
        .listProblems()
        .map((p) => p.relativePath)
        .sort(),
    ).toEqual(
      [
        'SOURCES.md',
        'variants/broken-binary.md',
        'variants/broken-empty.md',
        'variants/broken-invalid-utf8.md',
        'variants/broken-no-header.md',
      ].sort(),
    )
    expect(states[0]?.phase).toBe('scanning')
    expect(states.at(-1)?.phase).toBe('ready')
  })

  it('pages rows and reads an article on demand', async () => {
    const library = new Library()
    await library.open(SAMPLES)
    const page = library.listRows(2, 3)
    expect(page).toMatchObject({ total: 10, offset: 2 })
    expect(page.rows).toHaveLength(3)
    const seed = library.listRows(0, 10).rows.find((r) => r.title === '金正恩与普京互致信函 誓言加强两国关系')
    expect(seed?.outlet).toEqual({ id: 'dw', name: 'DW 德国之声' })
    const article = await library.getArticle(seed?.id ?? '')
    expect(article).toMatchObject({ ok: true, relativePath: 'seed-dw.txt' })
    expect(await library.getArticle('ffffffffffffffff')).toBeNull()
  })

  it('cancels a running scan when another folder is opened', async () => {
    const big = mkdtempSync(path.join(tmpdir(), 'big-'))
    for (let i = 0; i < 300; i++) copyFileSync(fixture('bbc-2024.md'), path.join(big, `${i}.md`))
    const library = new Library()
    const first = library.open(big)
    const second = library.open(SAMPLES)
    await Promise.all([first, second])
    expect(library.getState()).toMatchObject({ folder: SAMPLES, phase: 'ready', total: 10 })
    expect(library.listRows(0, 100).rows.every((r) => !/^\d+\.md$/.test(r.relativePath))).toBe(true)
  })

  it('reports a folder that cannot be opened', async () => {
    const library = new Library()
    await library.open(path.join(tmpdir(), 'does-not-exist-snapshot-reader'))
    expect(library.getState().phase).toBe('failed')
    expect(library.getState().message).toMatch(/cannot be found/)
  })
})
