import type { LibraryState } from '../../../../common/ipc/contract'

export function LibraryStatus({ state }: { state: LibraryState | null }) {
  if (!state || state.phase === 'empty') return <div className="library-status">No folder open.</div>
  const done = state.parsed + state.failed
  return (
    <div className="library-status" aria-live="polite">
      {state.phase === 'scanning' && (
        <progress max={Math.max(state.found, 1)} value={done} aria-label="Reading the folder" />
      )}
      <span>
        {state.total} articles{state.failed > 0 ? `, ${state.failed} unreadable` : ''}
        {state.phase === 'scanning' ? ` (reading ${done} of ${state.found}…)` : ''}
      </span>
      {state.message && (
        <div className="library-error" role="alert">
          {state.message}
        </div>
      )}
    </div>
  )
}
