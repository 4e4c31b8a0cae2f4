/**
 * The list's rows, fetched from main a page at a time and fetched again whenever main's revision (or
 * the user's reading state) changes; until the new page arrives the old one stays on screen, so the
 * list never blinks empty under the user's keyboard. Lives outside React state so scrolling through
 * 100,000 rows never copies them.
 */
import type { Row, RowFilter } from '../../../../common/ipc/contract'
import { bridge } from '../../bridge'

export const PAGE_SIZE = 100

export class RowCache {
  private pages = new Map<number, Row[]>()
  /** Pages of the previous generation, shown until their replacement arrives. */
  private stale = new Map<number, Row[]>()
  private loading = new Set<number>()
  private generation = 0
  private revision = -1
  private filter: RowFilter = {}
  /** The filtered total from main's latest answer; null until one arrives. */
  total: number | null = null
  private readonly listeners = new Set<() => void>()

  private folder: string | null = null

  /** Called with every library state; a new revision invalidates every page, a new folder drops them. */
  setRevision(revision: number, folder: string | null): void {
    if (revision === this.revision && folder === this.folder) return
    this.revision = revision
    this.invalidate()
    if (folder !== this.folder) this.stale = new Map()
    this.folder = folder
  }

  setFilter(filter: RowFilter): void {
    if (JSON.stringify(filter) === JSON.stringify(this.filter)) return
    this.filter = filter
    this.total = null
    this.invalidate()
    // Rows of another filter are not worth showing, even briefly.
    this.stale = new Map()
  }

  /** Fetches the visible rows again (after the user's reading state changed). */
  refresh(): void {
    this.invalidate()
  }

  private invalidate(): void {
    for (const [page, rows] of this.pages) this.stale.set(page, rows)
    this.pages = new Map()
    this.loading = new Set()
    this.generation += 1
    this.notify()
  }

  rowAt(index: number): Row | undefined {
    const page = Math.floor(index / PAGE_SIZE)
    return (this.pages.get(page) ?? this.stale.get(page))?.[index % PAGE_SIZE]
  }

  ensure(first: number, last: number): void {
    for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page++) {
      if (this.pages.has(page) || this.loading.has(page)) continue
      this.loading.add(page)
      const asked = this.generation
      bridge()
        .listRows({ offset: page * PAGE_SIZE, limit: PAGE_SIZE, filter: this.filter })
        .then((result) => {
          if (asked !== this.generation) return
          this.total = result.total
          this.pages.set(page, result.rows)
          this.stale.delete(page)
          this.loading.delete(page)
          this.notify()
        })
        .catch(() => this.loading.delete(page))
    }
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  private notify(): void {
    for (const listener of this.listeners) listener()
  }
}
