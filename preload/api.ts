/**
 * The bridge's API factory. Given a transport, it builds the one object the page sees: a named method
 * per operation and an `on.<event>` subscription per event, each returning an unsubscribe function. The
 * real preload passes Electron's ipcRenderer; the browser test harness passes Playwright bindings. No
 * generic invoke/send, and nothing of the transport, reaches the page.
 */
import {
  EVENT_NAMES,
  INVOKE_NAMES,
  eventChannel,
  invokeChannel,
  type Envelope,
  type EventName,
  type InvokeName,
} from '../common/ipc/names'
import type { EventPayload, InvokeArgs, InvokeResult } from '../common/ipc/contract'

export interface Transport {
  invoke(channel: string, args: unknown[]): Promise<unknown>
  subscribe(channel: string, listener: (payload: unknown) => void): () => void
  /** The path of a file or folder dropped on the window ('' when it has none); webUtils in the app. */
  pathForFile(file: File): string
}

export type SnapshotReaderApi = {
  readonly [K in InvokeName]: (...args: InvokeArgs<K>) => Promise<InvokeResult<K>>
} & {
  readonly on: { readonly [K in EventName]: (listener: (payload: EventPayload<K>) => void) => () => void }
  /** Where a dropped file or folder lives on disk, to hand to openDroppedFolder ('' when unknown). */
  readonly pathForFile: (file: File) => string
}

/** The global name under which the bridge is exposed to the page. */
export const API_GLOBAL = 'snapshotReader'

/** Raised in the page when main refuses or fails an operation; `code` says which. */
export class BridgeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'BridgeError'
  }
}

export function createApi(transport: Transport): SnapshotReaderApi {
  const api: Record<string, unknown> = {}
  for (const name of INVOKE_NAMES) {
    const channel = invokeChannel(name)
    api[name] = async (...args: unknown[]): Promise<unknown> => {
      const envelope = (await transport.invoke(channel, args)) as Envelope<unknown>
      if (envelope.ok) return envelope.value
      throw new BridgeError(envelope.error.code, envelope.error.message)
    }
  }
  const on: Record<string, unknown> = {}
  for (const name of EVENT_NAMES) {
    const channel = eventChannel(name)
    on[name] = (listener: (payload: unknown) => void): (() => void) => {
      if (typeof listener !== 'function') throw new TypeError('listener must be a function')
      return transport.subscribe(channel, (payload) => listener(payload))
    }
  }
  api['on'] = Object.freeze(on)
  api['pathForFile'] = (file: File): string => {
    if (!(file instanceof File)) throw new TypeError('pathForFile takes a dropped File')
    return transport.pathForFile(file)
  }
  return Object.freeze(api) as SnapshotReaderApi
}
