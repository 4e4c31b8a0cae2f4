/**
 * The names of every IPC operation and event. Kept free of zod so the sandboxed preload, which only
 * needs names, stays a few kilobytes; `contract.ts` checks at compile time that both lists match it.
 */
export const INVOKE_NAMES = [
  'getLibraryState',
  'openFolderDialog',
  'openRecentFolder',
  'getRecentFolders',
  'listRows',
  'search',
  'related',
  'facets',
  'captures',
  'listProblems',
  'getArticle',
  'openExternal',
  'setReading',
  'getStartupNotices',
  'getPreferences',
  'setPreferences',
  'allowImages',
  'openDroppedFolder',
  'findByUrls',
  'copyUrl',
  'revealFile',
] as const

export const EVENT_NAMES = ['libraryState', 'menuCommand'] as const

export type InvokeName = (typeof INVOKE_NAMES)[number]
export type EventName = (typeof EVENT_NAMES)[number]

export const invokeChannel = (name: InvokeName): string => `snapshot-reader:invoke:${name}`
export const eventChannel = (name: EventName): string => `snapshot-reader:event:${name}`

/**
 * What crosses the wire for every call: errors travel as data so that both transports (Electron IPC
 * and the test harness) deliver the same message, without Electron's "Error invoking remote method" prefix.
 */
export type Envelope<T> =
  { ok: true; value: T } | { ok: false; error: { code: IpcErrorCode; message: string } }
export type IpcErrorCode = 'forbidden' | 'invalid-arguments' | 'not-found' | 'failed'
