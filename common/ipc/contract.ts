/**
 * The IPC contract: every operation's arguments and result, and every event's payload, as zod schemas.
 * Main validates arguments against it before doing anything; the preload API and the renderer use the
 * types inferred from it. One module, one truth.
 */
import { z } from 'zod'
import { articleSchema, outletSchema } from '../article'
import { preferencesPatchSchema, preferencesSchema } from '../preferences-schema'
import { snapshotErrorSchema } from '../snapshot-error'
import type { EventName, InvokeName } from './names'

/** Generous for any real path, small enough that a hostile renderer cannot make main chew on megabytes. */
const folderPath = z.string().min(1).max(4096)

export const libraryStateSchema = z.object({
  folder: z.string().nullable(),
  /** scanning: the folder is walked and files listed; indexing: all listed, parsing goes on; ready: all parsed. */
  phase: z.enum(['empty', 'scanning', 'indexing', 'ready', 'failed']),
  found: z.number().int().nonnegative(),
  parsed: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  /** Number of rows in the list. */
  total: z.number().int().nonnegative(),
  /** Increases whenever the rows change, so the renderer knows to refetch. */
  revision: z.number().int().nonnegative(),
  message: z.string().nullable(),
})
export type LibraryState = z.infer<typeof libraryStateSchema>

export const rowSchema = z.object({
  id: z.string(),
  title: z.string(),
  outlet: outletSchema.pick({ id: true, name: true }),
  /** Published date when the body has one, else the feed date. */
  date: z.string().nullable(),
  relativePath: z.string(),
  images: z.number().int().nonnegative(),
  /** Canonical URL: files that share it are captures of one story. */
  url: z.string().nullable(),
  /** How many captures the story has (the list shows the newest). */
  captures: z.number().int().positive(),
  /** The user's reading state, kept by canonical URL so it survives moving the archive. */
  read: z.boolean(),
  starred: z.boolean(),
})
export type Row = z.infer<typeof rowSchema>

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a day is written YYYY-MM-DD')

export const rowFilterSchema = z
  .object({
    outlets: z.array(z.string().max(64)).max(100).optional(),
    from: day.optional(),
    to: day.optional(),
    withImages: z.boolean().optional(),
  })
  .strict()
export type RowFilter = z.infer<typeof rowFilterSchema>

export const searchPageSchema = z.object({
  query: z.string(),
  total: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
  hits: z.array(
    z.object({
      row: rowSchema,
      score: z.number(),
      /** [start, end) offsets of the matches in the row's title. */
      titleRanges: z.array(z.tuple([z.number().int(), z.number().int()])),
    }),
  ),
})
export type SearchPage = z.infer<typeof searchPageSchema>

export const relatedMatchSchema = z.object({ row: rowSchema, score: z.number().min(0).max(1) })
export type RelatedMatch = z.infer<typeof relatedMatchSchema>

export const facetsSchema = z.object({
  outlets: z.array(z.object({ id: z.string(), name: z.string(), count: z.number().int() })),
  from: z.string().nullable(),
  to: z.string().nullable(),
  withImages: z.number().int(),
})
export type Facets = z.infer<typeof facetsSchema>

export const rowsPageSchema = z.object({
  total: z.number().int().nonnegative(),
  offset: z.number().int(),
  rows: z.array(rowSchema),
})
export type RowsPage = z.infer<typeof rowsPageSchema>

export const problemSchema = z.object({ relativePath: z.string(), message: z.string() })
export type Problem = z.infer<typeof problemSchema>

export const articleResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), article: articleSchema, relativePath: z.string() }),
  z.object({ ok: z.literal(false), error: snapshotErrorSchema, relativePath: z.string() }),
])
export type ArticleResult = z.infer<typeof articleResultSchema>

export const readingStateSchema = z.object({
  read: z.boolean(),
  starred: z.boolean(),
  /** How far the article was read, as a fraction of its height. */
  scroll: z.number().min(0).max(1),
})
export type ReadingState = z.infer<typeof readingStateSchema>

const fileId = z.string().regex(/^[0-9a-f]{16}$/, 'an article id is 16 hexadecimal digits')

export const invokeContract = {
  getLibraryState: { args: z.tuple([]), result: libraryStateSchema },
  /** Shows the native folder picker; null when the user cancels. */
  openFolderDialog: { args: z.tuple([]), result: libraryStateSchema.nullable() },
  /** Only folders the user chose before (dialog, command line) can be reopened by path. */
  openRecentFolder: { args: z.tuple([folderPath]), result: libraryStateSchema },
  getRecentFolders: { args: z.tuple([]), result: z.array(z.string()) },
  listRows: {
    args: z.tuple([
      z
        .object({
          offset: z.number().int().min(0).max(10_000_000),
          limit: z.number().int().min(1).max(500),
          filter: rowFilterSchema.optional(),
        })
        .strict(),
    ]),
    result: rowsPageSchema,
  },
  search: {
    args: z.tuple([
      z
        .object({
          query: z.string().min(1).max(500),
          filter: rowFilterSchema.optional(),
          offset: z.number().int().min(0).max(100_000),
          limit: z.number().int().min(1).max(500),
        })
        .strict(),
    ]),
    result: searchPageSchema,
  },
  /** Reports on the same event from other outlets. */
  related: { args: z.tuple([fileId, z.number().int().min(1).max(50)]), result: z.array(relatedMatchSchema) },
  facets: { args: z.tuple([]), result: facetsSchema },
  /** Every capture of an article's story, newest first. */
  captures: { args: z.tuple([fileId]), result: z.array(rowSchema) },
  listProblems: { args: z.tuple([]), result: z.array(problemSchema) },
  getArticle: { args: z.tuple([fileId]), result: articleResultSchema },
  /** Opens a web page in the system browser; only http(s) URLs, and only on the user's click. */
  openExternal: { args: z.tuple([z.string().min(1).max(4096)]), result: z.boolean() },
  /**
   * Marks an article read or unread, starred or not, or records how far it was read (by its canonical
   * URL); with only the URL, just answers the current state.
   */
  setReading: {
    args: z.tuple([
      z
        .object({
          url: z.string().min(1).max(4096),
          read: z.boolean().optional(),
          starred: z.boolean().optional(),
          scroll: z.number().min(0).max(1).optional(),
        })
        .strict(),
    ]),
    result: readingStateSchema,
  },
  getPreferences: { args: z.tuple([]), result: preferencesSchema },
  /** Merges a change into the stored preferences; returns them all. */
  setPreferences: { args: z.tuple([preferencesPatchSchema]), result: preferencesSchema },
  /**
   * Lets the image route fetch this article's images (the user asked, or the setting is on). Returns
   * how many images it may now load; images already in the disk cache show offline.
   */
  allowImages: { args: z.tuple([fileId]), result: z.number().int().nonnegative() },
  /** A folder dropped on the window (its path, as the preload read it from the dropped file). */
  openDroppedFolder: { args: z.tuple([folderPath]), result: libraryStateSchema },
  /** For each URL, the article of the library with that canonical URL (newest capture), or null. */
  findByUrls: {
    args: z.tuple([z.array(z.string().max(4096)).min(1).max(500)]),
    result: z.array(fileId.nullable()),
  },
  /** Puts a web address on the system clipboard (the page has no clipboard permission). */
  copyUrl: { args: z.tuple([z.string().min(1).max(4096)]), result: z.boolean() },
  /** Shows the article's file in the system file manager. */
  revealFile: { args: z.tuple([fileId]), result: z.boolean() },
  /** Things the user must hear about once, e.g. a damaged settings file that was backed up and reset. */
  getStartupNotices: { args: z.tuple([]), result: z.array(z.string()) },
} as const satisfies Record<InvokeName, { args: z.ZodTuple; result: z.ZodType }>

export const menuCommandSchema = z.enum(['showShortcuts', 'showSettings', 'focusSearch'])
export type MenuCommand = z.infer<typeof menuCommandSchema>

export const eventContract = {
  libraryState: libraryStateSchema,
  /** The application menu asks the page to do something only the page can (show a panel). */
  menuCommand: menuCommandSchema,
} as const satisfies Record<EventName, z.ZodType>

export type InvokeArgs<K extends InvokeName> = z.infer<(typeof invokeContract)[K]['args']>
export type InvokeResult<K extends InvokeName> = z.infer<(typeof invokeContract)[K]['result']>
export type EventPayload<K extends EventName> = z.infer<(typeof eventContract)[K]>

/** The shape main implements: one async function per operation. */
export type InvokeHandlers = { [K in InvokeName]: (...args: InvokeArgs<K>) => Promise<InvokeResult<K>> }
