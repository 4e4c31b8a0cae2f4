/**
 * Settings and reading state, over electron-store. The store itself is injected (electron-store in the
 * app, its core `conf` in tests) so this module never imports electron.
 *
 * A store file that is not valid JSON, or whose values fail the schema, is never silently wiped: it is
 * copied aside first, then the bad values are reset, and the caller gets a notice to show the user.
 */
import { copyFileSync, existsSync, readFileSync, unlinkSync } from 'node:fs'
import { z } from 'zod'

export const SETTINGS_VERSION = 1
const MAX_RECENT = 10

const readingStateSchema = z.object({
  read: z.boolean(),
  starred: z.boolean(),
  /** Fraction of the article scrolled, 0–1. */
  scroll: z.number().min(0).max(1),
})
export type ReadingState = z.infer<typeof readingStateSchema>

export const settingsSchema = z.object({
  version: z.number().int(),
  recentFolders: z.array(z.string().min(1)).max(MAX_RECENT),
  lastFolder: z.string().nullable(),
  windowBounds: z
    .object({ x: z.number(), y: z.number(), width: z.number().min(200), height: z.number().min(200) })
    .nullable(),
  theme: z.enum(['system', 'light', 'dark', 'sepia']),
  fontSize: z.number().int().min(10).max(32),
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
  theme: 'system',
  fontSize: 17,
  reading: {},
}

/** The part of electron-store / conf this module uses. */
export interface ConfLike {
  readonly store: Record<string, unknown>
  set(key: string, value: unknown): void
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
    this.notice = options.rescued ?? this.repair(options.file, options.now ?? new Date())
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

  readingState(url: string): ReadingState {
    return this.get('reading')[url] ?? { read: false, starred: false, scroll: 0 }
  }

  setReadingState(url: string, state: ReadingState): void {
    this.set('reading', { ...this.get('reading'), [url]: state })
  }

  /** Resets each invalid value to its default, after copying the file aside. */
  private repair(file: string, now: Date): SettingsNotice | null {
    const raw = this.store.store
    const bad = (Object.keys(DEFAULT_SETTINGS) as Key[]).filter(
      (key) => key in raw && !settingsSchema.shape[key].safeParse(raw[key]).success,
    )
    const outdated = typeof raw['version'] === 'number' && raw['version'] > SETTINGS_VERSION
    if (bad.length === 0 && !outdated) {
      if (raw['version'] === undefined) this.store.set('version', SETTINGS_VERSION)
      return null
    }
    const backupPath = backupName(file, now)
    if (existsSync(file)) copyFileSync(file, backupPath)
    for (const key of bad) this.store.set(key, DEFAULT_SETTINGS[key])
    return {
      message: `Some settings could not be read (${bad.join(', ') || 'newer version'}) and were reset. A copy of the old file was kept.`,
      backupPath,
    }
  }
}

function backupName(file: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-')
  return file.replace(/\.json$/, '') + `.corrupt-${stamp}.json`
}
