/**
 * A recording fake of the part of Electron the glue uses (app/electron-api.ts). Typed against the same
 * interfaces the real module is checked against, so a change of shape breaks these tests at compile time.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type {
  BrowserWindowConstructorOptions,
  HandlerDetails,
  MenuItemConstructorOptions,
  OpenDialogOptions,
  WindowOpenHandlerResponse,
} from 'electron'
import type {
  AppLike,
  BrowserWindowLike,
  ElectronMain,
  InvokeEventLike,
  IpcMainLike,
  MenuApiLike,
  ProtocolLike,
  SessionLike,
  WebContentsLike,
} from '../app/electron-api'

type Listener = (...args: never[]) => unknown

export class FakeWebContents implements WebContentsLike {
  readonly listeners = new Map<string, Listener[]>()
  readonly sent: { channel: string; args: unknown[] }[] = []
  windowOpenHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null

  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler
  }
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args })
  }
  isDestroyed(): boolean {
    return false
  }
  /** Emits a cancellable event the way Electron does and says whether a listener prevented it. */
  emitPreventable(event: string, ...args: unknown[]): boolean {
    let prevented = false
    const e = { preventDefault: () => void (prevented = true) }
    for (const listener of this.listeners.get(event) ?? [])
      (listener as (...a: unknown[]) => void)(e, ...args)
    return prevented
  }
}

export class FakeWindow implements BrowserWindowLike {
  static created: FakeWindow[] = []
  readonly webContents = new FakeWebContents()
  loadedUrl: string | null = null
  shown = false
  private readonly listeners = new Map<string, (() => void)[]>()

  constructor(readonly options: BrowserWindowConstructorOptions) {
    FakeWindow.created.push(this)
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url
  }
  once(event: string, listener: () => void): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }
  on(event: string, listener: () => void): this {
    return this.once(event, listener)
  }
  emit(event: string): void {
    for (const listener of this.listeners.get(event) ?? []) listener()
  }
  show(): void {
    this.shown = true
  }
  getBounds(): { x: number; y: number; width: number; height: number } {
    return { x: 10, y: 20, width: 1000, height: 700 }
  }
}

export class FakeElectron implements ElectronMain {
  /** Every call in order, so tests can assert what happened before `ready`. */
  readonly calls: string[] = []
  readonly ipcHandlers = new Map<string, (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>>()
  protocolHandler: ((request: Request) => Response | Promise<Response>) | null = null
  permissionRequest: ((...args: never[]) => void) | null = null
  permissionCheck: ((...args: never[]) => boolean) | null = null
  beforeRequest:
    ((details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void) | null = null
  privilegedSchemes: unknown[] = []
  readonly opened: string[] = []
  /** A fresh user-data folder per fake, so no test sees another's settings or cache. */
  readonly userData = mkdtempSync(path.join(tmpdir(), 'user-data-'))
  private resolveReady: () => void = () => undefined
  private readonly ready = new Promise<void>((resolve) => (this.resolveReady = resolve))
  private readonly appListeners = new Map<string, Listener[]>()

  readonly app: AppLike = {
    isPackaged: false,
    enableSandbox: () => void this.calls.push('app.enableSandbox'),
    whenReady: () => {
      this.calls.push('app.whenReady')
      return this.ready
    },
    requestSingleInstanceLock: () => true,
    getPath: () => this.userData,
    getAppPath: () => '/app',
    quit: () => void this.calls.push('app.quit'),
    on: (event: string, listener: Listener) => {
      this.calls.push(`app.on:${event}`)
      this.appListeners.set(event, [...(this.appListeners.get(event) ?? []), listener])
      return this.app
    },
  }

  readonly protocol: ProtocolLike = {
    registerSchemesAsPrivileged: (schemes) => {
      this.calls.push('protocol.registerSchemesAsPrivileged')
      this.privilegedSchemes = schemes
    },
    handle: (scheme, handler) => {
      this.calls.push(`protocol.handle:${scheme}`)
      this.protocolHandler = handler
    },
  }

  readonly session: { defaultSession: SessionLike } = {
    defaultSession: {
      setPermissionRequestHandler: ((handler: ((...args: never[]) => void) | null) => {
        this.permissionRequest = handler
      }) as SessionLike['setPermissionRequestHandler'],
      setPermissionCheckHandler: ((handler: ((...args: never[]) => boolean) | null) => {
        this.permissionCheck = handler
      }) as SessionLike['setPermissionCheckHandler'],
      webRequest: {
        onBeforeRequest: ((_filter: unknown, listener: FakeElectron['beforeRequest']) => {
          this.beforeRequest = listener
        }) as SessionLike['webRequest']['onBeforeRequest'],
      },
    },
  }

  readonly BrowserWindow = FakeWindow

  readonly ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      this.ipcHandlers.set(channel, listener)
    },
  }

  /** The template of the application menu last installed. */
  menuTemplate: MenuItemConstructorOptions[] | null = null
  readonly Menu: MenuApiLike = {
    buildFromTemplate: (template) => ({ template }),
    setApplicationMenu: (menu) => {
      this.calls.push('Menu.setApplicationMenu')
      this.menuTemplate = (menu as { template: MenuItemConstructorOptions[] } | null)?.template ?? null
    },
  }

  dialogAnswer: string | null = null
  readonly dialog = {
    showOpenDialog: async (_options: OpenDialogOptions) => ({
      canceled: this.dialogAnswer === null,
      filePaths: this.dialogAnswer ? [this.dialogAnswer] : [],
    }),
  }

  readonly revealed: string[] = []
  readonly copied: string[] = []
  readonly shell = {
    openExternal: async (url: string) => void this.opened.push(url),
    showItemInFolder: (file: string) => void this.revealed.push(file),
  }
  readonly clipboard = { writeText: (text: string) => void this.copied.push(text) }

  /** Fires `ready` and waits for the work scheduled on it. */
  async becomeReady(): Promise<void> {
    this.calls.push('ready')
    this.resolveReady()
    await this.ready
    await new Promise((resolve) => setTimeout(resolve, 0))
  }

  emitApp(event: string, ...args: unknown[]): void {
    for (const listener of this.appListeners.get(event) ?? [])
      (listener as (...a: unknown[]) => void)(...args)
  }
}
