/**
 * Runs in the page before the app, in place of the preload: the same API factory, with a transport over
 * Playwright bindings instead of Electron IPC. It captures the binding and removes it from the window,
 * so the page sees only `window.snapshotReader`, as in the app.
 */
import { API_GLOBAL, createApi, type Transport } from '../../preload/api'
import { HARNESS_DELIVER, HARNESS_DROP_PATH, HARNESS_INVOKE } from './protocol'

type Invoke = (channel: string, args: unknown[]) => Promise<unknown>
const globals = window as unknown as Record<string, unknown>
const invoke = globals[HARNESS_INVOKE] as Invoke
Reflect.deleteProperty(globals, HARNESS_INVOKE)

const listeners = new Map<string, Set<(payload: unknown) => void>>()
/** Synthetic drops carry no path: the test says which path a dropped file's name stands for. */
const dropPaths = new Map<string, string>()
Object.defineProperty(window, HARNESS_DELIVER, {
  value: (channel: string, payload: unknown) => {
    if (channel === HARNESS_DROP_PATH) {
      const [name, path] = payload as [string, string]
      dropPaths.set(name, path)
      return
    }
    for (const listener of listeners.get(channel) ?? []) listener(payload)
  },
  enumerable: false,
})

const transport: Transport = {
  invoke: (channel, args) => invoke(channel, args),
  subscribe(channel, listener) {
    const set = listeners.get(channel) ?? new Set()
    set.add(listener)
    listeners.set(channel, set)
    return () => set.delete(listener)
  },
  pathForFile: (file) => dropPaths.get(file.name) ?? '',
}

Object.defineProperty(window, API_GLOBAL, {
  value: createApi(transport),
  enumerable: false,
  writable: false,
  configurable: false,
})
