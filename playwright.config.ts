import { defineConfig } from '@playwright/test'

/** Debian's Chromium: Playwright's own browser download cannot run on these machines. */
const chromium = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'

export default defineConfig({
  testDir: 'e2e',
  // Its own folder: Playwright empties it at start, and test-results/ also holds the unit report.
  outputDir: 'test-results/playwright',
  timeout: 60_000,
  workers: 2,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    viewport: { width: 1280, height: 820 },
    launchOptions: {
      executablePath: chromium,
      // Root on CI needs --no-sandbox; the rest keeps Chromium itself from calling home (the tests count requests).
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-dev-shm-usage',
      ],
    },
  },
  projects: [
    { name: 'chromium-harness', testMatch: 'specs/**/*.spec.ts' },
    { name: 'electron', testMatch: 'electron/**/*.spec.ts' },
  ],
})
