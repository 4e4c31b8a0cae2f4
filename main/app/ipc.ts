/** Registers the contract's operations on ipcMain, each behind the sender check, and pushes events to a window. */
import type { EventPayload, InvokeHandlers } from '../../common/ipc/contract'
import { INVOKE_NAMES, eventChannel, invokeChannel, type EventName } from '../../common/ipc/names'
import { dispatch } from '../ipc/dispatch'
import type { InvokeEventLike, IpcMainLike, WebContentsLike } from './electron-api'

/** Only the app's own top frame, on the app's own origin, may call main. */
export function isTrustedSender(event: InvokeEventLike, allowedOrigins: readonly string[]): boolean {
  const frame = event.senderFrame
  if (!frame || frame.parent !== null) return false
  return allowedOrigins.includes(originOf(frame.url))
}

/** Scheme and host, spelled out: WHATWG URL reports an opaque "null" origin for custom schemes like app:. */
export function originOf(raw: string): string {
  try {
    const url = new URL(raw)
    return `${url.protocol}//${url.host}`
  } catch {
    return 'invalid:'
  }
}

export function registerIpc(
  ipcMain: IpcMainLike,
  handlers: InvokeHandlers,
  allowedOrigins: readonly string[],
): void {
  for (const name of INVOKE_NAMES) {
    ipcMain.handle(invokeChannel(name), async (event, ...args) => {
      if (!isTrustedSender(event, allowedOrigins)) {
        return {
          ok: false,
          error: { code: 'forbidden', message: `${name}: the caller is not the app's own page.` },
        }
      }
      return dispatch(handlers, name, args)
    })
  }
}

export function sendEvent<K extends EventName>(
  contents: WebContentsLike | null,
  name: K,
  payload: EventPayload<K>,
): void {
  if (contents && !contents.isDestroyed()) contents.send(eventChannel(name), payload)
}
