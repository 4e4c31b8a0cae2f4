/** Search hits with their matches highlighted in the title (offsets from main, never HTML). */
import type { SearchPage } from '../../../../common/ipc/contract'
import { useT } from '../../app/preferences'
import { formatDay } from '../reader/dates'
import { OutletBadge } from '../reader/OutletBadge'
import { ReadingMarks } from './ReadingMarks'

export function Highlighted({ text, ranges }: { text: string; ranges: [number, number][] }) {
  const parts: { text: string; hit: boolean }[] = []
  let at = 0
  for (const [start, end] of ranges) {
    if (start > at) parts.push({ text: text.slice(at, start), hit: false })
    parts.push({ text: text.slice(start, end), hit: true })
    at = end
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false })
  return (
    <>
      {parts.map((part, i) =>
        part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </>
  )
}

export function SearchResults({
  page,
  indexing,
  selectedId,
  onSelect,
}: {
  page: SearchPage
  /** The folder's files are still being indexed: results may grow. */
  indexing: boolean
  selectedId: string | null
  onSelect(id: string): void
}) {
  const t = useT()
  return (
    <>
      <div className="search-total" role="status">
        {page.total === 0 ? t.noMatches : t.matches(page.total)}
        {page.total > page.hits.length ? t.bestShown(page.hits.length) : ''}
        {indexing ? t.stillIndexing : ''}
      </div>
      <div className="library-list" role="listbox" aria-label={t.searchResults}>
        {page.hits.map(({ row, titleRanges }) => (
          <div
            key={row.id}
            className={`library-row${row.id === selectedId ? ' selected' : ''}`}
            role="option"
            aria-selected={row.id === selectedId}
            tabIndex={0}
            data-id={row.id}
            onClick={() => onSelect(row.id)}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') onSelect(row.id)
            }}
          >
            <div className="row-title">
              <Highlighted text={row.title} ranges={titleRanges} />
            </div>
            <div className="row-meta">
              <OutletBadge id={row.outlet.id} name={row.outlet.name} />
              <span className="row-date">{formatDay(row.date, t.locale)}</span>
              <ReadingMarks read={row.read} starred={row.starred} />
            </div>
          </div>
        ))}
      </div>
    </>
  )
}
