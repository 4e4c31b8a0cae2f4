// `npm run shots [-- <folder>]`: screenshots of the running UI (the Chromium harness, wired to the real
// engine) into docs/screenshots/. Defaults to the bundled samples. CJK text needs a CJK font installed
// (Debian: fonts-noto-cjk).
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium } from '@playwright/test'
import { Harness, ROOT } from '../e2e/harness/harness'
import config from '../playwright.config'

const folder = path.resolve(process.argv[2] ?? path.join(ROOT, 'samples'))
const outDir = path.join(ROOT, 'docs', 'screenshots')
mkdirSync(outDir, { recursive: true })

const browser = await chromium.launch(config.use?.launchOptions)
const page = await browser.newPage({ viewport: { width: 1600, height: 900 }, deviceScaleFactor: 1 })
const harness = await Harness.open(page, { folder })
const list = page.getByRole('listbox', { name: 'Articles' })
await list.getByRole('option').first().waitFor()
await page.screenshot({ path: path.join(outDir, 'library.png') })

const seed = list.getByRole('option', { name: /金正恩与普京互致信函/ })
await ((await seed.count()) > 0 ? seed : list.getByRole('option').first()).click()
await page.getByRole('article').getByRole('heading', { level: 1 }).waitFor()
await page.screenshot({ path: path.join(outDir, 'article.png') })

// Side by side: the DW seed's report compared with the best match from another outlet.
const compare = page.getByRole('region', { name: 'Pane 1' }).getByRole('button', { name: 'Compare' })
if ((await compare.count()) > 0) {
  await compare.click()
  await page.getByRole('region', { name: 'Pane 2' }).getByRole('heading', { level: 1 }).waitFor()
  await page.screenshot({ path: path.join(outDir, 'compare.png') })
}

await page.getByRole('searchbox', { name: 'Search articles' }).fill('香港 国安法')
await page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first().waitFor()
await page.screenshot({ path: path.join(outDir, 'search.png') })

// The dark theme, on the comparison (settings are this harness's own: the user's are untouched).
harness.settings.setPreferences({ theme: 'dark' })
await page.getByRole('searchbox', { name: 'Search articles' }).fill('')
await page.reload()
await list.getByRole('option').first().waitFor()
await ((await seed.count()) > 0 ? seed : list.getByRole('option').first()).click()
await page.getByRole('article').getByRole('heading', { level: 1 }).waitFor()
if ((await compare.count()) > 0) {
  await compare.click()
  await page.getByRole('region', { name: 'Pane 2' }).getByRole('heading', { level: 1 }).waitFor()
}
await page.screenshot({ path: path.join(outDir, 'dark.png') })

await browser.close()
if (harness.blockedRequests.length > 0)
  console.warn('The UI tried to reach the network:', harness.blockedRequests)
console.log(`Screenshots of ${folder} written to ${path.relative(ROOT, outDir)}/`)
