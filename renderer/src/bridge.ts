/** The preload's API, as the page sees it. Types only come from the preload: nothing of Electron is here. */
import { API_GLOBAL, type SnapshotReaderApi } from '../../preload/api'

export function bridge(): SnapshotReaderApi {
  const api = (window as unknown as Record<string, SnapshotReaderApi | undefined>)[API_GLOBAL]
  if (!api) throw new Error('The Snapshot Reader bridge is missing: the page was not opened by the app.')
  return api
}

export function errorMessage(error: unknown): string {
  return error instanceof Error
    ? error.message.replace(/^Error invoking remote method '[^']+': (?:\w*Error: )?/, '')
    : String(error)
}
