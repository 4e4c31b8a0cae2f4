/**
 * Electron's security checklist, applied to every web contents and the session (the window's web
 * preferences are in window.ts): what every web contents may do (nothing: no navigation, no new windows, no webviews) and what the session may do
 * (no permissions, no network).
 */
import type { SessionLike, WebContentsLike } from './electron-api'

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
