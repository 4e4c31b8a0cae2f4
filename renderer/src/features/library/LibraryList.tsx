/**
 * The virtualized list of articles, grouped by day: only the rows on screen exist in the DOM, whatever
 * the folder's size. The first row of each day carries the day's heading (so rows differ in height).
 */
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useLayoutEffect, useRef } from 'react'
import { useT } from '../../app/preferences'
import { OutletBadge } from '../reader/OutletBadge'
import { formatDay, localDay } from '../reader/dates'
import { ReadingMarks } from './ReadingMarks'
import type { LibraryView } from './useLibrary'

const ROW = 64
const DAY_HEADING = 26

interface Props {
  library: LibraryView
  selectedId: string | null
  onSelect(id: string): void
}

export function LibraryList({ library, selectedId, onSelect }: Props) {
  const t = useT()
  const scroller = useRef<HTMLDivElement>(null)
  const total = library.rows.total ?? library.state?.total ?? 0
  const { rows, rowsVersion } = library
  /** True when the row at `index` is the first of its day (known only once both rows arrived). */
  const startsDay = (index: number): boolean => {
    const row = rows.rowAt(index)
    if (!row) return false
    if (index === 0) return true
    const before = rows.rowAt(index - 1)
    return !!before && localDay(before.date) !== localDay(row.date)
  }
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual's API is not memoizable; this app does not use the React Compiler.
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: (index) => (startsDay(index) ? ROW + DAY_HEADING : ROW),
    overscan: 8,
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items.at(-1)?.index ?? 0

  // Runs again whenever the cache changes (a new revision, a filter, a refresh), so emptied pages refill.
  useEffect(() => {
    if (total > 0) rows.ensure(first, last)
  }, [rows, rowsVersion, first, last, total, library.state?.revision])
  // Rows that arrived may start a day: heights are estimated again, before the browser paints, so rows
  // never jump under the pointer.
  useLayoutEffect(() => virtualizer.measure(), [virtualizer, rowsVersion])

  return (
    <div className="library-list" ref={scroller} role="listbox" aria-label={t.articlesList}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const row = rows.rowAt(item.index)
          const dayStart = startsDay(item.index)
          return (
            <div
              key={item.key}
              className={`library-row${row && row.id === selectedId ? ' selected' : ''}${dayStart ? ' day-start' : ''}`}
              style={{
                position: 'absolute',
                top: 0,
                left: 0,
                right: 0,
                height: item.size,
                transform: `translateY(${item.start}px)`,
              }}
              role="option"
              aria-selected={row?.id === selectedId}
              tabIndex={row?.id === selectedId ? 0 : -1}
              data-id={row?.id}
              onClick={() => row && onSelect(row.id)}
              onKeyDown={(event) => {
                if (row && (event.key === 'Enter' || event.key === ' ')) onSelect(row.id)
              }}
            >
              {dayStart && row && (
                <div className="day-heading" aria-hidden="true">
                  {formatDay(localDay(row.date) || null, t.locale) || t.undated}
                </div>
              )}
              {row ? (
                <>
                  <div className="row-title">{row.title}</div>
                  <div className="row-meta">
                    <OutletBadge id={row.outlet.id} name={row.outlet.name} />
                    <span className="row-date">{formatDay(row.date, t.locale)}</span>
                    <ReadingMarks read={row.read} starred={row.starred} />
                    {row.captures > 1 && <span className="row-captures">{t.captures(row.captures)}</span>}
                  </div>
                </>
              ) : (
                <div className="row-title placeholder">…</div>
              )}
            </div>
          )
        })}
      </div>
    </div>
  )
}
