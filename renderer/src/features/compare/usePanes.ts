/**
 * The reading panes: each has its own article and back/forward history; one pane has focus, and the
 * list opens articles there. Compare opens an article in the next pane (adding one, up to four).
 */
import { useCallback, useState } from 'react'
import type { RelatedMatch } from '../../../../common/ipc/contract'

export const MAX_PANES = 4

export interface Pane {
  history: string[]
  at: number
  /** Set when the pane was opened by Compare: the other candidates, to switch between. */
  candidates: RelatedMatch[] | null
}

export interface Panes {
  panes: Pane[]
  focused: number
  current(pane: Pane): string | null
  focus(index: number): void
  open(id: string, index?: number): void
  openBeside(id: string, candidates: RelatedMatch[]): void
  back(index: number): void
  forward(index: number): void
  close(index: number): void
  reset(): void
}

const empty = (): Pane => ({ history: [], at: -1, candidates: null })

export function usePanes(): Panes {
  const [panes, setPanes] = useState<Pane[]>([empty()])
  const [focused, setFocused] = useState(0)

  const current = useCallback((pane: Pane) => pane.history[pane.at] ?? null, [])

  const open = useCallback(
    (id: string, index?: number) => {
      const target = index ?? focused
      setPanes((all) =>
        all.map((pane, i) => {
          if (i !== target || pane.history[pane.at] === id) return pane
          const history = [...pane.history.slice(0, pane.at + 1), id]
          return { ...pane, history, at: history.length - 1 }
        }),
      )
    },
    [focused],
  )

  const openBeside = useCallback(
    (id: string, candidates: RelatedMatch[]) => {
      const target = focused + 1
      setPanes((all) => {
        const next = target < all.length ? [...all] : all.length < MAX_PANES ? [...all, empty()] : [...all]
        const index = Math.min(target, next.length - 1)
        const pane = next[index] ?? empty()
        const history = [...pane.history.slice(0, pane.at + 1), id]
        next[index] = { history, at: history.length - 1, candidates }
        return next
      })
      setFocused((f) => Math.min(f + 1, MAX_PANES - 1))
    },
    [focused],
  )

  const move = (index: number, delta: number): void =>
    setPanes((all) =>
      all.map((pane, i) =>
        i === index ? { ...pane, at: Math.min(pane.history.length - 1, Math.max(0, pane.at + delta)) } : pane,
      ),
    )

  return {
    panes,
    focused,
    current,
    focus: (index) => setFocused(Math.max(0, Math.min(index, panes.length - 1))),
    open,
    openBeside,
    back: (index) => move(index, -1),
    forward: (index) => move(index, 1),
    close: (index) => {
      setPanes((all) => (all.length > 1 ? all.filter((_, i) => i !== index) : [empty()]))
      setFocused((f) => Math.max(0, f >= index ? f - 1 : f))
    },
    reset: () => {
      setPanes([empty()])
      setFocused(0)
    },
  }
}
