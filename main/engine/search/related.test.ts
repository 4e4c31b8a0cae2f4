// "Same story, other outlets" on real files: the seeds find each other, and so do the reports of the
// 2021-01-06 Hong Kong arrests.
import { copyFileSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIXTURES, SHARED_CORPUS, SHARED_SEEDS, hasSharedCorpus } from '../../test/fixtures'
import { Library } from '../library/library'

async function openLibrary(folder: string): Promise<Library> {
  const library = new Library({ watch: false })
  await library.open(folder)
  return library
}

function idOf(library: Library, title: string): string {
  const row = library.search(title, {}, 0, 5).hits.find((h) => h.row.title === title)?.row
  if (!row) throw new Error(`no article titled ${title}`)
  return row.id
}

const DW = '金正恩与普京互致信函 誓言加强两国关系'
const BBC = '普京金正恩互相致信关键词：同志友谊，先进武器，乌克兰'

describe('related', () => {
  it('on the fixtures: the DW and BBC seeds are each other’s first match', async () => {
    const library = await openLibrary(FIXTURES)
    const fromDw = await library.related(idOf(library, DW), 5)
    expect(fromDw[0]?.row.title).toBe(BBC)
    const fromBbc = await library.related(idOf(library, BBC), 5)
    expect(fromBbc[0]?.row.title).toBe(DW)
    expect(fromDw[0]?.score).toBeGreaterThan(0.1)
    expect(fromDw.every((m) => m.row.outlet.id !== 'dw')).toBe(true)
    // The BBC seed's two re-encoded copies are captures of the same story: listed once.
    expect(fromDw.filter((m) => m.row.title === BBC)).toHaveLength(1)
  })

  it.runIf(hasSharedCorpus)(
    'on the whole corpus plus the seeds: the seeds still find each other first',
    async () => {
      const folder = mkdtempSync(path.join(tmpdir(), 'corpus-seeds-'))
      copyFileSync(
        path.join(SHARED_SEEDS, readdirSync(SHARED_SEEDS)[0] ?? ''),
        path.join(folder, 'seed-0.txt'),
      )
      copyFileSync(
        path.join(SHARED_SEEDS, readdirSync(SHARED_SEEDS)[1] ?? ''),
        path.join(folder, 'seed-1.txt'),
      )
      const { cpSync } = await import('node:fs')
      cpSync(SHARED_CORPUS, path.join(folder, 'corpus'), { recursive: true })
      const library = await openLibrary(folder)
      expect((await library.related(idOf(library, DW), 3))[0]?.row.title).toBe(BBC)
      expect((await library.related(idOf(library, BBC), 3))[0]?.row.title).toBe(DW)

      // The 2021-01-06 Hong Kong mass arrests, reported by several outlets.
      const hk = library
        .search('香港 被捕', { from: '2021-01-06', to: '2021-01-07' }, 0, 100)
        .hits.map((h) => h.row)
      const arrests = hk.filter((r) => /民主派|泛民|拘捕|初选|被捕/.test(r.title))
      expect(arrests.length).toBeGreaterThan(8)
      for (const row of arrests.slice(0, 6)) {
        const matches = await library.related(row.id, 5)
        const titles = matches.map((m) => m.row.title)
        expect(
          titles.some((t) => /民主派|泛民|拘捕|初选|被捕|國安法|国安法/.test(t)),
          `${row.title} → ${titles.join(' | ')}`,
        ).toBe(true)
      }
    },
  )

  it('on the fixtures: the Hong Kong arrest reports find each other across outlets', async () => {
    const library = await openLibrary(FIXTURES)
    const bbc = idOf(library, '香港《国安法》：警方拘捕至少50名参与民主派初选人士 涉嫌“颠覆国家”罪')
    const titles = (await library.related(bbc, 4)).map((m) => m.row.title)
    expect(titles).toEqual(expect.arrayContaining(['香港泛民約50人被補 遭指涉嫌顛覆國家政權']))
    expect(titles.filter((t) => /被捕|被補|拘捕/.test(t)).length).toBeGreaterThanOrEqual(3)
  })
})
