/**
 * The user's preferences in the page: loaded from main once, changed optimistically, stored by main.
 * Appearance is applied to the document root (theme attribute, CSS variables), so every view follows.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import {
  DEFAULT_PREFERENCES,
  effectiveShortcuts,
  type Preferences,
  type PreferencesPatch,
  type ShortcutAction,
} from '../../../common/preferences'
import { bridge, errorMessage } from '../bridge'
import { en, zhHans, type Messages } from '../i18n/messages'

interface PreferencesView {
  preferences: Preferences
  /** False until main answered: views that depend on a preference may wait for it. */
  loaded: boolean
  update(patch: PreferencesPatch): void
  shortcuts: Record<ShortcutAction, string>
  t: Messages
}

const Context = createContext<PreferencesView | null>(null)

export function usePreferences(): PreferencesView {
  const view = useContext(Context)
  if (!view) throw new Error('usePreferences outside PreferencesProvider')
  return view
}

/** The interface's messages, for components that need nothing else. */
export function useT(): Messages {
  return usePreferences().t
}

function messagesFor(language: Preferences['language']): Messages {
  const resolved =
    language === 'system' ? (navigator.language.toLowerCase().startsWith('zh') ? 'zh-Hans' : 'en') : language
  return resolved === 'zh-Hans' ? zhHans : en
}

export function PreferencesProvider({
  children,
  onError,
}: {
  children: ReactNode
  onError(message: string): void
}) {
  const [preferences, setPreferences] = useState<Preferences>(DEFAULT_PREFERENCES)
  const [loaded, setLoaded] = useState(false)

  useEffect(() => {
    void bridge()
      .getPreferences()
      .then((stored) => {
        setPreferences(stored)
        setLoaded(true)
      })
      .catch((error: unknown) => {
        setLoaded(true)
        onError(errorMessage(error))
      })
  }, [onError])

  const update = useCallback(
    (patch: PreferencesPatch) => {
      setPreferences((current) => ({ ...current, ...patch }))
      bridge()
        .setPreferences(patch)
        .then(setPreferences)
        .catch((error: unknown) => onError(errorMessage(error)))
    },
    [onError],
  )

  const t = messagesFor(preferences.language)
  useEffect(() => {
    const root = document.documentElement
    root.dataset['theme'] = preferences.theme
    root.lang = t.locale
    root.style.setProperty('--reading-size', `${preferences.fontSize}px`)
    root.style.setProperty('--line-width', `${preferences.lineWidth}em`)
  }, [preferences.theme, preferences.fontSize, preferences.lineWidth, t.locale])

  const value = useMemo<PreferencesView>(
    () => ({ preferences, loaded, update, shortcuts: effectiveShortcuts(preferences), t }),
    [preferences, loaded, update, t],
  )
  return <Context.Provider value={value}>{children}</Context.Provider>
}
