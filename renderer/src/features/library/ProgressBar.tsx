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
  // While the walk goes on and while the listed files are parsed.
  const busy = state.phase === 'scanning' || state.phase === 'indexing'
  const toggle = (): void => {
    if (problems) setProblems(null)
    else void bridge().listProblems().then(setProblems)
  }
  return (
    <div className="library-status" aria-live="polite">
      {busy && <progress max={Math.max(state.found, 1)} value={done} aria-label={t.readingFolder} />}
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
        {busy ? t.readingProgress(done, state.found) : ''}
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
