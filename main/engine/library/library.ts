/**
 * A library is one opened folder: an entry per file (its size, mtime and compact metadata, or why it
 * cannot be read), the search index over every article, and the stories (files with the same canonical
 * URL are captures of one story). Bodies are parsed again on demand, with a small cache.
 *
 * Opening a folder shows the cached rows at once, watches the folder, then scans it: only new or changed
 * files are parsed (in the worker pool), files gone since are dropped. Opening another folder cancels all of it.
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type {
  ArticleResult,
  Facets,
  LibraryState,
  Problem,
  RelatedMatch,
  Row,
  RowFilter,
  RowsPage,
  SearchPage,
} from '../../../common/ipc/contract'
import { snapshotError } from '../../../common/snapshot-error'
import { bodyText } from '../snapshot/article-text'
import { previewMeta } from '../snapshot/preview'
import { foldText } from '../search/fold'
import { highlightRanges } from '../search/highlight'
import { SearchIndex } from '../search/search-index'
import { queryTerms, termCounts } from '../search/tokenize'
import type { CacheContent, CacheHead, CachedEntry, LibraryCache } from './cache'
import { LruCache } from './lru'
import type { ArticleMeta } from './parse-job'
import { scanFolder, type ScannedFile } from './scan'
import { watchFolder, type FolderWatcher } from './watch'
import { inThreadRunner, type JobRunner } from './worker-pool'

export type StateListener = (state: LibraryState) => void

export interface LibraryOptions {
  runner?: JobRunner
  cache?: LibraryCache | null
  /** Watch the opened folder for changes (default on). */
  watch?: boolean
  /** How long a file must stay unchanged before it is read (ms). */
  settleMs?: number
}

/** What the cache keeps of a file, and a generation while it is open. */
interface Entry extends CachedEntry {
  /** Bumped whenever the file is queued again, so that a stale parse result is dropped. */
  generation: number
}

interface OpenRun {
  folder: string
  cancelled: boolean
}

const EMPTY_STATE: LibraryState = {
  folder: null,
  phase: 'empty',
  found: 0,
  parsed: 0,
  failed: 0,
  total: 0,
  revision: 0,
  message: null,
}
const PROGRESS_INTERVAL_MS = 100
/** Quiet time after the last watched change before the cache is saved. */
const SAVE_DELAY_MS = 2000
/** Rows saved for the next start to show before its cache has loaded: a couple of screens. */
const HEAD_ROWS = 200
/** Larger files are listed when parsed, not from their header (reading them twice would cost). */
const PREVIEW_MAX_BYTES = 1024 * 1024
/** Files read at once while listing: enough to keep the disk busy, few enough to stay gentle. */
const LISTING_READS = 16
/**
 * Days either side of an article within which other outlets' reports weigh fully; further away they
 * weigh less (half at a year), but still count: yearly events (the Putin–Kim letters of each
 * Liberation Day) are the same story told again.
 */
const RELATED_WINDOW_DAYS = 10
const DAY_MS = 86_400_000
/** Terms of an article used to find others like it: its most telling ones. */
const RELATED_TERMS = 48
/**
 * Terms in more than this share of a large library are left out of related queries (the max-df of
 * TF-IDF vectorizers): nearly every article has them, so they tell no story from another, and their
 * posting lists (60,000 documents at 100,000) were most of a query's cost. Never below RELATED_COMMON_MIN
 * documents, so that a small folder keeps all its terms.
 */
const RELATED_COMMON_SHARE = 0.1
const RELATED_COMMON_MIN = 100
/** Below this similarity two articles only share common words (measured on the corpus: true matches score 0.05–0.6). */
const MIN_RELATED_SCORE = 0.03

export class Library {
  private state: LibraryState = EMPTY_STATE
  private run: OpenRun | null = null
  private entries = new Map<string, Entry>()
  private byId = new Map<string, Entry>()
  private byDoc: (Entry | undefined)[] = []
  private stories = new Map<string, Set<Entry>>()
  private index: SearchIndex
  private nextDoc = 0
  private rows: Row[] | null = null
  private watcher: FolderWatcher | null = null
  private dirty = false
  private readonly listeners = new Set<StateListener>()
  private readonly articles = new LruCache<string, ArticleResult>(32)
  private readonly runner: JobRunner
  private readonly cache: LibraryCache | null
  private lastEmit = 0
  private saving: Promise<void> | null = null
  private saveAgain = false
  /** The first rows saved by the last session, shown until the cache has loaded. */
  private headRows: CacheHead | null = null
  private saveTimer: NodeJS.Timeout | null = null
  private trailingEmit: NodeJS.Timeout | null = null

  constructor(private readonly options: LibraryOptions = {}) {
    this.runner = options.runner ?? inThreadRunner()
    this.cache = options.cache ?? null
    this.index = new SearchIndex(this.runner.dictionary)
  }

  getState(): LibraryState {
    return { ...this.state, ...this.counts() }
  }

  onState(listener: StateListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Opens `folder`; resolves when its scan is done (or cancelled by a newer open). */
  async open(folder: string): Promise<void> {
    // Switch synchronously, so that a caller reading the state right after sees the new folder.
    const previous = this.watcher
    this.watcher = null
    if (this.run) this.run.cancelled = true
    const run: OpenRun = { folder, cancelled: false }
    this.run = run
    this.reset()
    this.update({ ...EMPTY_STATE, folder, phase: 'scanning', revision: this.state.revision + 1 }, true)
    await previous?.close()

    // The first rows of the last session come first: a small file, so the list shows at once while the
    // whole cache (hundreds of megabytes at 100,000 files) loads. One turn of the event loop lets a
    // window that asked for them get them before that long load starts.
    const head = this.cache ? await this.cache.loadHead(folder) : null
    if (run.cancelled) return
    if (head) {
      this.headRows = head
      this.update({ ...this.state, revision: this.state.revision + 1 }, true)
      await new Promise((resolve) => setImmediate(resolve))
    }

    const cached = this.cache ? await this.cache.load(folder) : null
    if (run.cancelled) return
    this.headRows = null
    if (cached) this.hydrate(cached.entries, SearchIndex.deserialize(cached.index, this.runner.dictionary))
    else if (head) this.changed()

    if (this.options.watch !== false) {
      const watcher = watchFolder(folder, this.watchHandlers(run), this.options.settleMs)
      this.watcher = watcher
      await watcher.ready
      if (run.cancelled) return void (await watcher.close())
    }
    await this.scan(run)
  }

  async close(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer)
    this.saveTimer = null
    if (this.run) this.run.cancelled = true
    this.run = null
    const watcher = this.watcher
    this.watcher = null
    await watcher?.close()
  }

  /** Stops everything, including the parse workers. */
  async dispose(): Promise<void> {
    await this.close()
    await this.runner.close()
  }

  listRows(offset: number, limit: number, filter: RowFilter = {}): RowsPage {
    if (this.headRows && isUnfiltered(filter))
      return { total: this.headRows.total, offset, rows: this.headRows.rows.slice(offset, offset + limit) }
    const rows = this.storyRows().filter((row) => matches(row.outlet.id, row.date, row.images, filter))
    return { total: rows.length, offset, rows: rows.slice(offset, offset + limit) }
  }

  listProblems(): Problem[] {
    const problems: Problem[] = []
    for (const entry of this.entries.values())
      if (entry.problem) problems.push({ relativePath: entry.relativePath, message: entry.problem })
    return problems.sort((a, b) => a.relativePath.localeCompare(b.relativePath))
  }

  search(query: string, filter: RowFilter, offset: number, limit: number): SearchPage {
    const folded = foldText(query)
    const terms = queryTerms(folded)
    const accept = (doc: number): boolean => {
      const entry = this.byDoc[doc]
      // Filtered on the metadata: rows are built only for the hits returned.
      return entry?.meta
        ? matches(
            entry.meta.outlet.id,
            entry.meta.published ?? entry.meta.feedDate,
            entry.meta.images,
            filter,
          )
        : false
    }
    // Without a filter every live document qualifies: the index need not ask, document by document.
    const { total, hits } = this.index.search(terms, isUnfiltered(filter) ? null : accept, offset + limit)
    const rows = hits.slice(offset).flatMap((hit) => {
      const entry = this.byDoc[hit.doc]
      if (!entry?.meta) return []
      const row = this.rowOf(entry)
      return [{ row, score: hit.score, titleRanges: highlightRanges(row.title, terms) }]
    })
    return { query, total, offset, hits: rows }
  }

  /** Reports on the same event from other outlets, best first, with a similarity from 0 to 1. */
  async related(id: string, limit: number): Promise<RelatedMatch[]> {
    const entry = this.byId.get(id)
    const result = await this.getArticle(id)
    if (!entry?.meta || !result?.ok) return []
    const article = result.article
    const counts = termCounts(foldText(`${article.title}\n${article.title}\n${bodyText(article)}`))
    const common = Math.max(RELATED_COMMON_MIN, this.index.size * RELATED_COMMON_SHARE)
    const weights = new Map(
      [...counts]
        .filter(([term]) => this.index.documentFrequency(term) <= common)
        .map(([term, count]) => [term, count * this.index.idfOf(term)] as const)
        .sort((a, b) => b[1] - a[1])
        .slice(0, RELATED_TERMS),
    )
    const origin = dateMs(entry.meta)
    const ownStory = storyKey(entry)
    const accept = (doc: number): boolean => {
      const other = this.byDoc[doc]
      if (!other?.meta) return false
      if (other === entry) return true
      return other.meta.outlet.id !== entry.meta?.outlet.id && storyKey(other) !== ownStory
    }
    const { hits } = this.index.searchAny(weights, accept, Math.max(50, limit * 5))
    const selfScore = hits.find((h) => h.doc === entry.doc)?.score ?? hits[0]?.score ?? 1
    return (
      hits
        .filter((hit) => hit.doc !== entry.doc)
        .flatMap((hit) => {
          const other = this.byDoc[hit.doc]
          if (!other?.meta) return []
          const when = dateMs(other.meta)
          const days = origin === null || when === null ? 0 : Math.abs(when - origin) / DAY_MS
          const nearness = days <= RELATED_WINDOW_DAYS ? 1 : 1 / (1 + (days - RELATED_WINDOW_DAYS) / 365)
          return [
            {
              row: this.rowOf(other),
              score: Math.min(1, (hit.score / selfScore) * nearness),
              story: storyKey(other),
            },
          ]
        })
        .sort((a, b) => b.score - a.score)
        // One entry per story: captures of the same article are one report.
        .filter(
          (match, i, all) =>
            match.score >= MIN_RELATED_SCORE && all.findIndex((m) => m.story === match.story) === i,
        )
        .slice(0, limit)
        .map(({ row, score }) => ({ row, score }))
    )
  }

  facets(): Facets {
    const outlets = new Map<string, { id: string; name: string; count: number }>()
    let from: string | null = null
    let to: string | null = null
    let withImages = 0
    for (const row of this.storyRows()) {
      const outlet = outlets.get(row.outlet.id) ?? { ...row.outlet, count: 0 }
      outlet.count++
      outlets.set(row.outlet.id, outlet)
      const day = row.date?.slice(0, 10) ?? null
      if (day && (!from || day < from)) from = day
      if (day && (!to || day > to)) to = day
      if (row.images > 0) withImages++
    }
    return { outlets: [...outlets.values()].sort((a, b) => b.count - a.count), from, to, withImages }
  }

  /** Every readable file, one entry per capture (the list shows one per story). */
  allArticles(): { id: string; relativePath: string }[] {
    const all: { id: string; relativePath: string }[] = []
    for (const entry of this.entries.values())
      if (entry.meta) all.push({ id: entry.meta.id, relativePath: entry.relativePath })
    return all.sort((a, b) => a.relativePath.localeCompare(b.relativePath))
  }

  /** The article id of a file, by its path relative to the folder. */
  idOf(relativePath: string): string | null {
    return this.entries.get(relativePath)?.meta?.id ?? null
  }

  /** The newest capture of the story at this URL, if the library has one (related links open in the app). */
  idForUrl(url: string): string | null {
    const story = this.stories.get(storyKeyOfUrl(url))
    if (!story) return null
    return [...story].map((e) => this.rowOf(e)).sort(byDateDesc)[0]?.id ?? null
  }

  /** Where the file of an article is on disk (to reveal it in the file manager). */
  pathOf(id: string): string | null {
    const entry = this.byId.get(id)
    return entry && this.run ? path.join(this.run.folder, entry.relativePath) : null
  }

  /** Every capture of the story this article belongs to, newest first. */
  captures(id: string): Row[] {
    const entry = this.byId.get(id)
    if (!entry) return []
    const story = this.stories.get(storyKey(entry)) ?? new Set([entry])
    return [...story].map((e) => this.rowOf(e)).sort(byDateDesc)
  }

  /** Reads and parses the file again: bodies are not kept in memory beyond a small cache. */
  async getArticle(id: string): Promise<ArticleResult | null> {
    const entry = this.byId.get(id)
    const run = this.run
    if (!entry || !run) return null
    const cached = this.articles.get(id)
    if (cached) return cached
    const { outcome } = await this.runner.run({
      kind: 'article',
      path: path.join(run.folder, entry.relativePath),
      relativePath: entry.relativePath,
    })
    const result: ArticleResult =
      'article' in outcome
        ? { ok: true, article: outcome.article, relativePath: entry.relativePath }
        : {
            ok: false,
            error: outcome.ok ? snapshotError('unreadable', 'The file cannot be read.') : outcome.error,
            relativePath: entry.relativePath,
          }
    this.articles.set(id, result)
    return result
  }

  /** What the cache needs to restore this library without parsing. */
  snapshotForCache(): CacheContent & { head: CacheHead } {
    const entries = [...this.entries.values()].map((e) => ({
      relativePath: e.relativePath,
      size: e.size,
      mtimeMs: e.mtimeMs,
      doc: e.doc,
      meta: e.meta,
      problem: e.problem,
    }))
    const rows = this.storyRows()
    return {
      entries,
      index: this.index.serialize(),
      head: { total: rows.length, rows: rows.slice(0, HEAD_ROWS) },
    }
  }

  /** Bytes held by the search index, for the benchmark's memory report. */
  indexBytes(): number {
    return this.index.byteSize
  }

  private reset(): void {
    this.headRows = null
    this.entries = new Map()
    this.byId = new Map()
    this.byDoc = []
    this.stories = new Map()
    this.index = new SearchIndex(this.runner.dictionary)
    this.nextDoc = 0
    this.rows = null
    this.dirty = false
    this.articles.clear()
  }

  private hydrate(entries: CachedEntry[], index: SearchIndex): void {
    this.index = index
    for (const cached of entries) {
      const entry: Entry = { ...cached, generation: 0 }
      this.entries.set(entry.relativePath, entry)
      if (entry.meta && entry.doc >= 0 && index.has(entry.doc)) this.attach(entry)
      this.nextDoc = Math.max(this.nextDoc, entry.doc + 1)
    }
    this.nextDoc = Math.max(this.nextDoc, index.documentCapacity)
    this.changed()
    // Just loaded from the cache: nothing to write back unless the scan finds a change.
    this.dirty = false
  }

  /**
   * First the walk: every new file is listed from its header as it is found (several read at once), so
   * the whole folder is browsable in about the time it takes to read it (phase `scanning`). Then the
   * parse workers parse and index what was found (phase `indexing`); they wait for the walk because on
   * a machine with few cores they would slow it down threefold. Then `ready`.
   */
  private async scan(run: OpenRun): Promise<void> {
    const seen = new Set<string>()
    // A newer open cancels this run: the rest of its queue then empties without parsing.
    const parsing = new ParseQueue(Math.max(2, this.runner.concurrency * 4), async (file) =>
      run.cancelled ? undefined : this.indexFile(run, file),
    )
    const listing = new Set<Promise<void>>()
    try {
      for await (const item of scanFolder(run.folder)) {
        if (run.cancelled) return
        if (item.kind === 'problem') {
          seen.add(item.problem.relativePath)
          this.setProblem(item.problem.relativePath, item.problem.message)
          continue
        }
        const { file } = item
        seen.add(file.relativePath)
        this.update({ ...this.state, found: this.state.found + 1 })
        const known = this.entries.get(file.relativePath)
        if (known && known.size === file.size && known.mtimeMs === file.mtimeMs) continue
        parsing.push(file)
        if (known?.meta) continue
        const listed: Promise<void> = this.listFromHeader(run, file).finally(() => listing.delete(listed))
        listing.add(listed)
        if (listing.size >= LISTING_READS) await Promise.race(listing)
      }
      await Promise.all(listing)
      if (run.cancelled) return
      // Files that were in the cache but are gone from the folder.
      for (const relativePath of [...this.entries.keys()])
        if (!seen.has(relativePath)) this.forget(relativePath)
      if (parsing.pending > 0) this.update({ ...this.state, phase: 'indexing' }, true)
      this.runner.prepare?.()
      parsing.start()
      await parsing.drain()
      if (run.cancelled) return
      this.update({ ...this.state, phase: 'ready' }, true)
      await this.persist(run)
    } catch (error) {
      if (run.cancelled) return
      const message = error instanceof Error ? error.message : String(error)
      const gone = (error as NodeJS.ErrnoException).code === 'ENOENT'
      this.update(
        {
          ...this.state,
          phase: 'failed',
          message: gone
            ? 'The folder cannot be found: it was moved, renamed or deleted.'
            : `The folder cannot be read: ${message}`,
        },
        true,
      )
    }
  }

  /**
   * Lists a new file at once from its header, long before its full parse (which waits for a worker).
   * The entry keeps size and mtime 0, so a cache saved before the full parse lands can never pass it
   * off as parsed; the full parse replaces it like any change.
   */
  private async listFromHeader(run: OpenRun, file: ScannedFile): Promise<void> {
    if (file.size > PREVIEW_MAX_BYTES) return
    const bytes = await readFile(file.path).catch(() => null)
    const meta = bytes && previewMeta(bytes, file.relativePath)
    if (!meta || run.cancelled || this.entries.get(file.relativePath)?.meta) return
    const entry = this.entryFor(file.relativePath)
    entry.meta = meta
    this.entries.set(entry.relativePath, entry)
    this.attach(entry)
    this.changed()
  }

  private async indexFile(run: OpenRun, file: ScannedFile): Promise<void> {
    const entry = this.entryFor(file.relativePath)
    const generation = ++entry.generation
    this.entries.set(entry.relativePath, entry)
    const { outcome } = await this.runner.run({
      kind: 'index',
      path: file.path,
      relativePath: file.relativePath,
    })
    if (run.cancelled || entry.generation !== generation || this.entries.get(entry.relativePath) !== entry)
      return
    this.detach(entry)
    entry.size = file.size
    entry.mtimeMs = file.mtimeMs
    if (!outcome.ok) {
      if (outcome.missing) {
        this.entries.delete(entry.relativePath)
      } else {
        entry.problem = outcome.error.message
      }
    } else if ('meta' in outcome) {
      entry.problem = null
      entry.meta = outcome.meta
      entry.doc = this.nextDoc++
      this.index.add(entry.doc, outcome.terms)
      this.attach(entry)
    }
    this.changed()
  }

  private watchHandlers(run: OpenRun): Parameters<typeof watchFolder>[1] {
    const refresh = async (absolute: string): Promise<void> => {
      const relativePath = path.relative(run.folder, absolute).split(path.sep).join('/')
      const info = await stat(absolute).catch(() => null)
      if (run.cancelled) return
      if (!info?.isFile()) return this.forget(relativePath)
      const known = this.entries.get(relativePath)
      if (known && known.size === info.size && known.mtimeMs === info.mtimeMs && known.generation > 0) return
      await this.indexFile(run, { path: absolute, relativePath, size: info.size, mtimeMs: info.mtimeMs })
      if (this.state.phase === 'ready') this.persistSoon(run)
    }
    return {
      onFile: (absolute) => void refresh(absolute),
      onRemove: (absolute) => {
        this.forget(path.relative(run.folder, absolute).split(path.sep).join('/'))
        if (this.state.phase === 'ready') this.persistSoon(run)
      },
      onRemoveFolder: (absolute) => {
        const prefix = path.relative(run.folder, absolute).split(path.sep).join('/') + '/'
        for (const relativePath of [...this.entries.keys()])
          if (relativePath.startsWith(prefix)) this.forget(relativePath)
      },
      onRootGone: () => {
        if (run.cancelled) return
        this.update(
          {
            ...this.state,
            phase: 'failed',
            message: 'The folder was moved, renamed or deleted. Open it again from its new place.',
          },
          true,
        )
      },
      onTrouble: () => {
        // The watcher may have missed events: reconcile with a scan, which parses only what changed.
        if (!run.cancelled && this.state.phase === 'ready') void this.scan(run)
      },
    }
  }

  /** The file's entry, or a blank one (not yet stored). */
  private entryFor(relativePath: string): Entry {
    return (
      this.entries.get(relativePath) ?? {
        relativePath,
        size: 0,
        mtimeMs: 0,
        doc: -1,
        meta: null,
        problem: null,
        generation: 0,
      }
    )
  }

  private forget(relativePath: string): void {
    const entry = this.entries.get(relativePath)
    if (!entry) return
    entry.generation++
    this.detach(entry)
    this.entries.delete(relativePath)
    this.changed()
  }

  private setProblem(relativePath: string, message: string): void {
    const entry = this.entryFor(relativePath)
    this.detach(entry)
    entry.problem = message
    this.entries.set(relativePath, entry)
    this.changed()
  }

  private attach(entry: Entry): void {
    if (!entry.meta) return
    this.byId.set(entry.meta.id, entry)
    this.byDoc[entry.doc] = entry
    const key = storyKey(entry)
    const story = this.stories.get(key) ?? new Set()
    story.add(entry)
    this.stories.set(key, story)
  }

  private detach(entry: Entry): void {
    if (entry.meta) {
      this.byId.delete(entry.meta.id)
      this.articles.delete(entry.meta.id)
      const story = this.stories.get(storyKey(entry))
      story?.delete(entry)
      if (story?.size === 0) this.stories.delete(storyKey(entry))
    }
    if (entry.doc >= 0) {
      this.index.remove(entry.doc)
      this.byDoc[entry.doc] = undefined
    }
    entry.doc = -1
    entry.meta = null
    entry.problem = null
  }

  /** One row per story: its newest capture, with the number of captures. */
  private storyRows(): Row[] {
    if (!this.rows) {
      const rows: Row[] = []
      for (const story of this.stories.values()) {
        let newest: Entry | null = null
        for (const entry of story) if (!newest || compareEntries(entry, newest) < 0) newest = entry
        if (newest) rows.push(this.rowOf(newest, story.size))
      }
      this.rows = rows.sort(byDateDesc)
    }
    return this.rows
  }

  private rowOf(entry: Entry, captures?: number): Row {
    const meta = entry.meta as ArticleMeta
    return {
      id: meta.id,
      title: meta.title,
      outlet: meta.outlet,
      date: meta.published ?? meta.feedDate,
      relativePath: entry.relativePath,
      images: meta.images,
      url: meta.url,
      captures: captures ?? this.stories.get(storyKey(entry))?.size ?? 1,
      // The engine knows nothing of the user: the IPC handlers fill these from the settings.
      read: false,
      starred: false,
    }
  }

  /** Derived counts, computed when state is read or sent (at most every PROGRESS_INTERVAL_MS while scanning). */
  private counts(): Pick<LibraryState, 'parsed' | 'failed' | 'total'> {
    let failed = 0
    // Files listed from their header only are not parsed yet.
    let listedOnly = 0
    for (const entry of this.entries.values()) {
      if (entry.problem) failed++
      else if (entry.meta && entry.doc < 0) listedOnly++
    }
    return { parsed: this.byId.size - listedOnly, failed, total: this.headRows?.total ?? this.stories.size }
  }

  private changed(): void {
    this.rows = null
    this.dirty = true
    this.update({ ...this.state, revision: this.state.revision + 1 })
  }

  /**
   * Saves the cache, one save at a time: a save that is asked for while another runs happens once
   * after it. (A large index serializes to hundreds of megabytes; overlapping saves would multiply that.)
   */
  private async persist(run: OpenRun): Promise<void> {
    if (this.saving) {
      this.saveAgain = true
      return this.saving
    }
    const save = (async () => {
      do {
        this.saveAgain = false
        if (!this.cache || !this.dirty || run.cancelled) break
        this.dirty = false
        try {
          await this.cache.save(run.folder, this.snapshotForCache())
        } catch {
          // A cache that cannot be written only costs the next start some parsing.
        }
      } while (this.saveAgain)
    })()
    this.saving = save
    try {
      await save
    } finally {
      this.saving = null
    }
  }

  /** After a change seen by the watcher: save once things have been quiet for a moment. */
  private persistSoon(run: OpenRun): void {
    if (this.saveTimer) clearTimeout(this.saveTimer)
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null
      void this.persist(run)
    }, SAVE_DELAY_MS)
  }

  /** Progress is batched: at most one event per interval, and the last one is never lost. */
  private update(next: LibraryState, force = false): void {
    this.state = next
    const now = Date.now()
    if (force || now - this.lastEmit >= PROGRESS_INTERVAL_MS) {
      this.emit()
      return
    }
    this.trailingEmit ??= setTimeout(() => this.emit(), PROGRESS_INTERVAL_MS - (now - this.lastEmit))
  }

  private emit(): void {
    if (this.trailingEmit) clearTimeout(this.trailingEmit)
    this.trailingEmit = null
    this.lastEmit = Date.now()
    const state = this.getState()
    for (const listener of this.listeners) listener(state)
  }
}

/** Files waiting for their full parse, started once the walk is done; at most `limit` in flight at once. */
class ParseQueue {
  private readonly files: ScannedFile[] = []
  private next = 0
  private readonly inFlight = new Set<Promise<void>>()
  private started = false
  private idle: (() => void) | null = null

  constructor(
    private readonly limit: number,
    private readonly parse: (file: ScannedFile) => Promise<void>,
  ) {}

  get pending(): number {
    return this.files.length - this.next + this.inFlight.size
  }

  push(file: ScannedFile): void {
    this.files.push(file)
  }

  start(): void {
    this.started = true
    this.fill()
  }

  /** Resolves once every queued file is parsed (a cancelled run's parse function returns at once). */
  drain(): Promise<void> {
    if (this.pending === 0) return Promise.resolve()
    return new Promise((resolve) => (this.idle = resolve))
  }

  private fill(): void {
    while (this.started && this.inFlight.size < this.limit && this.next < this.files.length) {
      const file = this.files[this.next++] as ScannedFile
      const task: Promise<void> = this.parse(file).finally(() => {
        this.inFlight.delete(task)
        this.fill()
        if (this.pending === 0 && this.idle) {
          this.idle()
          this.idle = null
        }
      })
      this.inFlight.add(task)
    }
  }
}

/** True when the filter lets every row through (no outlets chosen, no dates, images not required). */
function isUnfiltered(filter: RowFilter): boolean {
  return !filter.outlets?.length && !filter.from && !filter.to && !filter.withImages
}

function matches(outlet: string, date: string | null, images: number, filter: RowFilter): boolean {
  if (filter.outlets && filter.outlets.length > 0 && !filter.outlets.includes(outlet)) return false
  const day = date?.slice(0, 10) ?? null
  if (filter.from && (!day || day < filter.from)) return false
  if (filter.to && (!day || day > filter.to)) return false
  return !filter.withImages || images > 0
}

/** Captures of one story share a canonical URL; a file without one is a story of its own. */
function storyKey(entry: Entry): string {
  const url = entry.meta?.url
  return url ? storyKeyOfUrl(url) : `file:${entry.relativePath}`
}

function storyKeyOfUrl(url: string): string {
  return url.replace(/#.*$/, '').replace(/\/$/, '')
}

function dateMs(meta: ArticleMeta): number | null {
  const date = meta.published ?? meta.feedDate
  return date ? Date.parse(date) : null
}

function compareEntries(a: Entry, b: Entry): number {
  return (b.meta?.feedDate ?? '').localeCompare(a.meta?.feedDate ?? '') || b.mtimeMs - a.mtimeMs
}

/** ISO dates sort as plain strings; localeCompare (ICU) would be many times slower on 100,000 rows. */
function byDateDesc(a: Row, b: Row): number {
  const x = a.date ?? ''
  const y = b.date ?? ''
  return x < y ? 1 : x > y ? -1 : a.relativePath.localeCompare(b.relativePath)
}
