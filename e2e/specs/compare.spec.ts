// Side by side: search, open the DW seed, Compare, and the BBC report of the same story opens beside it.
// Runs on ../shared/corpus plus the seeds when the corpus is present (CI has it), else on the fixtures.
import { cpSync, existsSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { Harness, ROOT } from '../harness/harness'

const DW_TITLE = '金正恩与普京互致信函 誓言加强两国关系'
const BBC_TITLE = '普京金正恩互相致信关键词：同志友谊，先进武器，乌克兰'
const CORPUS = path.resolve(ROOT, '../shared/corpus')

function archive(): string {
  if (!existsSync(CORPUS)) return path.join(ROOT, 'fixtures')
  const folder = mkdtempSync(path.join(tmpdir(), 'corpus-and-seeds-'))
  cpSync(CORPUS, path.join(folder, 'corpus'), { recursive: true })
  cpSync(path.join(ROOT, 'fixtures', 'seed-dw.txt'), path.join(folder, 'seeds', 'dw.txt'))
  cpSync(path.join(ROOT, 'fixtures', 'seed-bbc.txt'), path.join(folder, 'seeds', 'bbc.txt'))
  return folder
}

test('search, open the DW seed, compare: the BBC report opens beside it', async ({ page }) => {
  test.setTimeout(120_000)
  const harness = await Harness.open(page, { folder: archive() })
  await expect(page.locator('.library-status progress')).toHaveCount(0, { timeout: 60_000 })

  await page.getByRole('searchbox', { name: 'Search articles' }).fill('金正恩 普京')
  const results = page.getByRole('listbox', { name: 'Search results' })
  await expect(page.locator('.library').getByRole('status')).toContainText('match')
  await expect(results.locator('mark').first()).toBeVisible()
  await results
    .getByRole('option', { name: new RegExp(DW_TITLE) })
    .first()
    .click()

  const first = page.getByRole('region', { name: 'Pane 1' })
  await expect(first.getByRole('heading', { level: 1 })).toHaveText(DW_TITLE)
  await first.getByRole('button', { name: 'Compare' }).click()

  const second = page.getByRole('region', { name: 'Pane 2' })
  await expect(second.getByRole('heading', { level: 1 })).toHaveText(BBC_TITLE)
  // Both panes show their figures with caption (and BBC's with credit).
  await expect(first.locator('.figure-caption').first()).toHaveText(
    '朝中社发布金正恩在第八届中央军事委员会会议上的照片',
  )
  await expect(second.locator('figcaption').first()).toContainText('金正恩与普京2019年在符拉迪沃斯托克会面。')
  await expect(second.locator('.figure-credit')).toHaveText(['Getty Images', 'AFP'])
  // The other candidates, with their similarity, are one choice away.
  await expect(second.getByRole('combobox', { name: 'Other reports of this story' })).toContainText('%')

  const table = page.getByRole('table', { name: 'Comparison' })
  await expect(table).toContainText('DW 德国之声')
  await expect(table).toContainText('BBC 中文')
  await expect(table).toContainText('Getty Images')

  expect(harness.blockedRequests).toEqual([])
})

test('keyboard: / to search, j and k through the list, 1 and 2 between panes, [ and ] through history', async ({
  page,
}) => {
  await Harness.open(page, { folder: path.join(ROOT, 'samples') })
  await expect(page.locator('.library-status')).toContainText('10 articles')
  await page.locator('body').press('j')
  const pane = page.getByRole('region', { name: 'Pane 1' })
  const firstTitle = await pane.getByRole('heading', { level: 1 }).textContent()
  await page.locator('body').press('j')
  await expect(pane.getByRole('heading', { level: 1 })).not.toHaveText(firstTitle ?? '')
  await page.locator('body').press('[')
  await expect(pane.getByRole('heading', { level: 1 })).toHaveText(firstTitle ?? '')
  await page.locator('body').press(']')
  await expect(pane.getByRole('heading', { level: 1 })).not.toHaveText(firstTitle ?? '')
  await page.locator('body').press('/')
  await expect(page.getByRole('searchbox', { name: 'Search articles' })).toBeFocused()
  await page.keyboard.type('香港')
  await expect(
    page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first(),
  ).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('listbox', { name: 'Articles' })).toBeVisible()
})
