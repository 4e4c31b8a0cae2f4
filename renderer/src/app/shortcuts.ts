/**
 * Keyboard shortcuts, from the user's key map (rebindable in Settings): next and previous article,
 * search, compare, star, read/unread, pane history, pane focus, images, help and settings. Typing in a
 * field never triggers them, and neither does a key with Ctrl, Alt or Cmd (those belong to the menu).
 */
import { useEffect } from 'react'
import type { ShortcutAction } from '../../../common/preferences'
import type { Panes } from '../features/compare/usePanes'
import { usePreferences } from './preferences'

function step(delta: 1 | -1): void {
  const list = document.querySelector<HTMLElement>('.library [role="listbox"]')
  if (!list) return
  const rows = [...list.querySelectorAll<HTMLElement>('.library-row[data-id]')]
  const current = rows.findIndex((row) => row.getAttribute('aria-selected') === 'true')
  const next = rows[current < 0 ? 0 : current + delta]
  if (!next) return
  next.click()
  next.focus({ preventScroll: true })
  next.scrollIntoView({ block: 'nearest' })
}

const clickInFocusedPane = (selector: string) => (): void =>
  document.querySelector<HTMLButtonElement>(`.reader.focused ${selector}`)?.click()

export function useShortcuts(panes: Panes, onPanel: (panel: 'settings' | 'shortcuts') => void): void {
  const { shortcuts } = usePreferences()
  useEffect(() => {
    const run: Record<ShortcutAction, () => void> = {
      next: () => step(1),
      previous: () => step(-1),
      search: () => document.querySelector<HTMLInputElement>('.search-box')?.focus(),
      compare: clickInFocusedPane('.compare-button'),
      star: clickInFocusedPane('.star-button'),
      toggleRead: clickInFocusedPane('.read-button'),
      loadImages: clickInFocusedPane('.load-images-button'),
      back: () => panes.back(panes.focused),
      forward: () => panes.forward(panes.focused),
      pane1: () => panes.focus(0),
      pane2: () => panes.focus(1),
      pane3: () => panes.focus(2),
      pane4: () => panes.focus(3),
      help: () => onPanel('shortcuts'),
      settings: () => onPanel('settings'),
    }
    const byKey = new Map(Object.entries(shortcuts).map(([action, key]) => [key, action as ShortcutAction]))
    const onKey = (event: KeyboardEvent): void => {
      const target = event.target as HTMLElement | null
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return
      // An open dialog owns the keyboard. A closed one may still hold focus for a moment (until React
      // unmounts its content), and a key pressed then must reach the app.
      if (target?.closest('dialog[open]')) return
      if (target && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)))
        return
      const action = byKey.get(event.key)
      if (!action) return
      event.preventDefault()
      run[action]()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [panes, onPanel, shortcuts])
}
