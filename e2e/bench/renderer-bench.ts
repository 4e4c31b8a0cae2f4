/**
 * The renderer's figures for the benchmark, in Debian's Chromium through the test harness: time from a
 * folder being chosen to its first rows painted, frames over 50 ms while scrolling the whole list, and
 * time from a click to the article painted.
 */
import { chromium } from '@playwright/test'
import config from '../../playwright.config'
import type { Library } from '../../main/engine/library/library'
import { Harness } from '../harness/harness'

export interface RendererFigures {
  firstRowsMs: number
  scrollFrames: number
  scrollLongFrames: number
  openArticleMs: number
}

export async function measureRenderer(library: Library, folder: string): Promise<RendererFigures> {
  const browser = await chromium.launch(config.use?.launchOptions)
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 820 } })
    await Harness.open(page, { folder: null, dialogAnswer: folder, library })
    const list = page.getByRole('listbox', { name: 'Articles' })
    const started = performance.now()
    await page.getByRole('button', { name: 'Open folder…' }).click()
    await list.locator('.row-title:not(.placeholder)').first().waitFor()
    const firstRowsMs = performance.now() - started
    await page.waitForFunction(() => !document.querySelector('.library-status progress'), undefined, {
      timeout: 600_000,
    })

    const frames = await page.evaluate(async () => {
      const scroller = document.querySelector('.library-list') as HTMLElement
      const durations: number[] = []
      const steps = 300
      let last = performance.now()
      for (let i = 1; i <= steps; i++) {
        scroller.scrollTop = (i / steps) * (scroller.scrollHeight - scroller.clientHeight)
        await new Promise((resolve) => requestAnimationFrame(resolve))
        const now = performance.now()
        durations.push(now - last)
        last = now
      }
      return durations
    })

    await list.evaluate((el) => (el.scrollTop = 0))
    const row = list.locator('.row-title:not(.placeholder)').nth(3)
    await row.waitFor()
    const clicked = performance.now()
    await row.click()
    await page.getByRole('article').getByRole('heading', { level: 1 }).waitFor()
    const openArticleMs = performance.now() - clicked
    return {
      firstRowsMs,
      scrollFrames: frames.length,
      scrollLongFrames: frames.filter((d) => d > 50).length,
      openArticleMs,
    }
  } finally {
    await browser.close()
  }
}
