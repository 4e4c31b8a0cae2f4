/**
 * The browser test harness: the built renderer in Debian's Chromium, wired to the real main-side
 * handlers and engine running in this Node process. Only the transport differs from the app: Playwright
 * bindings instead of Electron IPC. Every request that is not the app's own is recorded and refused,
 * which is how the tests prove the renderer stays offline.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Page, Request } from '@playwright/test'
import type { MenuCommand } from '../../common/ipc/contract'
import { eventChannel, type EventName } from '../../common/ipc/names'
import { resolveAppRequest } from '../../main/app/app-assets'
import type { Settings } from '../../main/app/settings'
import { ImageCache } from '../../main/engine/images/image-cache'
import { Library } from '../../main/engine/library/library'
import { openSettingsIn } from '../../main/test/settings'
import { dispatch, isInvokeName } from '../../main/ipc/dispatch'
import { createHandlers } from '../../main/ipc/handlers'
import { bridgeScript } from './bridge-bundle'
import { HARNESS_DELIVER, HARNESS_DROP_PATH, HARNESS_INVOKE, HARNESS_ORIGIN } from './protocol'

export const ROOT = path.resolve(import.meta.dirname, '../..')
export const RENDERER_DIR = path.join(ROOT, 'out', 'renderer')

export interface HarnessOptions {
  /** The folder opened at start, as the app opens the samples or the command-line folder. */
  folder: string | null
  /** What the native folder dialog answers (null: cancelled). */
  dialogAnswer?: string | null
  recentFolders?: string[]
  /** An engine to drive instead of a fresh one (the benchmark passes one that is already warm). */
  library?: Library
  /**
   * Where the settings file (preferences, reading state) and the image cache live, as the app's
   * user-data folder; pass the same folder again to "restart" the app. A fresh one by default.
   */
  userDataDir?: string
}

export class Harness {
  readonly library: Library
  /** Requests the page tried to make to anything but the app's own origin. */
  readonly blockedRequests: string[] = []
  readonly openedExternally: string[] = []
  readonly copied: string[] = []
  readonly revealed: string[] = []
  readonly consoleErrors: string[] = []
  /** The real settings module over electron-store's core, in this harness's user-data folder. */
  readonly settings: Settings
  readonly images: ImageCache
  readonly userDataDir: string
  /** The library revision at the page's latest request for rows. */
  private rowsRevision = -1
  dialogAnswer: string | null
  recentFolders: string[]

  private constructor(
    readonly page: Page,
    options: HarnessOptions,
  ) {
    this.dialogAnswer = options.dialogAnswer ?? null
    this.recentFolders = options.recentFolders ?? []
    this.library = options.library ?? new Library({ watch: false })
    this.userDataDir = options.userDataDir ?? mkdtempSync(path.join(tmpdir(), 'harness-user-data-'))
    this.settings = openSettingsIn(this.userDataDir)
    this.images = new ImageCache(path.join(this.userDataDir, 'image-cache'))
  }

  /**
   * Waits until the page has asked for the rows of the library's current revision and painted them.
   * A cold open lists files from their headers first and replaces those rows as the parse lands; a
   * test that clicks a row must not race that.
   */
  async settled(): Promise<void> {
    const deadline = Date.now() + 5000
    while (
      this.library.getState().total > 0 &&
      this.rowsRevision !== this.library.getState().revision &&
      Date.now() < deadline
    )
      await new Promise((resolve) => setTimeout(resolve, 20))
    await this.page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    )
  }

  /** What the application menu would send. */
  async menuCommand(command: MenuCommand): Promise<void> {
    await this.deliver(eventChannel('menuCommand'), command)
  }

  /** Makes a synthetic drop of a file called `name` stand for the folder at `folder`. */
  async setDropPath(name: string, folder: string): Promise<void> {
    await this.deliver(HARNESS_DROP_PATH, [name, folder])
  }

  private async deliver(channel: string, payload: unknown): Promise<void> {
    await this.page.evaluate(
      ([deliver, name, value]) =>
        (window as unknown as Record<string, (c: string, p: unknown) => void>)[deliver]?.(name, value),
      [HARNESS_DELIVER, channel, payload] as const,
    )
  }

  private emit(name: EventName, payload: unknown): void {
    void this.deliver(eventChannel(name), payload).catch(() => undefined)
  }

  static async open(page: Page, options: HarnessOptions): Promise<Harness> {
    const harness = new Harness(page, options)
    await harness.wire()
    if (options.folder) harness.rememberFolder(options.folder)
    const opened = options.folder ? harness.library.open(options.folder) : Promise.resolve()
    await page.goto(`${HARNESS_ORIGIN}/index.html`)
    await opened
    await harness.settled()
    return harness
  }

  private rememberFolder(folder: string): void {
    this.recentFolders = [folder, ...this.recentFolders.filter((f) => f !== folder)]
  }

  private async wire(): Promise<void> {
    const { page, library } = this
    const handlers = createHandlers({
      library,
      pickFolder: async () => this.dialogAnswer,
      openInBrowser: async (url) => void this.openedExternally.push(url),
      writeClipboard: (text) => void this.copied.push(text),
      showInFolder: (file) => void this.revealed.push(file),
      recentFolders: () => this.recentFolders,
      rememberFolder: (folder) => this.rememberFolder(folder),
      startupNotices: [],
      userState: this.settings,
      images: this.images,
    })
    await page.exposeBinding(HARNESS_INVOKE, async (_source, channel: string, args: unknown[]) => {
      const name = channel.replace(/^snapshot-reader:invoke:/, '')
      if (!isInvokeName(name))
        return { ok: false, error: { code: 'forbidden', message: `Unknown channel ${channel}` } }
      if (name === 'listRows') this.rowsRevision = library.getState().revision
      return dispatch(handlers, name, args)
    })
    await page.addInitScript({ content: await bridgeScript() })
    library.onState((state) => this.emit('libraryState', state))
    page.on('console', (message) => {
      if (message.type() === 'error') this.consoleErrors.push(message.text())
    })
    await page.route('**/*', async (route) => {
      const url = route.request().url()
      if (!url.startsWith(`${HARNESS_ORIGIN}/`)) {
        this.blockedRequests.push(url)
        return route.abort('blockedbyclient')
      }
      const asset = await resolveAppRequest(url, RENDERER_DIR, this.images)
      return route.fulfill({ status: asset.status, headers: asset.headers, body: Buffer.from(asset.body) })
    })
    page.on('request', (request: Request) => {
      const url = request.url()
      if (
        !url.startsWith(`${HARNESS_ORIGIN}/`) &&
        !url.startsWith('data:') &&
        !this.blockedRequests.includes(url)
      )
        this.blockedRequests.push(url)
    })
  }
}
