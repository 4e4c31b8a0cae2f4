/** The search field: queries main as the user types (debounced); Escape clears it. */
import { useEffect, useState } from 'react'
import type { RowFilter, SearchPage } from '../../../../common/ipc/contract'
import { usePreferences } from '../../app/preferences'
import { bridge, errorMessage } from '../../bridge'

export interface SearchState {
  query: string
  page: SearchPage | null
  error: string | null
}

/** Searches again when the query, the filter, the library (`revision`) or a reading mark (`marks`) changes. */
export function useSearch(
  filter: RowFilter,
  revision: number,
  marks: number,
): [SearchState, (query: string) => void] {
  const [query, setQuery] = useState('')
  const [answer, setAnswer] = useState<{ key: string; page: SearchPage | null; error: string | null }>({
    key: '',
    page: null,
    error: null,
  })
  const key = JSON.stringify([query.trim(), filter, revision, marks])
  useEffect(() => {
    const trimmed = query.trim()
    if (!trimmed) return
    let current = true
    const timer = setTimeout(() => {
      bridge()
        .search({ query: trimmed, filter, offset: 0, limit: 200 })
        .then((page) => current && setAnswer({ key, page, error: null }))
        .catch((error: unknown) => current && setAnswer({ key, page: null, error: errorMessage(error) }))
    }, 120)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [key, query, filter])
  const fresh = answer.key === key
  return [
    { query, page: query.trim() && fresh ? answer.page : null, error: fresh ? answer.error : null },
    setQuery,
  ]
}

export function SearchBox({ query, onChange }: { query: string; onChange(query: string): void }) {
  const { t, shortcuts } = usePreferences()
  return (
    <input
      className="search-box"
      type="search"
      placeholder={t.searchPlaceholder(shortcuts.search)}
      aria-label={t.searchLabel}
      value={query}
      onChange={(event) => onChange(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onChange('')
      }}
    />
  )
}
