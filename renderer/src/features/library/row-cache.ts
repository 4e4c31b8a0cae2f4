/**
 * The list's rows, fetched from main a page at a time and dropped whenever main's revision changes.
 * Lives outside React state so scrolling through 100,000 rows never copies them.
 */
import type { Row, RowFilter } from '../../../../common/ipc/contract'
import { bridge } from '../../bridge'

export const PAGE_SIZE = 100

export class RowCache {
  private pages = new Map<number, Row[]>()
  private loading = new Set<number>()
  private revision = -1
  private filter: RowFilter = {}
  /** The filtered total from main's latest answer; null until one arrives. */
  total: number | null = null
  private readonly listeners = new Set<() => void>()

  /** Called with every library state; a new revision invalidates every page. */
  setRevision(revision: number): void {
    if (revision === this.revision) return
    this.revision = revision
    this.invalidate()
  }

  setFilter(filter: RowFilter): void {
    if (JSON.stringify(filter) === JSON.stringify(this.filter)) return
    this.filter = filter
    this.total = null
    this.invalidate()
  }

  /** Fetches the visible rows again (after the user's reading state changed). */
  refresh(): void {
    this.invalidate()
  }

  private invalidate(): void {
    this.pages = new Map()
    this.loading = new Set()
    this.notify()
  }

  rowAt(index: number): Row | undefined {
    return this.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE]
  }

  ensure(first: number, last: number): void {
    for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page++) {
      if (this.pages.has(page) || this.loading.has(page)) continue
      this.loading.add(page)
      const asked = this.revision
      const filter = this.filter
      bridge()
        .listRows({ offset: page * PAGE_SIZE, limit: PAGE_SIZE, filter })
        .then((result) => {
          if (asked !== this.revision || filter !== this.filter) return
          this.total = result.total
          this.pages.set(page, result.rows)
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
