/** Filters the list and the search by date range (published, else feed date), within the library's span. */
import type { Facets } from '../../../../common/ipc/contract'
import { useT } from '../../app/preferences'

interface Range {
  from?: string
  to?: string
}

export function DateFilter({
  facets,
  value,
  onChange,
}: {
  facets: Facets | null
  value: Range
  onChange(range: Range): void
}) {
  const t = useT()
  const span = { from: facets?.from?.slice(0, 10) ?? null, to: facets?.to?.slice(0, 10) ?? null }
  const set = (key: keyof Range, day: string): void => {
    onChange(Object.fromEntries(Object.entries({ ...value, [key]: day }).filter(([, v]) => v)))
  }
  return (
    <span className="date-filter">
      <label>
        {t.from}{' '}
        <input
          type="date"
          value={value.from ?? ''}
          min={span.from ?? undefined}
          max={value.to ?? span.to ?? undefined}
          onChange={(event) => set('from', event.target.value)}
        />
      </label>
      <label>
        {t.to}{' '}
        <input
          type="date"
          value={value.to ?? ''}
          min={value.from ?? span.from ?? undefined}
          max={span.to ?? undefined}
          onChange={(event) => set('to', event.target.value)}
        />
      </label>
    </span>
  )
}
