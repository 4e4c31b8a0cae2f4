/**
 * The part of Electron's main-process API that the app's glue uses, narrowed to what is called.
 * main.ts assigns the real `electron` module to this type, so the compiler checks that Electron really
 * has this shape; the unit tests implement it as a recording fake, since no Electron binary runs there.
 */
import type {
  BrowserWindowConstructorOptions,
  HandlerDetails,
  MenuItemConstructorOptions,
  OpenDialogOptions,
  OpenDialogReturnValue,
  Privileges,
  Session,
  WebRequest,
  WindowOpenHandlerResponse,
} from 'electron'

export interface WebContentsLike {
  on(
    event: 'will-navigate' | 'will-redirect',
    listener: (event: { preventDefault(): void }, url: string) => void,
  ): unknown
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void
  send(channel: string, ...args: unknown[]): void
  isDestroyed(): boolean
}

export interface BrowserWindowLike {
  readonly webContents: WebContentsLike
  loadURL(url: string): Promise<void>
  once(event: 'ready-to-show', listener: () => void): unknown
  on(event: 'close', listener: () => void): unknown
  show(): void
  getBounds(): { x: number; y: number; width: number; height: number }
}

export type BrowserWindowFactory = new (options: BrowserWindowConstructorOptions) => BrowserWindowLike

export interface SessionLike {
  setPermissionRequestHandler: Session['setPermissionRequestHandler']
  setPermissionCheckHandler: Session['setPermissionCheckHandler']
  readonly webRequest: Pick<WebRequest, 'onBeforeRequest'>
}

export interface ProtocolLike {
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges?: Privileges }[]): void
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void
}

export interface AppLike {
  readonly isPackaged: boolean
  enableSandbox(): void
  whenReady(): Promise<void>
  requestSingleInstanceLock(): boolean
  getPath(name: 'userData'): string
  getAppPath(): string
  quit(): void
  on(event: 'web-contents-created', listener: (event: unknown, contents: WebContentsLike) => void): unknown
  on(event: 'window-all-closed' | 'will-quit', listener: () => void): unknown
  on(
    event: 'second-instance',
    listener: (event: unknown, argv: string[], workingDirectory: string) => void,
  ): unknown
}

/** What the sender check reads of an invoke event: the frame that sent it. */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void
}

/** Method syntax on purpose: the real Menu type is accepted where `object` is declared. */
export interface MenuApiLike {
  buildFromTemplate(template: MenuItemConstructorOptions[]): object
  setApplicationMenu(menu: object | null): void
}

export interface ElectronMain {
  app: AppLike
  protocol: ProtocolLike
  session: { readonly defaultSession: SessionLike }
  BrowserWindow: BrowserWindowFactory
  ipcMain: IpcMainLike
  dialog: { showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue> }
  shell: { openExternal(url: string): Promise<void>; showItemInFolder(fullPath: string): void }
  clipboard: { writeText(text: string): void }
  Menu: MenuApiLike
}
