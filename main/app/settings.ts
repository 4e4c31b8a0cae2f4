/**
 * Settings and reading state, over electron-store. The store itself is injected (electron-store in the
 * app, its core `conf` in tests) so this module never imports electron.
 *
 * A store file that is not valid JSON, or whose values fail the schema, is never silently wiped: it is
 * copied aside first, then the bad values are reset, and the caller gets a notice to show the user.
 */
import { copyFileSync, existsSync, readFileSync, unlinkSync } from 'node:fs'
import { z } from 'zod'
import { readingStateSchema, type ReadingState } from '../../common/ipc/contract'
import { DEFAULT_PREFERENCES } from '../../common/preferences'
import { preferencesSchema, type Preferences, type PreferencesPatch } from '../../common/preferences-schema'

/** 2: theme and font size moved into `preferences`, with the other reading preferences. */
export const SETTINGS_VERSION = 2
const MAX_RECENT = 10

export const settingsSchema = z.object({
  version: z.number().int(),
  recentFolders: z.array(z.string().min(1)).max(MAX_RECENT),
  lastFolder: z.string().nullable(),
  windowBounds: z
    .object({ x: z.number(), y: z.number(), width: z.number().min(200), height: z.number().min(200) })
    .nullable(),
  preferences: preferencesSchema,
  /** Keyed by canonical URL, so the state survives moving or renaming the archive. */
  reading: z.record(z.string(), readingStateSchema),
})
export type SettingsData = z.infer<typeof settingsSchema>
type Key = keyof SettingsData

export const DEFAULT_SETTINGS: SettingsData = {
  version: SETTINGS_VERSION,
  recentFolders: [],
  lastFolder: null,
  windowBounds: null,
  preferences: DEFAULT_PREFERENCES,
  reading: {},
}

/** The part of electron-store / conf this module uses. */
export interface ConfLike {
  readonly store: Record<string, unknown>
  set(key: string, value: unknown): void
  delete(key: string): void
}

export interface SettingsNotice {
  message: string
  backupPath: string
}

/**
 * Run before the store is constructed: a file that is not JSON would make electron-store throw (or,
 * with clearInvalidConfig, wipe it). Moves such a file aside and says so.
 */
export function rescueUnreadableFile(file: string, now: Date = new Date()): SettingsNotice | null {
  if (!existsSync(file)) return null
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return null
  }
  try {
    const value: unknown = JSON.parse(text)
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) return null
  } catch {
    // Fall through: not JSON.
  }
  const backupPath = backupName(file, now)
  copyFileSync(file, backupPath)
  unlinkSync(file)
  return {
    message: 'Your settings file was damaged, so the defaults are in use. A copy of the old file was kept.',
    backupPath,
  }
}

export class Settings {
  readonly notice: SettingsNotice | null

  constructor(
    private readonly store: ConfLike,
    options: { file: string; rescued: SettingsNotice | null; now?: Date },
  ) {
    const now = options.now ?? new Date()
    this.migrate(options.file, now)
    this.notice = options.rescued ?? this.repair(options.file, now)
  }

  get<K extends Key>(key: K): SettingsData[K] {
    const parsed = settingsSchema.shape[key].safeParse(this.store.store[key])
    return (parsed.success ? parsed.data : DEFAULT_SETTINGS[key]) as SettingsData[K]
  }

  set<K extends Key>(key: K, value: SettingsData[K]): void {
    this.store.set(key, settingsSchema.shape[key].parse(value))
  }

  recentFolders(): string[] {
    return this.get('recentFolders')
  }

  /** Moves the folder to the front of the recent list and makes it the one reopened at start. */
  rememberFolder(folder: string): void {
    const recent = [folder, ...this.recentFolders().filter((f) => f !== folder)].slice(0, MAX_RECENT)
    this.set('recentFolders', recent)
    this.set('lastFolder', folder)
  }

  /** Each preference on its own: one bad value falls back to its default, not all of them. */
  preferences(): Preferences {
    return readPreferences(this.store.store['preferences']).value
  }

  setPreferences(patch: PreferencesPatch): Preferences {
    const next = preferencesSchema.parse({ ...this.preferences(), ...patch })
    this.store.set('preferences', next)
    return next
  }

  readingState(url: string): ReadingState {
    return this.get('reading')[url] ?? { read: false, starred: false, scroll: 0 }
  }

  setReadingState(url: string, state: ReadingState): void {
    this.set('reading', { ...this.get('reading'), [url]: state })
  }

  /**
   * Brings a file written by an older version up to date, after copying it aside. Each step takes the
   * file from version n to n + 1; nothing the user set is dropped.
   */
  private migrate(file: string, now: Date): void {
    const raw = this.store.store
    const version =
      typeof raw['version'] === 'number' ? raw['version'] : raw['theme'] !== undefined ? 1 : null
    if (version === null || version >= SETTINGS_VERSION) return
    if (existsSync(file)) copyFileSync(file, backupName(file, now, `v${version}`))
    if (version < 2) {
      const preferences: Record<string, unknown> = {}
      for (const key of ['theme', 'fontSize'] as const) {
        if (raw[key] !== undefined) preferences[key] = raw[key]
        this.store.delete(key)
      }
      this.store.set('preferences', { ...DEFAULT_PREFERENCES, ...preferences })
    }
    this.store.set('version', SETTINGS_VERSION)
  }

  /** Resets each invalid value (each preference on its own) to its default, after copying the file aside. */
  private repair(file: string, now: Date): SettingsNotice | null {
    const raw = this.store.store
    const badKeys = (Object.keys(DEFAULT_SETTINGS) as Key[]).filter(
      (key) => key !== 'preferences' && key in raw && !settingsSchema.shape[key].safeParse(raw[key]).success,
    )
    const badPreferences = readPreferences(raw['preferences']).invalid
    const outdated = typeof raw['version'] === 'number' && raw['version'] > SETTINGS_VERSION
    if (badKeys.length === 0 && badPreferences.length === 0 && !outdated) {
      if (raw['version'] === undefined) this.store.set('version', SETTINGS_VERSION)
      return null
    }
    const backupPath = backupName(file, now)
    if (existsSync(file)) copyFileSync(file, backupPath)
    for (const key of badKeys) this.store.set(key, DEFAULT_SETTINGS[key])
    if (badPreferences.length > 0) this.store.set('preferences', this.preferences())
    const names = [...badKeys, ...badPreferences]
    return {
      message: `Some settings could not be read (${names.join(', ') || 'newer version'}) and were reset. A copy of the old file was kept.`,
      backupPath,
    }
  }
}

/**
 * The stored preferences, each on its own: a missing or invalid one takes its default. `invalid` names
 * those that were stored but fail the schema (all of them, as "preferences", when it is not an object).
 */
function readPreferences(raw: unknown): { value: Preferences; invalid: string[] } {
  const isObject = raw !== null && typeof raw === 'object' && !Array.isArray(raw)
  const stored = isObject ? (raw as Record<string, unknown>) : {}
  const value: Record<string, unknown> = {}
  const invalid: string[] = raw === undefined || isObject ? [] : ['preferences']
  for (const key of Object.keys(DEFAULT_PREFERENCES) as (keyof Preferences)[]) {
    const parsed = preferencesSchema.shape[key].safeParse(stored[key])
    value[key] = parsed.success ? parsed.data : DEFAULT_PREFERENCES[key]
    if (!parsed.success && key in stored) invalid.push(key)
  }
  return { value: value as Preferences, invalid }
}

function backupName(file: string, now: Date, reason = 'corrupt'): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  return file.replace(/\.json$/, '') + `.${reason}-${stamp}.json`
}
