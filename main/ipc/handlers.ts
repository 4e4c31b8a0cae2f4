/**
 * The contract's operations, implemented over the library engine. Electron-free: what needs Electron
 * (the folder dialog, the system browser) is passed in, so the browser test harness runs these very
 * handlers with its own stand-ins.
 */
import { stat } from 'node:fs/promises'
import path from 'node:path'
import type { InvokeHandlers, LibraryState, ReadingState, Row } from '../../common/ipc/contract'
import type { Preferences, PreferencesPatch } from '../../common/preferences'
import { articleImageSources } from '../../common/remote-image'
import type { Library } from '../engine/library/library'
import { IpcRefusal } from './dispatch'
import { safeExternalUrl } from './external-url'

export interface HandlerDeps {
  library: Library
  /** The native folder picker; null when cancelled. */
  pickFolder(): Promise<string | null>
  /** Hands an already validated http(s) URL to the system browser. */
  openInBrowser(url: string): Promise<void>
  /** The system clipboard and file manager. */
  writeClipboard(text: string): void
  showInFolder(file: string): void
  recentFolders(): string[]
  rememberFolder(folder: string): void
  startupNotices: readonly string[]
  /** Preferences, and reading state by canonical URL: the settings store, in the app and the harness. */
  userState: UserState
  /** Which image URLs the image route may fetch. */
  images: { allow(urls: Iterable<string>): number }
}

export interface UserState {
  readingState(url: string): ReadingState
  setReadingState(url: string, state: ReadingState): void
  preferences(): Preferences
  setPreferences(patch: PreferencesPatch): Preferences
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

  /** Rows leave main with the user's reading state on them. */
  const withReading = (row: Row): Row => {
    if (!row.url) return row
    const { read, starred } = deps.userState.readingState(row.url)
    return { ...row, read, starred }
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
    listRows: async ({ offset, limit, filter }) => {
      const page = deps.library.listRows(offset, limit, filter)
      return { ...page, rows: page.rows.map(withReading) }
    },
    search: async ({ query, filter, offset, limit }) => {
      const page = deps.library.search(query, filter ?? {}, offset, limit)
      return { ...page, hits: page.hits.map((hit) => ({ ...hit, row: withReading(hit.row) })) }
    },
    related: async (id, limit) =>
      (await deps.library.related(id, limit)).map((match) => ({ ...match, row: withReading(match.row) })),
    facets: async () => deps.library.facets(),
    captures: async (id) => deps.library.captures(id).map(withReading),
    setReading: async ({ url, read, starred, scroll }) => {
      const current = deps.userState.readingState(url)
      if (read === undefined && starred === undefined && scroll === undefined) return current
      const next = {
        read: read ?? current.read,
        starred: starred ?? current.starred,
        scroll: scroll ?? current.scroll,
      }
      deps.userState.setReadingState(url, next)
      return next
    },
    getPreferences: async () => deps.userState.preferences(),
    setPreferences: async (patch) => deps.userState.setPreferences(patch),
    allowImages: async (id) => {
      const result = await deps.library.getArticle(id)
      if (!result) throw new IpcRefusal('not-found', 'That article is not in the open folder.')
      return result.ok ? deps.images.allow(articleImageSources(result.article)) : 0
    },
    openDroppedFolder: async (folder) => openFolder(folder),
    findByUrls: async (urls) => urls.map((url) => deps.library.idForUrl(url)),
    copyUrl: async (raw) => {
      const url = safeExternalUrl(raw)
      if (!url) throw new IpcRefusal('forbidden', 'Only web addresses (http or https) can be copied.')
      deps.writeClipboard(url)
      return true
    },
    revealFile: async (id) => {
      const file = deps.library.pathOf(id)
      if (!file) throw new IpcRefusal('not-found', 'That article is not in the open folder.')
      deps.showInFolder(file)
      return true
    },
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
