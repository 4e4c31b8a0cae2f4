/**
 * The user's preferences: how articles look and how the app behaves. Shared by main (which stores and
 * validates them) and the renderer (which applies them). Shortcuts are stored as overrides of the
 * defaults, so a new action added later gets its default key without a migration.
 *
 * Kept free of zod (the schemas are in preferences-schema.ts): the renderer imports this at run time,
 * and zod probes for `eval` on load, which the renderer's CSP rightly reports.
 */
import type { Preferences } from './preferences-schema'

export type { Preferences, PreferencesPatch } from './preferences-schema'

export const SHORTCUT_ACTIONS = [
  'next',
  'previous',
  'search',
  'compare',
  'star',
  'toggleRead',
  'back',
  'forward',
  'pane1',
  'pane2',
  'pane3',
  'pane4',
  'loadImages',
  'help',
  'settings',
] as const
export type ShortcutAction = (typeof SHORTCUT_ACTIONS)[number]

export const DEFAULT_SHORTCUTS: Readonly<Record<ShortcutAction, string>> = {
  next: 'j',
  previous: 'k',
  search: '/',
  compare: 'c',
  star: 's',
  toggleRead: 'm',
  back: '[',
  forward: ']',
  pane1: '1',
  pane2: '2',
  pane3: '3',
  pane4: '4',
  loadImages: 'i',
  help: '?',
  settings: ',',
}

/** Bounds of the numeric preferences: the schema checks them, the settings' sliders offer them. */
export const PREFERENCE_RANGES = {
  /** Reading text size in CSS pixels. */
  fontSize: { min: 12, max: 28 },
  /** Longest line of the article text, in em. */
  lineWidth: { min: 24, max: 60 },
} as const

export const DEFAULT_PREFERENCES: Preferences = {
  theme: 'system',
  fontSize: 17,
  lineWidth: 38,
  chineseScript: 'original',
  language: 'system',
  markReadOnOpen: true,
  loadImages: false,
  syncScroll: false,
  paneLayout: {},
  shortcuts: {},
}

/** The effective key of every action: the user's override, else the default. */
export function effectiveShortcuts(
  preferences: Pick<Preferences, 'shortcuts'>,
): Record<ShortcutAction, string> {
  return { ...DEFAULT_SHORTCUTS, ...preferences.shortcuts }
}

/** Two actions on one key would make one of them unreachable; returns the actions that share a key. */
export function shortcutConflicts(shortcuts: Record<ShortcutAction, string>): ShortcutAction[] {
  const byKey = new Map<string, ShortcutAction[]>()
  for (const action of SHORTCUT_ACTIONS)
    byKey.set(shortcuts[action], [...(byKey.get(shortcuts[action]) ?? []), action])
  return [...byKey.values()].filter((actions) => actions.length > 1).flat()
}
