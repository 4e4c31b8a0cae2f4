/**
 * The app's lifecycle, written against the narrowed Electron API so that it can be tested with a fake.
 * Order matters and is tested: the app scheme is registered and the sandbox enabled synchronously,
 * before `ready`; everything else happens once the app is ready.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { ImageCache } from '../engine/images/image-cache'
import { LibraryCache } from '../engine/library/cache'
import { Library } from '../engine/library/library'
import type { JobRunner } from '../engine/library/worker-pool'
import { createHandlers } from '../ipc/handlers'
import { folderFromArgv } from './cli-args'
import { APP_ORIGIN } from './csp'
import type { BrowserWindowLike, ElectronMain } from './electron-api'
import { originOf, registerIpc, sendEvent } from './ipc'
import { applicationMenuTemplate } from './menu'
import { handleAppScheme, registerAppScheme } from './protocol'
import { hardenSession, hardenWebContents } from './security'
import type { Settings } from './settings'
import { createMainWindow } from './window'

export interface BootstrapEnv {
  argv: readonly string[]
  preloadPath: string
  rendererDir: string
  /** The bundled sample snapshots, opened on a first start with nothing else to open. */
  samplesDir: string
  /** Set by electron-vite in development only. */
  devServerUrl: string | null
  openSettings(userDataDir: string): Settings
  /** The parse workers (in-thread in tests). */
  createRunner(): JobRunner
}

export function bootstrap(electron: ElectronMain, env: BootstrapEnv): void {
  const { app } = electron
  registerAppScheme(electron.protocol)
  app.enableSandbox()
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents))
  app.on('window-all-closed', () => app.quit())
  void app.whenReady().then(() => start(electron, env))
}

function start(electron: ElectronMain, env: BootstrapEnv): void {
  const { app, BrowserWindow, clipboard, dialog, ipcMain, Menu, protocol, session, shell } = electron
  // Images are fetched by main (Node's fetch, outside the session that refuses every web request), only
  // for articles whose images the user asked for, and kept here for offline reading.
  const images = new ImageCache(path.join(app.getPath('userData'), 'image-cache'))
  handleAppScheme(protocol, env.rendererDir, images)
  hardenSession(session.defaultSession, env.devServerUrl ? originOf(env.devServerUrl) : null)

  const settings = env.openSettings(app.getPath('userData'))
  const library = new Library({
    runner: env.createRunner(),
    cache: new LibraryCache(path.join(app.getPath('userData'), 'library-cache')),
  })
  app.on('will-quit', () => void library.dispose())
  let window: BrowserWindowLike | null = null
  library.onState((state) => sendEvent(window?.webContents ?? null, 'libraryState', state))

  const handlers = createHandlers({
    library,
    pickFolder: async () => {
      const result = await dialog.showOpenDialog({
        title: 'Open a folder of snapshots',
        properties: ['openDirectory'],
      })
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    openInBrowser: (url) => shell.openExternal(url),
    writeClipboard: (text) => clipboard.writeText(text),
    showInFolder: (file) => shell.showItemInFolder(file),
    recentFolders: () => settings.recentFolders(),
    rememberFolder: (folder) => {
      settings.rememberFolder(folder)
      installMenu()
    },
    startupNotices: settings.notice ? [`${settings.notice.message} (${settings.notice.backupPath})`] : [],
    userState: settings,
    images,
  })
  const report = (error: unknown): void =>
    sendEvent(window?.webContents ?? null, 'libraryState', {
      ...library.getState(),
      message: error instanceof Error ? error.message : String(error),
    })
  function installMenu(): void {
    const template = applicationMenuTemplate(
      {
        openFolder: () => void handlers.openFolderDialog().catch(report),
        openRecent: (folder) => void handlers.openRecentFolder(folder).catch(report),
        send: (command) => sendEvent(window?.webContents ?? null, 'menuCommand', command),
      },
      { platform: process.platform, recentFolders: settings.recentFolders(), isPackaged: app.isPackaged },
    )
    Menu.setApplicationMenu(Menu.buildFromTemplate(template))
  }
  installMenu()

  const origins = [APP_ORIGIN, ...(env.devServerUrl ? [originOf(env.devServerUrl)] : [])]
  registerIpc(ipcMain, handlers, origins)

  window = createMainWindow(BrowserWindow, {
    preload: env.preloadPath,
    url: env.devServerUrl ?? `${APP_ORIGIN}/index.html`,
    bounds: settings.get('windowBounds'),
  })
  const opened = window
  opened.on('close', () => settings.set('windowBounds', opened.getBounds()))

  const fromArgs = folderFromArgv(env.argv, app.isPackaged)
  const last = settings.get('lastFolder')
  if (fromArgs) {
    settings.rememberFolder(fromArgs)
    installMenu()
  }
  const initial = fromArgs ?? (last && existsSync(last) ? last : env.samplesDir)
  void library.open(initial)

  app.on('second-instance', (_event, argv) => {
    const folder = folderFromArgv(argv, app.isPackaged)
    if (folder) {
      settings.rememberFolder(folder)
      installMenu()
      void library.open(folder)
    }
  })
}
