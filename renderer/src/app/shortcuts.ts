/**
 * Keyboard shortcuts: j/k next and previous article in the list, 1–4 focus a pane, c compare, s star,
 * [ and ] back and forward in the focused pane. (`/` is handled by the search box.) Typing in a field
 * never triggers them.
 */
import { useEffect } from 'react'
import type { Panes } from '../features/compare/usePanes'

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

export function useShortcuts(panes: Panes): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const target = event.target as HTMLElement | null
      if (event.ctrlKey || event.metaKey || event.altKey) return
      if (target && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName)))
        return
      switch (event.key) {
        case 'j':
          step(1)
          break
        case 'k':
          step(-1)
          break
        case 'c':
          document.querySelector<HTMLButtonElement>('.reader.focused .compare-button')?.click()
          break
        case 's':
          document.querySelector<HTMLButtonElement>('.reader.focused .star-button')?.click()
          break
        case '[':
          panes.back(panes.focused)
          break
        case ']':
          panes.forward(panes.focused)
          break
        case '1':
        case '2':
        case '3':
        case '4':
          panes.focus(Number(event.key) - 1)
          break
        default:
          return
      }
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [panes])
}
