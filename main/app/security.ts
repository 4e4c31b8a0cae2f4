/**
 * Electron's security checklist, applied in one place: the window's web preferences, what every web
 * contents may do (nothing: no navigation, no new windows, no webviews) and what the session may do
 * (no permissions, no network).
 */
import type { BrowserWindowConstructorOptions } from 'electron'
import type { SessionLike, WebContentsLike } from './electron-api'

export function secureWebPreferences(
  preload: string,
): NonNullable<BrowserWindowConstructorOptions['webPreferences']> {
  return {
    preload,
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
    safeDialogs: true,
    spellcheck: false,
  }
}

/** Called for every web contents the app creates, before it loads anything. */
export function hardenWebContents(contents: WebContentsLike): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  // Links open in the system browser only through the bridge's openExternal, on the user's click.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

/**
 * No permission is ever granted, and no request to the web leaves the renderer: the app is offline by
 * default, whatever a snapshot contains. `allowedOrigin` lets the dev server through in development only.
 */
export function hardenSession(session: SessionLike, allowedOrigin: string | null = null): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    callback({ cancel: !isAppRequest(details.url, allowedOrigin) })
  })
}

function isAppRequest(url: string, allowedOrigin: string | null): boolean {
  if (url.startsWith('app://') || url.startsWith('devtools://') || url.startsWith('data:')) return true
  return allowedOrigin !== null && url.startsWith(allowedOrigin)
}
