// Watcher churn while a folder is still being indexed: files are created, modified, renamed and deleted
// by the thousand; once things settle, the library holds exactly the folder's snapshots, nothing lost and
// nothing phantom.
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { filesUnder, fixture } from '../../test/fixtures'
import { Library } from './library'

const libraries: Library[] = []
afterEach(async () => {
  await Promise.all(libraries.splice(0).map((l) => l.dispose()))
})

describe('watcher churn', () => {
  it('ends with the library equal to the folder after 10,000 creations, changes, renames and removals during indexing', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'churn-'))
    const template = readFileSync(fixture('voa-2025.md'), 'utf8')
    const snapshot = (tag: string): string =>
      template.replace('](https://www.voachinese.com/a/', `](https://www.voachinese.com/a/${tag}-`)
    mkdirSync(path.join(folder, 'initial'))
    for (let i = 0; i < 1000; i++)
      writeFileSync(path.join(folder, 'initial', `${i}.md`), snapshot(`initial-${i}`))

    const library = new Library({ settleMs: 100 })
    libraries.push(library)
    const opening = library.open(folder)

    // While the first thousand are indexed: 10,000 operations in batches.
    mkdirSync(path.join(folder, 'churn'))
    for (let i = 0; i < 6000; i++) writeFileSync(path.join(folder, 'churn', `${i}.md`), snapshot(`new-${i}`))
    for (let i = 0; i < 1500; i++)
      writeFileSync(path.join(folder, 'churn', `${i}.md`), snapshot(`changed-${i}`))
    for (let i = 1500; i < 2500; i++)
      renameSync(path.join(folder, 'churn', `${i}.md`), path.join(folder, 'churn', `renamed-${i}.md`))
    for (let i = 2500; i < 3500; i++) rmSync(path.join(folder, 'churn', `${i}.md`))
    for (let i = 0; i < 500; i++) rmSync(path.join(folder, 'initial', `${i}.md`))
    await opening

    const expected = filesUnder(folder)
    expect(expected).toHaveLength(500 + 6000 - 1000)
    const actual = (): string[] => library.allArticles().map((a) => a.relativePath)
    await expect.poll(actual, { timeout: 120_000, interval: 250 }).toEqual(expected)
    expect(library.listProblems()).toEqual([])
    // Changed files carry their new content.
    const row = library.listRows(0, 100_000).rows.find((r) => r.relativePath === 'churn/0.md')
    expect(row?.url).toContain('/a/changed-0-')
  }, 180_000)
})
