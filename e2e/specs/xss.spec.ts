// No snapshot can run code, make a request or break the app: every hostile snapshot of the corpus, and
// every real one, opened in the real renderer, with every link clicked.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { auditFolder, isClean } from '../audit/audit'
import { Harness, ROOT } from '../harness/harness'

const XSS = path.join(ROOT, 'e2e', 'xss-corpus')
const CORPUS = path.resolve(ROOT, '../shared/corpus')

test('the hostile corpus: nothing runs, nothing leaves, nothing breaks', async () => {
  test.setTimeout(300_000)
  const results = await auditFolder(XSS)
  expect(results.length).toBeGreaterThanOrEqual(150)
  expect(results.filter((r) => r.opened).length).toBeGreaterThanOrEqual(290)
  expect(results.filter((r) => !isClean(r))).toEqual([])
  // Files with NUL bytes are refused as binary, with a reason.
  expect(results.filter((r) => r.unreadable).map((r) => r.unreadable)).toEqual(
    Array(3).fill('The file holds binary data (it is not a text snapshot).'),
  )
  // javascript:, vbscript: and data: links were clicked and never reached the browser.
  const external = results.flatMap((r) => r.externalOpens)
  expect(external.length).toBeGreaterThan(0)
  expect(external.every((url) => /^https?:\/\//.test(url))).toBe(true)
})

test('the real corpus is just as clean', async () => {
  test.setTimeout(600_000)
  const folder = existsSync(CORPUS) ? CORPUS : path.join(ROOT, 'fixtures')
  // Links are covered by the hostile corpus; here every real article is opened and watched.
  const results = await auditFolder(folder, { clickLinks: false })
  expect(results.filter((r) => r.opened).length).toBeGreaterThan(existsSync(CORPUS) ? 1000 : 50)
  expect(results.filter((r) => !isClean(r))).toEqual([])
})

test('the detectors the audit relies on do fire in this setup', async ({ page }) => {
  const dialogs: string[] = []
  const violations: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  await page.exposeFunction('reportViolation', (v: string) => violations.push(v))
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { reportViolation(v: string): void }).reportViolation(e.violatedDirective),
    ),
  )
  const harness = await Harness.open(page, { folder: path.join(ROOT, 'samples') })
  await page.evaluate(async () => {
    ;(window as unknown as { __xss: number }).__xss = 1
    window.alert('probe')
    await fetch('https://evil.example/probe').catch(() => undefined)
    const script = document.createElement('script')
    script.textContent = 'window.__inline = 1'
    document.body.append(script)
  })
  await expect.poll(() => violations.length).toBeGreaterThan(0)
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: number; __inline?: number }).__inline),
  ).toBeUndefined()
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBe(1)
  expect(dialogs).toEqual(['probe'])
  expect(violations).toContain('script-src-elem')
  // The CSP's connect-src 'none' stops the fetch in the page; had it gone out, the harness would have seen it.
  expect(violations).toContain('connect-src')
  expect(harness.blockedRequests).toEqual([])
})
