/** The schemas of the user's preferences (main validates with them); constants are in preferences.ts. */
import { z } from 'zod'
import { PREFERENCE_RANGES, SHORTCUT_ACTIONS } from './preferences'

/** One printable key (what `KeyboardEvent.key` reports), without modifiers: shortcuts never fire in fields. */
const shortcutKey = z
  .string()
  .min(1)
  .max(1)
  .regex(/^[\x21-\x7e]$/, 'a shortcut is one printable character')

export const preferencesSchema = z.object({
  theme: z.enum(['system', 'light', 'dark', 'sepia']),
  fontSize: z.number().int().min(PREFERENCE_RANGES.fontSize.min).max(PREFERENCE_RANGES.fontSize.max),
  lineWidth: z.number().int().min(PREFERENCE_RANGES.lineWidth.min).max(PREFERENCE_RANGES.lineWidth.max),
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

/** A change to some preferences; main merges it into the stored ones. */
export const preferencesPatchSchema = preferencesSchema
  .partial()
  .strict()
  .refine((patch) => Object.keys(patch).length > 0, 'a change names at least one preference')
export type PreferencesPatch = z.infer<typeof preferencesPatchSchema>
