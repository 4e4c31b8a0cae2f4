/** The virtualized list of articles: only the rows on screen exist in the DOM, whatever the folder's size. */
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef } from 'react'
import { OutletBadge } from '../reader/OutletBadge'
import { ReadingMarks } from './ReadingMarks'
import { formatDay } from '../reader/dates'
import type { LibraryView } from './useLibrary'

interface Props {
  library: LibraryView
  selectedId: string | null
  onSelect(id: string): void
}

export function LibraryList({ library, selectedId, onSelect }: Props) {
  const scroller = useRef<HTMLDivElement>(null)
  const total = library.rows.total ?? library.state?.total ?? 0
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual's API is not memoizable; this app does not use the React Compiler.
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scroller.current,
    estimateSize: () => 64,
    overscan: 8,
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items.at(-1)?.index ?? 0

  const { rows, rowsVersion } = library
  // Runs again whenever the cache changes (a new revision, a filter, a refresh), so emptied pages refill.
  useEffect(() => {
    if (total > 0) rows.ensure(first, last)
  }, [rows, rowsVersion, first, last, total, library.state?.revision])

  return (
    <div className="library-list" ref={scroller} role="listbox" aria-label="Articles">
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const row = rows.rowAt(item.index)
          return (
            <div
              key={item.key}
              className={`library-row${row && row.id === selectedId ? ' selected' : ''}`}
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
              {row ? (
                <>
                  <div className="row-title">{row.title}</div>
                  <div className="row-meta">
                    <OutletBadge id={row.outlet.id} name={row.outlet.name} />
                    <span className="row-date">{formatDay(row.date)}</span>
                    <ReadingMarks read={row.read} starred={row.starred} />
                    {row.captures > 1 && <span className="row-captures">{row.captures} captures</span>}
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
