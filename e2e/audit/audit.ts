/**
 * Opens every article of a folder in the real renderer (the Chromium harness, wired to the real engine)
 * and records, per file, anything a snapshot managed to do: run script (the canary window.__xss, a
 * dialog), make a request, trip the CSP, or break the page. It also clicks every link of every article:
 * links may only ever reach the system browser through main, and only as http(s).
 */
import { chromium } from '@playwright/test'
import config from '../../playwright.config'
import { Harness } from '../harness/harness'

export interface AuditResult {
  relativePath: string
  opened: boolean
  /** Why the file could not be shown as an article (not a failure of the audit). */
  unreadable: string | null
  scriptsRan: string[]
  requests: string[]
  cspViolations: string[]
  renderErrors: string[]
  externalOpens: string[]
}

export function isClean(result: AuditResult): boolean {
  return (
    result.scriptsRan.length === 0 &&
    result.requests.length === 0 &&
    result.cspViolations.length === 0 &&
    result.renderErrors.length === 0 &&
    result.externalOpens.every((url) => /^https?:\/\//.test(url))
  )
}

const WATCH = `
  window.__auditCsp = []
  document.addEventListener('securitypolicyviolation', (e) => window.__auditCsp.push(e.violatedDirective + ' ' + e.blockedURI))
`

export interface AuditOptions {
  onResult?(result: AuditResult): void
  /** Click every link of every article (default on). */
  clickLinks?: boolean
}

export async function auditFolder(folder: string, options: AuditOptions = {}): Promise<AuditResult[]> {
  const { onResult, clickLinks = true } = options
  const browser = await chromium.launch(config.use?.launchOptions)
  const results: AuditResult[] = []
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 820 } })
    const dialogs: string[] = []
    const pageErrors: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`)
      void dialog.dismiss()
    })
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await page.addInitScript({ content: WATCH })
    const harness = await Harness.open(page, { folder })
    const { library } = harness

    for (const problem of library.listProblems()) {
      const result: AuditResult = {
        relativePath: problem.relativePath,
        opened: false,
        unreadable: problem.message,
        scriptsRan: [],
        requests: [],
        cspViolations: [],
        renderErrors: [],
        externalOpens: [],
      }
      results.push(result)
      onResult?.(result)
    }

    for (const { id, relativePath } of library.allArticles()) {
      const requestsBefore = harness.blockedRequests.length
      const opensBefore = harness.openedExternally.length
      dialogs.length = 0
      pageErrors.length = 0
      await page.evaluate((hash) => (window.location.hash = hash), `#article=${id}`)
      const article = page.locator(`[data-article-id="${id}"]`)
      let opened = true
      try {
        await article.first().waitFor({ timeout: 10_000 })
      } catch {
        opened = false
      }
      // Every link, clicked: the app must route it through main, which opens only http(s).
      if (clickLinks) {
        for (const link of await page.locator(`[data-article-id="${id}"] a`).all())
          await link.click({ timeout: 2_000 }).catch(() => undefined)
      }
      await page.waitForTimeout(20)
      const state = await page.evaluate(async () => {
        const w = window as unknown as {
          __xss?: unknown
          __auditCsp: string[]
          snapshotReader: { getLibraryState(): Promise<{ phase: string }> }
        }
        const csp = [...w.__auditCsp]
        w.__auditCsp.length = 0
        // The app still answers: the bridge round-trips to main.
        const phase = (await w.snapshotReader.getLibraryState()).phase
        return { canary: w.__xss !== undefined, csp, phase }
      })
      const result: AuditResult = {
        relativePath,
        opened,
        unreadable: null,
        scriptsRan: [...(state.canary ? ['canary window.__xss was set'] : []), ...dialogs],
        requests: harness.blockedRequests.slice(requestsBefore),
        cspViolations: state.csp,
        renderErrors: [
          ...pageErrors,
          ...(opened ? [] : ['the article did not render']),
          ...(state.phase === 'ready' ? [] : [`library ${state.phase}`]),
        ],
        externalOpens: harness.openedExternally.slice(opensBefore),
      }
      results.push(result)
      onResult?.(result)
      if (state.canary) await page.evaluate(() => delete (window as unknown as { __xss?: unknown }).__xss)
    }
  } finally {
    await browser.close()
  }
  return results
}
