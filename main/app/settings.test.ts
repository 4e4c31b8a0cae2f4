// Settings over electron-store's core (conf), including what happens to a damaged file.
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Conf from 'conf'
import { describe, expect, it } from 'vitest'
import { DEFAULT_SETTINGS, Settings, rescueUnreadableFile } from './settings'

const now = new Date('2026-11-22T10:00:00Z')

function open(dir: string): Settings {
  const file = path.join(dir, 'settings.json')
  const rescued = rescueUnreadableFile(file, now)
  const store = new Conf<Record<string, unknown>>({
    cwd: dir,
    configName: 'settings',
    defaults: DEFAULT_SETTINGS,
    clearInvalidConfig: false,
    projectName: 'snapshot-reader-test',
  })
  return new Settings(store, { file, rescued, now })
}

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
    writeFileSync(
      path.join(dir, 'settings.json'),
      JSON.stringify({ version: 1, theme: 'neon', fontSize: 'huge', recentFolders: ['/a'], reading }),
    )
    const settings = open(dir)
    expect(settings.notice?.message).toMatch(/theme, fontSize/)
    expect(existsSync(settings.notice?.backupPath ?? '')).toBe(true)
    expect(settings.get('theme')).toBe('system')
    expect(settings.get('fontSize')).toBe(17)
    // What was valid is kept: reading state is never silently wiped.
    expect(settings.recentFolders()).toEqual(['/a'])
    expect(settings.readingState('https://example.com/a')).toEqual(reading['https://example.com/a'])
    expect(readdirSync(dir).filter((f) => f.includes('corrupt'))).toHaveLength(1)
  })

  it('refuses to store an invalid value', () => {
    const settings = open(mkdtempSync(path.join(tmpdir(), 'settings-')))
    expect(() => settings.set('fontSize', 400)).toThrow()
  })
})
