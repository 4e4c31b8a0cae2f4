/** Progress while a folder is read, counts, and the files that could not be read with their reasons. */
import { useState } from 'react'
import type { LibraryState, Problem } from '../../../../common/ipc/contract'
import { useT } from '../../app/preferences'
import { bridge } from '../../bridge'

export function LibraryStatus({ state }: { state: LibraryState | null }) {
  const t = useT()
  const [problems, setProblems] = useState<Problem[] | null>(null)
  if (!state || state.phase === 'empty') return <div className="library-status">{t.noFolder}</div>
  const done = state.parsed + state.failed
  // First the walk lists the files (how long is unknown: an indeterminate bar), then they are indexed.
  const listing = state.phase === 'scanning'
  const indexing = state.phase === 'indexing'
  const toggle = (): void => {
    if (problems) setProblems(null)
    else void bridge().listProblems().then(setProblems)
  }
  return (
    <div className="library-status" aria-live="polite">
      {listing && <progress aria-label={t.readingFolder} />}
      {indexing && <progress max={Math.max(state.found, 1)} value={done} aria-label={t.readingFolder} />}
      <span>
        {t.articles(state.total)}
        {state.failed > 0 && (
          <>
            {', '}
            <button type="button" className="link-button" aria-expanded={problems !== null} onClick={toggle}>
              {t.unreadable(state.failed)}
            </button>
          </>
        )}
        {listing ? t.listingProgress(state.found) : ''}
        {indexing ? t.indexingProgress(done, state.found) : ''}
      </span>
      {state.message && (
        <div className="library-error" role="alert">
          {state.message}
        </div>
      )}
      {problems && (
        <ul className="problem-list" aria-label={t.problemsList}>
          {problems.map((problem) => (
            <li key={problem.relativePath}>
              <strong>{problem.relativePath}</strong>: {problem.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
