// The same scenarios in the real Electron app, through the real preload and IPC. They run wherever an
// Electron binary is installed and say plainly that they were skipped where it is not.
import path from 'node:path'
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test'
import { ROOT } from '../harness/harness'
import { NO_BINARY_REASON, findElectronBinary } from './electron-binary'

const binary = findElectronBinary(ROOT)
if (!binary) console.log(`[electron] ${NO_BINARY_REASON}`)
test.skip(!binary, NO_BINARY_REASON)

const SAMPLES = path.join(ROOT, 'samples')
const DW_TITLE = '金正恩与普京互致信函 誓言加强两国关系'
const BBC_TITLE = '普京金正恩互相致信关键词：同志友谊，先进武器，乌克兰'

let app: ElectronApplication
test.beforeEach(async () => {
  app = await electron.launch({
    executablePath: binary ?? undefined,
    args: [ROOT, '--folder', SAMPLES],
    cwd: ROOT,
  })
})
test.afterEach(async () => {
  await app.close()
})

test('opens the samples given on the command line and reads both seeds', async () => {
  const window = await app.firstWindow()
  await expect(window.getByText('10 articles')).toBeVisible()
  for (const title of [DW_TITLE, BBC_TITLE]) {
    await window.getByRole('option', { name: new RegExp(title) }).click()
    await expect(window.getByRole('article').getByRole('heading', { level: 1 })).toHaveText(title)
    await expect(window.locator('.article-body > p').first()).not.toBeEmpty()
  }
  expect(window.url()).toBe('app://snapshot-reader/index.html')
})

test('runs the page sandboxed and isolated, with only the bridge exposed', async () => {
  // The preferences themselves are checked in main/app/lifecycle.test.ts; here, their effect on the page.
  const page = await app.firstWindow()
  const surface = await page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    bridge: Object.keys((window as unknown as { snapshotReader: object }).snapshotReader).length,
  }))
  expect(surface).toEqual({ require: 'undefined', process: 'undefined', bridge: expect.any(Number) })
  expect(await app.evaluate(({ app }) => app.isReady())).toBe(true)
})

test('denies navigation and new windows', async () => {
  const page = await app.firstWindow()
  await page.evaluate(() => {
    window.open('https://example.com/')
    window.location.href = 'https://example.com/'
  })
  await page.waitForTimeout(500)
  expect(app.windows()).toHaveLength(1)
  expect(page.url()).toBe('app://snapshot-reader/index.html')
})

test('installs the application menu with the standard roles', async () => {
  await app.firstWindow()
  const menu = await app.evaluate(({ Menu }) =>
    (Menu.getApplicationMenu()?.items ?? []).map((item) => ({
      label: item.label,
      roles: (item.submenu?.items ?? []).map((sub) => sub.role ?? sub.label),
    })),
  )
  const roles = menu.flatMap((item) => item.roles.map((role) => String(role).toLowerCase()))
  for (const role of ['copy', 'paste', 'selectall', 'zoomin', 'togglefullscreen'])
    expect(roles).toContain(role)
  expect(menu.flatMap((item) => item.roles)).toContain('Open Folder…')
})

test('the image route refuses what the user did not ask for, in the real protocol', async () => {
  const page = await app.firstWindow()
  const status = await page.evaluate(async () => {
    const img = new Image()
    img.src = `/remote-image?src=${encodeURIComponent('https://example.com/a.png')}`
    return new Promise((resolve) => {
      img.onload = () => resolve('loaded')
      img.onerror = () => resolve('refused')
    })
  })
  expect(status).toBe('refused')
})
