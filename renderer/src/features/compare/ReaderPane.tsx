/** One reading pane: its history controls, the Compare candidates when it was opened by Compare, the article. */
import { useT } from '../../app/preferences'
import { ArticlePane, type ArticleActions } from '../reader/ArticleView'
import type { Pane } from './usePanes'

interface Props {
  pane: Pane
  index: number
  id: string | null
  focused: boolean
  count: number
  actions: ArticleActions
  onFocus(): void
  onBack(): void
  onForward(): void
  onClose(): void
  onPick(id: string): void
}

export function ReaderPane({
  pane,
  index,
  id,
  focused,
  count,
  actions,
  onFocus,
  onBack,
  onForward,
  onClose,
  onPick,
}: Props) {
  const t = useT()
  return (
    <section
      className={`reader${focused ? ' focused' : ''}`}
      aria-label={t.pane(index + 1)}
      onMouseDownCapture={onFocus}
      onFocusCapture={onFocus}
    >
      <div className="pane-bar">
        <span className="pane-number">{index + 1}</span>
        <button type="button" onClick={onBack} disabled={pane.at <= 0} aria-label={t.back} title={t.back}>
          ‹
        </button>
        <button
          type="button"
          onClick={onForward}
          disabled={pane.at >= pane.history.length - 1}
          aria-label={t.forward}
          title={t.forward}
        >
          ›
        </button>
        {pane.candidates && pane.candidates.length > 0 && (
          <select
            aria-label={t.otherReports}
            value={id ?? ''}
            onChange={(event) => onPick(event.target.value)}
          >
            {pane.candidates.map((match) => (
              <option key={match.row.id} value={match.row.id}>
                {Math.round(match.score * 100)}% · {match.row.outlet.name} ·{' '}
                {match.row.date?.slice(0, 10) ?? ''} · {match.row.title}
              </option>
            ))}
          </select>
        )}
        {count > 1 && (
          <button type="button" className="pane-close" onClick={onClose} aria-label={t.closePane(index + 1)}>
            ×
          </button>
        )}
      </div>
      <ArticlePane id={id} actions={actions} />
    </section>
  )
}
