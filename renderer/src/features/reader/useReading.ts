/**
 * The reading state of the article shown (by canonical URL, kept in main): read, starred, and how far
 * it was read. Opening marks it read when the preference says so.
 */
import { useCallback, useEffect, useState } from 'react'
import type { ReadingState } from '../../../../common/ipc/contract'
import { usePreferences } from '../../app/preferences'
import { bridge } from '../../bridge'

export interface Reading {
  state: ReadingState | null
  toggleStar(): void
  toggleRead(): void
  saveScroll(fraction: number): void
}

export function useReading(url: string | null, onChanged?: () => void): Reading {
  const { preferences, loaded } = usePreferences()
  const [answer, setAnswer] = useState<{ url: string; state: ReadingState } | null>(null)
  const markOnOpen = preferences.markReadOnOpen

  useEffect(() => {
    if (!url || !loaded) return
    let current = true
    void bridge()
      .setReading(markOnOpen ? { url, read: true } : { url })
      .then((state) => {
        if (!current) return
        setAnswer({ url, state })
        onChanged?.()
      })
    return () => {
      current = false
    }
    // Only a new article is "opened": changing the preference later does not re-mark this one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [url, loaded])

  const state = answer && answer.url === url ? answer.state : null
  const change = useCallback(
    (patch: { read?: boolean; starred?: boolean }) => {
      if (!url) return
      void bridge()
        .setReading({ url, ...patch })
        .then((next) => {
          setAnswer({ url, state: next })
          onChanged?.()
        })
    },
    [url, onChanged],
  )
  const saveScroll = useCallback(
    (scroll: number) => {
      if (url) void bridge().setReading({ url, scroll: Math.min(1, Math.max(0, scroll)) })
    },
    [url],
  )
  return {
    state,
    toggleStar: () => state && change({ starred: !state.starred }),
    toggleRead: () => state && change({ read: !state.read }),
    saveScroll,
  }
}
