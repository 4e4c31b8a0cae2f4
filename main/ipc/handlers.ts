/**
 * The contract's operations, implemented over the library engine. Electron-free: what needs Electron
 * (the folder dialog, the system browser) is passed in, so the browser test harness runs these very
 * handlers with its own stand-ins.
 */
import { stat } from 'node:fs/promises'
import path from 'node:path'
import type { InvokeHandlers, LibraryState } from '../../common/ipc/contract'
import type { Library } from '../engine/library/library'
import { IpcRefusal } from './dispatch'
import { safeExternalUrl } from './external-url'

export interface HandlerDeps {
  library: Library
  /** The native folder picker; null when cancelled. */
  pickFolder(): Promise<string | null>
  /** Hands an already validated http(s) URL to the system browser. */
  openInBrowser(url: string): Promise<void>
  recentFolders(): string[]
  rememberFolder(folder: string): void
  startupNotices: readonly string[]
}

export function createHandlers(deps: HandlerDeps): InvokeHandlers {
  /** Starts the scan and answers at once: progress arrives as libraryState events. */
  const openFolder = async (folder: string): Promise<LibraryState> => {
    const resolved = path.resolve(folder)
    const info = await stat(resolved).catch(() => null)
    if (!info?.isDirectory())
      throw new IpcRefusal('not-found', `The folder ${resolved} does not exist or is not a folder.`)
    deps.rememberFolder(resolved)
    void deps.library.open(resolved)
    return deps.library.getState()
  }

  return {
    getLibraryState: async () => deps.library.getState(),
    openFolderDialog: async () => {
      const folder = await deps.pickFolder()
      return folder === null ? null : openFolder(folder)
    },
    openRecentFolder: async (folder) => {
      // A path from the page is only trusted if the user chose that folder before.
      if (!deps.recentFolders().includes(folder))
        throw new IpcRefusal('forbidden', 'Only folders you opened before can be reopened by path.')
      return openFolder(folder)
    },
    getRecentFolders: async () => deps.recentFolders(),
    listRows: async ({ offset, limit, filter }) => deps.library.listRows(offset, limit, filter),
    search: async ({ query, filter, offset, limit }) =>
      deps.library.search(query, filter ?? {}, offset, limit),
    related: async (id, limit) => deps.library.related(id, limit),
    facets: async () => deps.library.facets(),
    captures: async (id) => deps.library.captures(id),
    listProblems: async () => deps.library.listProblems(),
    getArticle: async (id) => {
      const result = await deps.library.getArticle(id)
      if (!result) throw new IpcRefusal('not-found', 'That article is not in the open folder.')
      return result
    },
    openExternal: async (raw) => {
      const url = safeExternalUrl(raw)
      if (!url)
        throw new IpcRefusal('forbidden', 'Only web addresses (http or https) can be opened in the browser.')
      await deps.openInBrowser(url)
      return true
    },
    getStartupNotices: async () => [...deps.startupNotices],
  }
}
