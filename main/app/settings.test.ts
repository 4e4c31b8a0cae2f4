// Settings over electron-store's core (conf), including what happens to a damaged file.
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_PREFERENCES } from '../../common/preferences'
import { openSettingsIn } from '../test/settings'
import { SETTINGS_VERSION, type Settings } from './settings'

const now = new Date('2026-11-22T10:00:00Z')

const open = (dir: string): Settings => openSettingsIn(dir, now)

describe('Settings', () => {
  it('starts from the defaults and remembers folders, most recent first, without duplicates', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'settings-'))
    const settings = open(dir)
    expect(settings.notice).toBeNull()
    settings.rememberFolder('/a')
    settings.rememberFolder('/b')
    settings.rememberFolder('/a')
    expect(settings.recentFolders()).toEqual(['/a', '/b'])
    expect(open(dir).get('lastFolder')).toBe('/a')
  })

  it('keeps reading state by canonical URL across restarts', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'settings-'))
    open(dir).setReadingState('https://www.bbc.com/zhongwen/simp/world-62545099', {
      read: true,
      starred: true,
      scroll: 0.5,
    })
    expect(open(dir).readingState('https://www.bbc.com/zhongwen/simp/world-62545099')).toEqual({
      read: true,
      starred: true,
      scroll: 0.5,
    })
  })

  it('backs up a file that is not JSON, starts from defaults and says so', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'settings-'))
    writeFileSync(path.join(dir, 'settings.json'), '{"recentFolders": ["/a"], trunc')
    const settings = open(dir)
    expect(settings.notice?.message).toMatch(/damaged/)
    expect(readFileSync(settings.notice?.backupPath ?? '', 'utf8')).toBe('{"recentFolders": ["/a"], trunc')
    expect(settings.recentFolders()).toEqual([])
  })

  it('resets only the invalid values, after backing the file up', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'settings-'))
    const reading = { 'https://example.com/a': { read: true, starred: false, scroll: 0.2 } }
    const preferences = { ...DEFAULT_PREFERENCES, theme: 'neon', fontSize: 'huge', lineWidth: 50 }
    writeFileSync(
      path.join(dir, 'settings.json'),
      JSON.stringify({ version: 2, preferences, recentFolders: ['/a'], lastFolder: 7, reading }),
    )
    const settings = open(dir)
    expect(settings.notice?.message).toMatch(/lastFolder, theme, fontSize/)
    expect(existsSync(settings.notice?.backupPath ?? '')).toBe(true)
    expect(settings.preferences()).toMatchObject({ theme: 'system', fontSize: 17, lineWidth: 50 })
    expect(settings.get('lastFolder')).toBeNull()
    // What was valid is kept: reading state is never silently wiped.
    expect(settings.recentFolders()).toEqual(['/a'])
    expect(settings.readingState('https://example.com/a')).toEqual(reading['https://example.com/a'])
    expect(readdirSync(dir).filter((f) => f.includes('corrupt'))).toHaveLength(1)
    // Repaired on disk: the next start has nothing to say.
    expect(open(dir).notice).toBeNull()
  })

  it('refuses to store an invalid value', () => {
    const settings = open(mkdtempSync(path.join(tmpdir(), 'settings-')))
    expect(() => settings.set('lastFolder', 400 as unknown as string)).toThrow()
    expect(() => settings.setPreferences({ fontSize: 400 })).toThrow()
    expect(settings.preferences().fontSize).toBe(17)
  })

  it('keeps preferences across restarts, merging each change into the rest', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'settings-'))
    open(dir).setPreferences({ theme: 'dark', shortcuts: { star: 'f' } })
    open(dir).setPreferences({ fontSize: 21 })
    expect(open(dir).preferences()).toMatchObject({ theme: 'dark', fontSize: 21, shortcuts: { star: 'f' } })
  })

  it('migrates a version 1 file: theme and font size move into preferences, the old file is kept', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'settings-'))
    const v1 = {
      version: 1,
      theme: 'sepia',
      fontSize: 20,
      recentFolders: ['/a'],
      lastFolder: '/a',
      reading: {},
    }
    writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(v1))
    const settings = open(dir)
    expect(settings.notice).toBeNull()
    expect(settings.preferences()).toEqual({ ...DEFAULT_PREFERENCES, theme: 'sepia', fontSize: 20 })
    expect(settings.get('version')).toBe(SETTINGS_VERSION)
    const onDisk = JSON.parse(readFileSync(path.join(dir, 'settings.json'), 'utf8')) as Record<
      string,
      unknown
    >
    expect(onDisk).not.toHaveProperty('theme')
    expect(onDisk).not.toHaveProperty('fontSize')
    const backup = readdirSync(dir).find((f) => f.includes('.v1-'))
    expect(JSON.parse(readFileSync(path.join(dir, backup ?? 'missing'), 'utf8'))).toMatchObject(v1)
  })
})
