/** Library state from main, kept current by its events, and the rows of the list fetched page by page. */
import { useEffect, useState } from 'react'
import type { LibraryState } from '../../../../common/ipc/contract'
import { bridge } from '../../bridge'
import { RowCache } from './row-cache'

export interface LibraryView {
  state: LibraryState | null
  rows: RowCache
  /** Changes whenever rows arrive, so that lists re-render. */
  rowsVersion: number
}

export function useLibrary(): LibraryView {
  const [state, setState] = useState<LibraryState | null>(null)
  const [rows] = useState(() => new RowCache())
  const [rowsVersion, setRowsVersion] = useState(0)

  useEffect(() => {
    const api = bridge()
    const apply = (next: LibraryState): void => {
      rows.setRevision(next.revision, next.folder)
      setState(next)
    }
    const unsubscribeRows = rows.subscribe(() => setRowsVersion((v) => v + 1))
    const unsubscribeState = api.on.libraryState(apply)
    void api.getLibraryState().then(apply)
    return () => {
      unsubscribeState()
      unsubscribeRows()
    }
  }, [rows])

  return { state, rows, rowsVersion }
}
