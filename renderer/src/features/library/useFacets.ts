/** The library's facets (outlets with counts, date span), fetched again whenever the rows change. */
import { useEffect, useState } from 'react'
import type { Facets } from '../../../../common/ipc/contract'
import { bridge } from '../../bridge'

export function useFacets(revision: number): Facets | null {
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
  return facets
}
