import { describe, expect, it } from 'vitest'
import { folderFromArgv } from './cli-args'

describe('folderFromArgv', () => {
  it('reads --folder, --folder= and a bare path, after the executable and app path', () => {
    expect(folderFromArgv(['electron', '.', '--folder', '/archive'], false)).toBe('/archive')
    expect(folderFromArgv(['electron', '.', '--folder=/archive'], false)).toBe('/archive')
    expect(folderFromArgv(['electron', '.', '/archive'], false)).toBe('/archive')
    expect(folderFromArgv(['Snapshot Reader', '/archive'], true)).toBe('/archive')
  })

  it('ignores Chromium switches and the app path itself', () => {
    expect(folderFromArgv(['electron', '.', '--no-sandbox', '--enable-logging'], false)).toBeNull()
    expect(folderFromArgv(['Snapshot Reader'], true)).toBeNull()
    expect(folderFromArgv(['electron', '/app', '--folder'], false)).toBeNull()
  })
})
