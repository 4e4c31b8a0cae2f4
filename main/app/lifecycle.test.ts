// The app's Electron glue, run against a typed fake of Electron (no binary runs here): the security
// checklist items it installs, and their order relative to `ready`.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { INVOKE_NAMES, eventChannel, invokeChannel, type Envelope } from '../../common/ipc/names'
import { FakeElectron, FakeWindow } from '../test/fake-electron'
import { SAMPLES } from '../test/fixtures'
import { APP_ORIGIN, CONTENT_SECURITY_POLICY } from './csp'
import type { MenuItemConstructorOptions } from 'electron'
import { bootstrap, type BootstrapEnv } from './lifecycle'
import { Settings, type ConfLike } from './settings'
import { inThreadRunner } from '../engine/library/worker-pool'

class MemoryConf implements ConfLike {
  store: Record<string, unknown> = {}
  set(key: string, value: unknown): void {
    this.store = { ...this.store, [key]: value }
  }
  delete(key: string): void {
    this.store = Object.fromEntries(Object.entries(this.store).filter(([k]) => k !== key))
  }
}

function makeEnv(argv: string[] = ['electron', '.']): BootstrapEnv {
  const rendererDir = mkdtempSync(path.join(tmpdir(), 'renderer-'))
  writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>x</title>')
  mkdirSync(path.join(rendererDir, 'assets'))
  writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)')
  return {
    argv,
    preloadPath: '/app/out/preload/index.cjs',
    rendererDir,
    samplesDir: SAMPLES,
    devServerUrl: null,
    openSettings: () =>
      new Settings(new MemoryConf(), { file: path.join(rendererDir, 'settings.json'), rescued: null }),
    createRunner: inThreadRunner,
  }
}

const appFrame = { senderFrame: { url: `${APP_ORIGIN}/index.html`, parent: null } }

async function invoke(
  fake: FakeElectron,
  name: string,
  event: unknown,
  ...args: unknown[]
): Promise<Envelope<unknown>> {
  const handler = fake.ipcHandlers.get(invokeChannel(name as (typeof INVOKE_NAMES)[number]))
  if (!handler) throw new Error(`no handler for ${name}`)
  return (await handler(event as typeof appFrame, ...args)) as Envelope<unknown>
}

describe('bootstrap', () => {
  let fake: FakeElectron
  beforeEach(() => {
    fake = new FakeElectron()
    FakeWindow.created = []
  })

  it('registers the privileged app scheme and enables the sandbox before the app is ready', async () => {
    bootstrap(fake, makeEnv())
    const before = [...fake.calls]
    expect(before.indexOf('protocol.registerSchemesAsPrivileged')).toBeGreaterThanOrEqual(0)
    expect(before.indexOf('protocol.registerSchemesAsPrivileged')).toBeLessThan(
      before.indexOf('app.whenReady'),
    )
    expect(before).toContain('app.enableSandbox')
    expect(before.some((c) => c.startsWith('protocol.handle'))).toBe(false)
    expect(fake.privilegedSchemes).toEqual([
      {
        scheme: 'app',
        privileges: {
          standard: true,
          secure: true,
          supportFetchAPI: false,
          corsEnabled: false,
          stream: false,
        },
      },
    ])
    await fake.becomeReady()
    expect(fake.calls.indexOf('protocol.handle:app')).toBeGreaterThan(fake.calls.indexOf('ready'))
  })

  it('creates the window with the secure preferences and loads the app scheme, not file://', async () => {
    bootstrap(fake, makeEnv())
    await fake.becomeReady()
    const [window] = FakeWindow.created
    expect(window?.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      preload: '/app/out/preload/index.cjs',
    })
    expect(window?.options.webPreferences).not.toHaveProperty('enableBlinkFeatures')
    expect(window?.loadedUrl).toBe('app://snapshot-reader/index.html')
    expect(window?.shown).toBe(false)
    window?.emit('ready-to-show')
    expect(window?.shown).toBe(true)
  })

  it('denies navigation, redirects, webviews and new windows in every web contents', () => {
    bootstrap(fake, makeEnv())
    const contents = new FakeWindow({}).webContents
    fake.emitApp('web-contents-created', {}, contents)
    expect(contents.emitPreventable('will-navigate', 'https://evil.example/')).toBe(true)
    expect(contents.emitPreventable('will-redirect', 'https://evil.example/')).toBe(true)
    expect(contents.emitPreventable('will-attach-webview')).toBe(true)
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' } as never)).toEqual({ action: 'deny' })
  })

  it('grants no permission and lets no request leave for the web', async () => {
    bootstrap(fake, makeEnv())
    await fake.becomeReady()
    let granted: boolean | null = null
    ;(fake.permissionRequest as unknown as (w: unknown, p: string, cb: (g: boolean) => void) => void)(
      {},
      'media',
      (g) => (granted = g),
    )
    expect(granted).toBe(false)
    expect((fake.permissionCheck as unknown as (w: unknown, p: string) => boolean)({}, 'notifications')).toBe(
      false,
    )
    const decide = (url: string): boolean | undefined => {
      let cancel: boolean | undefined
      fake.beforeRequest?.({ url }, (response) => (cancel = response.cancel))
      return cancel
    }
    expect(decide('https://ichef.bbci.co.uk/news/640/a.jpg')).toBe(true)
    expect(decide('http://127.0.0.1:8080/')).toBe(true)
    expect(decide('wss://tracker.example/')).toBe(true)
    expect(decide('app://snapshot-reader/index.html')).toBe(false)
  })

  it('serves the renderer with the CSP header, and nothing outside it', async () => {
    bootstrap(fake, makeEnv())
    await fake.becomeReady()
    const handler = fake.protocolHandler
    if (!handler) throw new Error('no protocol handler')
    const index = await handler(new Request('app://snapshot-reader/index.html'))
    expect(index.status).toBe(200)
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(index.headers.get('content-type')).toMatch(/^text\/html/)
    expect((await handler(new Request('app://snapshot-reader/assets/app.js'))).status).toBe(200)
    expect((await handler(new Request('app://snapshot-reader/..%2f..%2fetc%2fpasswd'))).status).toBe(404)
    expect((await handler(new Request('app://other-host/index.html'))).status).toBe(404)
  })

  it('registers every contract operation, and answers only the app’s own top frame', async () => {
    bootstrap(fake, makeEnv())
    await fake.becomeReady()
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(INVOKE_NAMES.map(invokeChannel).sort())

    const ok = await invoke(fake, 'getLibraryState', appFrame)
    expect(ok.ok).toBe(true)
    const subframe = await invoke(fake, 'getLibraryState', {
      senderFrame: { url: `${APP_ORIGIN}/index.html`, parent: {} },
    })
    expect(subframe).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    const foreign = await invoke(fake, 'getLibraryState', {
      senderFrame: { url: 'https://evil.example/', parent: null },
    })
    expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    const gone = await invoke(fake, 'getLibraryState', { senderFrame: null })
    expect(gone).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    const badArgs = await invoke(fake, 'listRows', appFrame, { offset: -1, limit: 10 })
    expect(badArgs).toMatchObject({ ok: false, error: { code: 'invalid-arguments' } })
  })

  it('opens the bundled samples on a first start and pushes library events to the window', async () => {
    bootstrap(fake, makeEnv())
    await fake.becomeReady()
    const window = FakeWindow.created[0]
    await expect
      .poll(
        async () =>
          ((await invoke(fake, 'getLibraryState', appFrame)) as { value: { phase: string } }).value.phase,
      )
      .toBe('ready')
    const state = (
      (await invoke(fake, 'getLibraryState', appFrame)) as { value: { folder: string; total: number } }
    ).value
    expect(state.folder).toBe(SAMPLES)
    expect(state.total).toBe(10)
    expect(window?.webContents.sent.some((m) => m.channel === eventChannel('libraryState'))).toBe(true)
  })

  it('opens the folder given on the command line instead', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'cli-folder-'))
    bootstrap(fake, makeEnv(['electron', '.', '--folder', folder]))
    await fake.becomeReady()
    const state = ((await invoke(fake, 'getLibraryState', appFrame)) as { value: { folder: string } }).value
    expect(state.folder).toBe(folder)
    const recent = (await invoke(fake, 'getRecentFolders', appFrame)) as { value: string[] }
    expect(recent.value).toEqual([folder])
  })

  it('installs an application menu with the standard roles, whose commands reach main or the page', async () => {
    bootstrap(fake, makeEnv())
    await fake.becomeReady()
    const menu = fake.menuTemplate ?? []
    const labels = menu.map((item) => item.label ?? item.role)
    expect(labels).toEqual(
      process.platform === 'darwin'
        ? ['appMenu', '&File', 'editMenu', '&View', 'windowMenu', 'help']
        : ['&File', 'editMenu', '&View', 'windowMenu', 'help'],
    )
    const items = (label: string): MenuItemConstructorOptions[] =>
      ((fake.menuTemplate ?? []).find((item) => (item.label ?? item.role) === label)?.submenu ??
        []) as MenuItemConstructorOptions[]
    const click = (item: MenuItemConstructorOptions | undefined): void =>
      (item?.click as (() => void) | undefined)?.()
    expect(
      items('&View')
        .map((item) => item.role)
        .filter(Boolean),
    ).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']))
    // A page command goes to the window as an event.
    click(items('help').find((item) => item.label === 'Keyboard Shortcuts'))
    const window = FakeWindow.created[0]
    expect(window?.webContents.sent).toContainEqual({
      channel: eventChannel('menuCommand'),
      args: ['showShortcuts'],
    })
    // Open Folder… runs the native dialog in main; the folder then shows under Open Recent.
    const folder = mkdtempSync(path.join(tmpdir(), 'menu-folder-'))
    fake.dialogAnswer = folder
    click(items('&File').find((item) => item.label === 'Open Folder…'))
    await expect.poll(() => fake.menuTemplate && JSON.stringify(fake.menuTemplate)).toContain(folder)
    const recent = (items('&File').find((item) => item.label === 'Open Recent')?.submenu ??
      []) as MenuItemConstructorOptions[]
    expect(recent.map((item) => item.label)).toEqual([folder])
  })

  it('quits at once when another instance already runs', () => {
    fake.app.requestSingleInstanceLock = () => false
    bootstrap(fake, makeEnv())
    expect(fake.calls).toContain('app.quit')
    expect(fake.calls).not.toContain('app.whenReady')
  })
})
