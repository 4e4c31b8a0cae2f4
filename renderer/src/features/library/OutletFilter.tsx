/** Filters the list and the search by outlet, from the library's facets. */
import type { Facets } from '../../../../common/ipc/contract'
import { useT } from '../../app/preferences'

export function OutletFilter({
  facets,
  value,
  onChange,
}: {
  facets: Facets | null
  value: string
  onChange(outlet: string): void
}) {
  const t = useT()
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
