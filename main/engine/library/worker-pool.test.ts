// The real worker pool, running the built parse worker (out/main/parse-worker.cjs): the file that ships.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { FIXTURES, ROOT, fixture } from '../../test/fixtures'
import { Library } from './library'
import { WorkerPool } from './worker-pool'

const script = path.join(ROOT, 'out', 'main', 'parse-worker.cjs')
if (!existsSync(script)) throw new Error(`${script} is missing: run \`npm run build\` first (npm test does).`)
const pools: WorkerPool[] = []
afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()))
})

function pool(options: { timeoutMs?: number; size?: number } = {}): WorkerPool {
  const created = new WorkerPool({ script, size: options.size ?? 2, timeoutMs: options.timeoutMs })
  pools.push(created)
  return created
}

describe('WorkerPool', () => {
  it('parses in worker threads, with the same result as in-thread', async () => {
    const result = await pool().run({
      kind: 'article',
      path: fixture('seed-dw.txt'),
      relativePath: 'seed-dw.txt',
    })
    expect(result.kind).toBe('article')
    expect(result.outcome.ok && 'article' in result.outcome ? result.outcome.article.title : null).toBe(
      '金正恩与普京互致信函 誓言加强两国关系',
    )
  })

  it('indexes a whole folder through the pool', async () => {
    const library = new Library({ runner: pool(), watch: false })
    await library.open(FIXTURES)
    expect(library.getState()).toMatchObject({ phase: 'ready', parsed: 55, failed: 5 })
  })

  it('stops a job that runs past its time limit and carries on with a fresh worker', async () => {
    const slow = pool({ timeoutMs: 1, size: 1 })
    const stopped = await slow.run({
      kind: 'index',
      path: fixture('large-report.md'),
      relativePath: 'large-report.md',
    })
    expect(stopped.outcome.ok).toBe(false)
    expect(!stopped.outcome.ok && stopped.outcome.error.code).toBe('timeout')
  })

  it('reports a file that vanished as missing, not as a crash', async () => {
    const result = await pool().run({
      kind: 'index',
      path: path.join(FIXTURES, 'nope.md'),
      relativePath: 'nope.md',
    })
    expect(result.outcome).toMatchObject({ ok: false, missing: true, error: { code: 'unreadable' } })
  })
})
