/** Filters the list and the search by outlet, from the library's facets. */
import { useT } from '../../app/preferences'
import { useFacets } from './useFacets'

export function OutletFilter({
  revision,
  value,
  onChange,
}: {
  revision: number
  value: string
  onChange(outlet: string): void
}) {
  const t = useT()
  const facets = useFacets(revision)
  return (
    <select
      aria-label={t.outlet}
      className="outlet-filter"
      value={value}
      onChange={(event) => onChange(event.target.value)}
    >
      <option value="">{t.allOutlets}</option>
      {facets?.outlets.map((outlet) => (
        <option key={outlet.id} value={outlet.id}>
          {outlet.name} ({outlet.count})
        </option>
      ))}
    </select>
  )
}
