/**
 * The reading panes side by side, with a handle between each two to resize them (mouse or arrow keys).
 * The widths are kept per number of panes in the preferences. With synchronized scrolling on, scrolling
 * one pane moves the others to the same fraction of their length.
 */
import { useCallback, useRef, useState, type KeyboardEvent, type PointerEvent, type UIEvent } from 'react'
import type { Article } from '../../../../common/article'
import { usePreferences } from '../../app/preferences'
import type { ArticleActions } from '../reader/ArticleView'
import { ReaderPane } from './ReaderPane'
import type { Panes } from './usePanes'

const MIN = 0.15

function evenly(count: number): number[] {
  return Array.from({ length: count }, () => 1 / count)
}

/** Moves the boundary after pane `index` by `delta` (a fraction of the row), keeping both panes usable. */
function resize(widths: number[], index: number, delta: number): number[] {
  const left = widths[index]
  const right = widths[index + 1]
  if (left === undefined || right === undefined) return widths
  const moved = Math.max(MIN - left, Math.min(right - MIN, delta))
  return widths.map((w, i) => (i === index ? w + moved : i === index + 1 ? w - moved : w))
}

interface Props {
  panes: Panes
  actions: Omit<ArticleActions, 'onLoaded' | 'onOpen'>
  onLoaded: ((article: Article | null) => void)[]
  onClosed(index: number): void
}

export function PaneRow({ panes, actions, onLoaded, onClosed }: Props) {
  const { preferences, update, t } = usePreferences()
  const count = panes.panes.length
  const key = String(count) as '2' | '3' | '4'
  const stored = count > 1 ? preferences.paneLayout[key] : undefined
  const [dragged, setDragged] = useState<{ count: number; widths: number[] } | null>(null)
  const widths = dragged?.count === count ? dragged.widths : stored?.length === count ? stored : evenly(count)
  const row = useRef<HTMLDivElement>(null)
  const drag = useRef<{ index: number; x: number; widths: number[] } | null>(null)
  const programmatic = useRef(new WeakSet<Element>())

  const save = useCallback(
    (next: number[]) => {
      setDragged(null)
      update({ paneLayout: { ...preferences.paneLayout, [key]: next } })
    },
    [preferences.paneLayout, key, update],
  )

  const onPointerDown = (index: number) => (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId)
    drag.current = { index, x: event.clientX, widths }
  }
  const onPointerMove = (event: PointerEvent<HTMLDivElement>): void => {
    const start = drag.current
    const total = row.current?.clientWidth ?? 0
    if (!start || total === 0) return
    setDragged({ count, widths: resize(start.widths, start.index, (event.clientX - start.x) / total) })
  }
  const onPointerUp = (): void => {
    if (drag.current && dragged) save(dragged.widths)
    drag.current = null
  }
  const onKeyDown = (index: number) => (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === 'ArrowLeft' ? -0.02 : event.key === 'ArrowRight' ? 0.02 : 0
    if (step === 0) return
    event.preventDefault()
    save(resize(widths, index, step))
  }

  const onScroll = (event: UIEvent<HTMLDivElement>): void => {
    const source = event.target as Element
    if (!preferences.syncScroll || !source.classList.contains('pane-body')) return
    if (programmatic.current.has(source)) {
      programmatic.current.delete(source)
      return
    }
    const range = source.scrollHeight - source.clientHeight
    const fraction = range > 0 ? source.scrollTop / range : 0
    for (const other of row.current?.querySelectorAll('.pane-body') ?? []) {
      if (other === source) continue
      const top = Math.round(fraction * (other.scrollHeight - other.clientHeight))
      if (Math.abs(other.scrollTop - top) < 1) continue
      programmatic.current.add(other)
      other.scrollTop = top
    }
  }

  return (
    <div className="pane-row" ref={row} onScrollCapture={onScroll}>
      {panes.panes.map((pane, index) => (
        <div key={index} className="pane-slot" style={{ flex: `${widths[index] ?? 1} 1 0` }}>
          {index > 0 && (
            <div
              className="pane-resizer"
              role="separator"
              aria-orientation="vertical"
              aria-label={t.resizePanes}
              aria-valuenow={Math.round((widths[index - 1] ?? 0) * 100)}
              aria-valuemin={Math.round(MIN * 100)}
              aria-valuemax={Math.round((1 - MIN) * 100)}
              tabIndex={0}
              onPointerDown={onPointerDown(index - 1)}
              onPointerMove={onPointerMove}
              onPointerUp={onPointerUp}
              onKeyDown={onKeyDown(index - 1)}
            />
          )}
          <ReaderPane
            pane={pane}
            index={index}
            id={panes.current(pane)}
            focused={index === panes.focused}
            count={count}
            actions={{ ...actions, onOpen: (id) => panes.open(id, index), onLoaded: onLoaded[index] }}
            onFocus={() => panes.focus(index)}
            onBack={() => panes.back(index)}
            onForward={() => panes.forward(index)}
            onClose={() => {
              onClosed(index)
              panes.close(index)
            }}
            onPick={(id) => panes.open(id, index)}
          />
        </div>
      ))}
    </div>
  )
}
