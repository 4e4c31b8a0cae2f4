/**
 * The user's preferences: how articles look and how the app behaves. Shared by main (which stores and
 * validates them) and the renderer (which applies them). Shortcuts are stored as overrides of the
 * defaults, so a new action added later gets its default key without a migration.
 */
import { z } from 'zod'

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

/** One printable key (what `KeyboardEvent.key` reports), without modifiers: shortcuts never fire in fields. */
export const shortcutKey = z
  .string()
  .min(1)
  .max(1)
  .regex(/^[\x21-\x7e]$/, 'a shortcut is one printable character')

export const preferencesSchema = z.object({
  theme: z.enum(['system', 'light', 'dark', 'sepia']),
  /** Reading text size in CSS pixels. */
  fontSize: z.number().int().min(12).max(28),
  /** Longest line of the article text, in em. */
  lineWidth: z.number().int().min(24).max(60),
  /** Show Chinese text as written, or converted for display only (search folds both anyway). */
  chineseScript: z.enum(['original', 'simplified', 'traditional']),
  language: z.enum(['system', 'en', 'zh-Hans']),
  markReadOnOpen: z.boolean(),
  /** Off by default: the app then makes no network request at all. */
  loadImages: z.boolean(),
  syncScroll: z.boolean(),
  /** Widths of the reading panes as fractions, by number of panes open ("2": [0.5, 0.5]). */
  paneLayout: z.partialRecord(z.enum(['2', '3', '4']), z.array(z.number().min(0.1).max(0.9)).min(2).max(4)),
  shortcuts: z.partialRecord(z.enum(SHORTCUT_ACTIONS), shortcutKey),
})
export type Preferences = z.infer<typeof preferencesSchema>
export type Theme = Preferences['theme']
export type Language = Preferences['language']

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

/** A change to some preferences; main merges it into the stored ones. */
export const preferencesPatchSchema = preferencesSchema
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, 'a change names at least one preference')
export type PreferencesPatch = z.infer<typeof preferencesPatchSchema>

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
