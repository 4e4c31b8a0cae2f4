// The first vertical slice, in the real renderer on Debian's Chromium, wired to the real engine.
import { expect, test } from '@playwright/test'
import path from 'node:path'
import { Harness, ROOT } from '../harness/harness'

const SAMPLES = path.join(ROOT, 'samples')
const DW_TITLE = '金正恩与普京互致信函 誓言加强两国关系'
const BBC_TITLE = '普京金正恩互相致信关键词：同志友谊，先进武器，乌克兰'

test('opens the bundled samples and reads both seed articles', async ({ page }) => {
  const harness = await Harness.open(page, { folder: SAMPLES })
  const list = page.getByRole('listbox', { name: 'Articles' })
  await expect(page.getByText('10 articles')).toBeVisible()

  await list.getByRole('option', { name: new RegExp(DW_TITLE) }).click()
  const article = page.getByRole('article')
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(DW_TITLE)
  await expect(article.locator('.article-body > p').first()).toHaveText(
    /^（德国之声中文网）金正恩与普京在周二（8月15日）互致信函/,
  )
  await expect(article.locator('figcaption').first()).toContainText(
    '朝中社发布金正恩在第八届中央军事委员会会议上的照片',
  )

  await list.getByRole('option', { name: new RegExp(BBC_TITLE) }).click()
  await expect(article.getByRole('heading', { level: 1 })).toHaveText(BBC_TITLE)
  await expect(article.locator('.article-lead')).toHaveText(/^俄罗斯领导人普京（Vladimir Putin）表示/)
  await expect(article.locator('.article-body > p').first()).toHaveText(
    '普京在平壤解放日给金正恩的一封信中说，这一举动符合两国利益。',
  )
  await expect(article.locator('.figure-credit')).toHaveText(['Getty Images', 'AFP'])

  expect(harness.blockedRequests).toEqual([])
  expect(harness.consoleErrors).toEqual([])
})

test('shows source metadata and opens links in the browser only when clicked, through main', async ({
  page,
}) => {
  const harness = await Harness.open(page, { folder: SAMPLES })
  await page.getByRole('option', { name: new RegExp(BBC_TITLE) }).click()
  const meta = page.locator('.article-meta')
  await expect(meta).toContainText('https://www.bbc.com/zhongwen/simp/world-62545099')
  await expect(meta).toContainText('seed-bbc.txt')
  await expect(page.locator('.outlet-badge').first()).toBeVisible()
  expect(harness.openedExternally).toEqual([])

  await page
    .getByRole('navigation', { name: 'Related articles' })
    .getByRole('link', { name: '走进朝鲜人在俄罗斯工作的秘密世界' })
    .click()
  await expect
    .poll(() => harness.openedExternally)
    .toEqual(['https://www.bbc.com/zhongwen/simp/world-48052306'])
  // The page did not navigate away.
  expect(page.url()).toBe('https://snapshot-reader/index.html')
  expect(harness.blockedRequests).toEqual([])
})

test('opens a folder from the dialog and lists the files it cannot read', async ({ page }) => {
  const harness = await Harness.open(page, { folder: null, dialogAnswer: path.join(ROOT, 'fixtures') })
  await expect(page.getByText('No folder open.')).toBeVisible()
  await page.getByRole('button', { name: 'Open folder…' }).click()
  // 55 articles in 46 stories (re-encoded copies of a seed share its URL); 5 files are not snapshots.
  await expect(page.locator('.library-status')).toContainText('46 articles, 5 unreadable')
  await page.getByRole('button', { name: '5 unreadable' }).click()
  const problems = page.getByRole('list', { name: 'Files that could not be read' })
  await expect(problems.getByRole('listitem')).toHaveCount(5)
  await expect(problems).toContainText(
    'variants/broken-binary.md: The file holds binary data (it is not a text snapshot).',
  )
  await expect(problems).toContainText('variants/broken-empty.md: The file is empty.')
  await expect(page.getByRole('combobox', { name: 'Recent folders' })).toBeVisible()
  expect(harness.library.getState().folder).toBe(path.join(ROOT, 'fixtures'))
})

test('exposes only the typed bridge to the page, and main refuses bad calls', async ({ page }) => {
  await Harness.open(page, { folder: SAMPLES })
  const surface = await page.evaluate(() => {
    const api = (window as unknown as { snapshotReader: Record<string, unknown> }).snapshotReader
    return {
      keys: Object.keys(api).sort(),
      hasGenericInvoke: 'invoke' in api || 'send' in api,
      bindingVisible: Object.keys(window).some((k) => k.startsWith('__snapshotReaderHarness')),
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }
  })
  expect(surface.hasGenericInvoke).toBe(false)
  expect(surface.bindingVisible).toBe(false)
  expect(surface.require).toBe('undefined')
  expect(surface.process).toBe('undefined')
  expect(surface.keys).toContain('getArticle')

  const refusals = await page.evaluate(async () => {
    const api = (
      window as unknown as {
        snapshotReader: {
          getArticle(id: string): Promise<unknown>
          openExternal(u: string): Promise<unknown>
        }
      }
    ).snapshotReader
    const outcome = async (p: Promise<unknown>) =>
      p.then(() => 'resolved').catch((e: { code?: string }) => e.code ?? 'error')
    return [
      await outcome(api.getArticle('../../etc/passwd')),
      await outcome(api.openExternal('javascript:alert(1)')),
      await outcome(api.openExternal('file:///etc/passwd')),
    ]
  })
  expect(refusals).toEqual(['invalid-arguments', 'forbidden', 'forbidden'])
})

test('opening an article marks it read; a star marks it starred; the list shows both', async ({ page }) => {
  const harness = await Harness.open(page, { folder: SAMPLES })
  const list = page.getByRole('listbox', { name: 'Articles' })
  const row = list.getByRole('option', { name: new RegExp(DW_TITLE) })
  await expect(row.getByRole('img', { name: 'Unread' })).toBeVisible()
  await row.click()
  await expect(row.getByRole('img', { name: 'Unread' })).toHaveCount(0)
  await page.getByRole('region', { name: 'Pane 1' }).getByRole('button', { name: '☆ Star' }).click()
  await expect(row.getByRole('img', { name: 'Starred' })).toBeVisible()
  expect(Object.values(harness.settings.get('reading'))).toMatchObject([{ read: true, starred: true }])
  // Other rows are untouched.
  await expect(list.getByRole('img', { name: 'Unread' })).toHaveCount(9)
  // `s` toggles the star of the focused pane's article.
  await page.locator('body').press('s')
  await expect(row.getByRole('img', { name: 'Starred' })).toHaveCount(0)
})
