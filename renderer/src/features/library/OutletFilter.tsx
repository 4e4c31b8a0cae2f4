/** Filters the list and the search by outlet, from the library's facets. */
import { useEffect, useState } from 'react'
import type { Facets } from '../../../../common/ipc/contract'
import { useT } from '../../app/preferences'
import { bridge } from '../../bridge'

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
  const [facets, setFacets] = useState<Facets | null>(null)
  useEffect(() => {
    let current = true
    void bridge()
      .facets()
      .then((f) => current && setFacets(f))
    return () => {
      current = false
    }
  }, [revision])
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
