/**
 * A library is one opened folder: its rows (compact metadata for the list), the files that could not
 * be read, and the article bodies, parsed again on demand. Opening another folder cancels the running scan.
 */
import { readFile } from 'node:fs/promises'
import type { Article } from '../../../common/article'
import type { ArticleResult, LibraryState, Problem, Row, RowsPage } from '../../../common/ipc/contract'
import { snapshotError } from '../../../common/snapshot-error'
import { parseSnapshot, type ParseResult } from '../snapshot/parse'
import { scanFolder, type ScannedFile } from './scan'
import { LruCache } from './lru'

export type StateListener = (state: LibraryState) => void

/** How the library parses a file; the app passes a worker pool, tests may parse in-thread. */
export interface FileParser {
  parse(file: ScannedFile): Promise<ParseResult>
}

export const inThreadParser: FileParser = {
  async parse(file) {
    return parseSnapshot(await readFile(file.path), file.relativePath)
  },
}

interface Entry {
  file: ScannedFile
  row: Row | null
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
/** Progress events are batched: the renderer needs a smooth bar, not one message per file. */
const PROGRESS_INTERVAL_MS = 100

export class Library {
  private state: LibraryState = EMPTY_STATE
  private entries = new Map<string, Entry>()
  private problems: Problem[] = []
  private sorted: Row[] | null = null
  private scan: AbortController | null = null
  private readonly listeners = new Set<StateListener>()
  private readonly articles = new LruCache<string, ArticleResult>(32)
  private lastEmit = 0

  constructor(private readonly parser: FileParser = inThreadParser) {}

  getState(): LibraryState {
    return this.state
  }

  onState(listener: StateListener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Starts scanning `folder`; resolves when the scan is done (or cancelled by a newer open). */
  async open(folder: string): Promise<void> {
    this.scan?.abort()
    const scan = new AbortController()
    this.scan = scan
    this.entries = new Map()
    this.problems = []
    this.sorted = null
    this.articles.clear()
    this.update({ ...EMPTY_STATE, folder, phase: 'scanning', revision: this.state.revision + 1 }, true)
    try {
      for await (const entry of scanFolder(folder, scan.signal)) {
        if (scan.signal.aborted) return
        if (entry.kind === 'problem') {
          this.problems.push({ relativePath: entry.problem.relativePath, message: entry.problem.message })
          this.update({ ...this.state, failed: this.state.failed + 1 })
          continue
        }
        this.update({ ...this.state, found: this.state.found + 1 })
        const result = await this.parser.parse(entry.file)
        if (scan.signal.aborted) return
        this.add(entry.file, result)
      }
      if (!scan.signal.aborted) this.update({ ...this.state, phase: 'ready' }, true)
    } catch (error) {
      if (scan.signal.aborted) return
      const message = error instanceof Error ? error.message : String(error)
      this.update({ ...this.state, phase: 'failed', message: `The folder cannot be read: ${message}` }, true)
    }
  }

  close(): void {
    this.scan?.abort()
    this.scan = null
  }

  listRows(offset: number, limit: number): RowsPage {
    const rows = this.sortedRows()
    return { total: rows.length, offset, rows: rows.slice(offset, offset + limit) }
  }

  listProblems(): Problem[] {
    return [...this.problems]
  }

  /** Reads and parses the file again: bodies are not kept in memory beyond a small cache. */
  async getArticle(id: string): Promise<ArticleResult | null> {
    const entry = this.entries.get(id)
    if (!entry) return null
    const cached = this.articles.get(id)
    if (cached) return cached
    let result: ArticleResult
    try {
      const parsed = await this.parser.parse(entry.file)
      result = parsed.ok
        ? { ok: true, article: parsed.article, relativePath: entry.file.relativePath }
        : { ok: false, error: parsed.error, relativePath: entry.file.relativePath }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      result = {
        ok: false,
        error: snapshotError('unreadable', `The file cannot be read (${message}).`),
        relativePath: entry.file.relativePath,
      }
    }
    this.articles.set(id, result)
    return result
  }

  private add(file: ScannedFile, result: ParseResult): void {
    const id = result.ok ? result.article.id : result.id
    if (result.ok) {
      this.entries.set(id, { file, row: toRow(result.article, file) })
      this.sorted = null
      this.update({
        ...this.state,
        parsed: this.state.parsed + 1,
        total: this.state.total + 1,
        revision: this.state.revision + 1,
      })
    } else {
      this.entries.set(id, { file, row: null })
      this.problems.push({ relativePath: file.relativePath, message: result.error.message })
      this.update({ ...this.state, failed: this.state.failed + 1 })
    }
  }

  private sortedRows(): Row[] {
    if (!this.sorted) {
      const rows: Row[] = []
      for (const entry of this.entries.values()) if (entry.row) rows.push(entry.row)
      // Newest first; undated rows last, then by path so the order is stable.
      rows.sort(
        (a, b) => (b.date ?? '').localeCompare(a.date ?? '') || a.relativePath.localeCompare(b.relativePath),
      )
      this.sorted = rows
    }
    return this.sorted
  }

  private update(next: LibraryState, force = false): void {
    this.state = next
    const now = Date.now()
    if (!force && now - this.lastEmit < PROGRESS_INTERVAL_MS) return
    this.lastEmit = now
    for (const listener of this.listeners) listener(next)
  }
}

export function toRow(article: Article, file: ScannedFile): Row {
  return {
    id: article.id,
    title: article.title,
    outlet: { id: article.outlet.id, name: article.outlet.name },
    date: article.published ?? article.feedDate,
    relativePath: file.relativePath,
    images: article.counts.images,
  }
}
