// The contract's operations over the real library, through the same dispatch the app uses.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { InvokeName } from '../../common/ipc/names'
import { ImageCache } from '../engine/images/image-cache'
import { Library } from '../engine/library/library'
import { openSettingsIn } from '../test/settings'
import { articleImageSources } from '../../common/remote-image'
import { FIXTURES, SAMPLES } from '../test/fixtures'
import { dispatch } from './dispatch'
import { createHandlers } from './handlers'
import { safeExternalUrl } from './external-url'

function setup(recent: string[] = []) {
  const library = new Library()
  const opened: string[] = []
  const remembered: string[] = []
  let picked: string | null = null
  const copied: string[] = []
  const revealed: string[] = []
  const images = new ImageCache(mkdtempSync(path.join(tmpdir(), 'images-')))
  const handlers = createHandlers({
    library,
    pickFolder: async () => picked,
    openInBrowser: async (url) => void opened.push(url),
    writeClipboard: (text) => void copied.push(text),
    showInFolder: (file) => void revealed.push(file),
    recentFolders: () => recent,
    rememberFolder: (folder) => void remembered.push(folder),
    startupNotices: ['Settings were reset.'],
    userState: openSettingsIn(mkdtempSync(path.join(tmpdir(), 'settings-'))),
    images,
  })
  const call = (name: InvokeName, ...args: unknown[]) => dispatch(handlers, name, args)
  return {
    library,
    call,
    images,
    opened,
    copied,
    revealed,
    remembered,
    pick: (folder: string | null) => (picked = folder),
  }
}

describe('handlers', () => {
  it('opens the folder the user picks, then lists rows and reads an article', async () => {
    const { call, library, pick, remembered } = setup()
    pick(SAMPLES)
    const opened = await call('openFolderDialog')
    expect(opened).toMatchObject({ ok: true, value: { folder: SAMPLES, phase: 'scanning' } })
    expect(remembered).toEqual([SAMPLES])
    await expect.poll(() => library.getState().phase).toBe('ready')
    const page = await call('listRows', { offset: 0, limit: 3 })
    expect(page).toMatchObject({ ok: true, value: { total: 10, offset: 0 } })
    const rows = (page as { value: { rows: { id: string; title: string }[] } }).value.rows
    expect(rows).toHaveLength(3)
    const article = await call('getArticle', rows[0]?.id)
    expect(article).toMatchObject({ ok: true, value: { ok: true, article: { title: rows[0]?.title } } })
  })

  it('answers null when the dialog is cancelled', async () => {
    const { call } = setup()
    await expect(call('openFolderDialog')).resolves.toEqual({ ok: true, value: null })
  })

  it('reopens by path only a folder the user chose before', async () => {
    const { call } = setup([SAMPLES])
    await expect(call('openRecentFolder', '/etc')).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    await expect(call('openRecentFolder', SAMPLES)).resolves.toMatchObject({ ok: true })
  })

  it('says clearly when a remembered folder is gone', async () => {
    const gone = path.join(mkdtempSync(path.join(tmpdir(), 'gone-')), 'missing')
    const { call } = setup([gone])
    const result = await call('openRecentFolder', gone)
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect((result as { error: { message: string } }).error.message).toContain('does not exist')
  })

  it('refuses article ids that are not in the open folder, and malformed ones', async () => {
    const { call } = setup()
    await expect(call('getArticle', '0123456789abcdef')).resolves.toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
    await expect(call('getArticle', '../../etc/passwd')).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    })
    await expect(call('getArticle')).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    })
    await expect(call('listRows', { offset: 0, limit: 10, extra: true })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    })
    await expect(call('listRows', { offset: 0, limit: 1e9 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    })
  })

  it('opens only http(s) URLs in the browser', async () => {
    const { call, opened } = setup()
    for (const bad of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'data:text/html,hi',
      'vbscript:x',
      'https://user:pw@example.com/',
      'not a url',
    ]) {
      await expect(call('openExternal', bad)).resolves.toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      })
    }
    await expect(call('openExternal', 'https://www.dw.com/zh/a-66531065')).resolves.toEqual({
      ok: true,
      value: true,
    })
    expect(opened).toEqual(['https://www.dw.com/zh/a-66531065'])
  })

  it('hands over startup notices', async () => {
    await expect(setup().call('getStartupNotices')).resolves.toEqual({
      ok: true,
      value: ['Settings were reset.'],
    })
  })
})

describe('safeExternalUrl', () => {
  it('normalizes what it accepts', () => {
    expect(safeExternalUrl('HTTPS://Example.com/a b')).toBe('https://example.com/a%20b')
    expect(safeExternalUrl('mailto:x@example.com')).toBeNull()
  })
})

describe('IPC abuse', () => {
  const garbage: unknown[][] = [
    [42],
    [null],
    [{}],
    [[]],
    ['x'.repeat(1_000_000)],
    [{ offset: -1, limit: 10 }],
    [{ offset: 0, limit: 10, __proto__: { polluted: true } }],
    [{ query: 'x'.repeat(10_000), offset: 0, limit: 10 }],
    ['../../etc/passwd'],
    ['/etc/passwd'],
    [Number.NaN],
    ['0123456789abcdef', 1e9],
  ]

  it('refuses wrong types, huge values and paths on every channel, with a reason, before doing anything', async () => {
    const { call, opened, remembered } = setup()
    const { INVOKE_NAMES } = await import('../../common/ipc/names')
    for (const name of INVOKE_NAMES) {
      for (const args of garbage) {
        const result = await call(name, ...args)
        // Operations without arguments ignore none: extra arguments are refused too.
        expect(result, `${name}(${JSON.stringify(args).slice(0, 60)})`).toMatchObject({ ok: false })
        if (!result.ok) expect(['invalid-arguments', 'forbidden', 'not-found']).toContain(result.error.code)
      }
    }
    expect(opened).toEqual([])
    expect(remembered).toEqual([])
  })

  it('never reads a file outside the opened folder: articles are reached by id, folders only if chosen', async () => {
    const { call, library } = setup([SAMPLES])
    await call('openRecentFolder', SAMPLES)
    await expect.poll(() => library.getState().phase).toBe('ready')
    for (const outside of ['/etc/passwd', '../../etc/passwd', path.join(SAMPLES, '..', 'package.json')]) {
      await expect(call('openRecentFolder', outside)).resolves.toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      })
      await expect(call('getArticle', outside)).resolves.toMatchObject({
        ok: false,
        error: { code: 'invalid-arguments' },
      })
    }
  })
})

describe('reading state', () => {
  it('marks articles read and starred by canonical URL, and every row carries it', async () => {
    const { call, pick, library } = setup()
    pick(SAMPLES)
    await call('openFolderDialog')
    await expect.poll(() => library.getState().phase).toBe('ready')
    const page = (await call('listRows', { offset: 0, limit: 20 })) as {
      value: { rows: { id: string; url: string; read: boolean; starred: boolean }[] }
    }
    const first = page.value.rows[0]
    expect(first).toMatchObject({ read: false, starred: false })
    await expect(call('setReading', { url: first?.url, read: true })).resolves.toEqual({
      ok: true,
      value: { read: true, starred: false, scroll: 0 },
    })
    await expect(call('setReading', { url: first?.url, starred: true, scroll: 0.4 })).resolves.toEqual({
      ok: true,
      value: { read: true, starred: true, scroll: 0.4 },
    })
    // Only the URL: the state is answered, nothing changes.
    await expect(call('setReading', { url: first?.url })).resolves.toMatchObject({ value: { scroll: 0.4 } })
    await expect(call('setReading', { url: first?.url, scroll: 2 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-arguments' },
    })
    const again = (await call('listRows', { offset: 0, limit: 20 })) as typeof page
    expect(again.value.rows.find((r) => r.id === first?.id)).toMatchObject({ read: true, starred: true })
    expect(again.value.rows.filter((r) => r.read)).toHaveLength(1)
    const captures = (await call('captures', first?.id)) as { value: { read: boolean }[] }
    expect(captures.value.every((r) => r.read)).toBe(true)
  })
})

describe('links, clipboard and file manager', () => {
  it('finds library articles by URL, copies text, reveals only files of the library', async () => {
    const { call, pick, library, copied, revealed } = setup()
    pick(FIXTURES)
    await call('openFolderDialog')
    await expect.poll(() => library.getState().phase).toBe('ready')
    const id = library.idOf('cdt-revision-a.md') ?? ''
    const row = library.captures(id)[0]
    // Both revisions share a URL: the newest capture answers, also for a link to a part of the page.
    await expect(
      call('findByUrls', [row?.url, `${row?.url ?? ''}#comments`, 'https://example.com/nowhere']),
    ).resolves.toEqual({ ok: true, value: [row?.id, row?.id, null] })
    await expect(call('copyUrl', 'https://www.dw.com/zh/x')).resolves.toEqual({ ok: true, value: true })
    await expect(call('copyUrl', 'rm -rf ~')).resolves.toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    })
    expect(copied).toEqual(['https://www.dw.com/zh/x'])
    await expect(call('revealFile', id)).resolves.toEqual({ ok: true, value: true })
    expect(revealed).toEqual([path.join(FIXTURES, 'cdt-revision-a.md')])
    await expect(call('revealFile', '0123456789abcdef')).resolves.toMatchObject({ ok: false })
  })
})

describe('preferences and images', () => {
  it('merges preference changes, refuses invalid ones, and keeps the rest', async () => {
    const { call } = setup()
    await expect(call('setPreferences', { theme: 'dark', fontSize: 20 })).resolves.toMatchObject({
      ok: true,
      value: { theme: 'dark', fontSize: 20, loadImages: false },
    })
    for (const bad of [
      { theme: 'neon' },
      { fontSize: 99 },
      { shortcuts: { star: 'ctrl+s' } },
      { unknown: 1 },
    ])
      await expect(call('setPreferences', bad)).resolves.toMatchObject({
        ok: false,
        error: { code: 'invalid-arguments' },
      })
    await expect(call('getPreferences')).resolves.toMatchObject({ value: { theme: 'dark', fontSize: 20 } })
  })

  it("allows exactly the article's figure and gallery images to be fetched", async () => {
    const { call, pick, library, images } = setup()
    pick(FIXTURES)
    await call('openFolderDialog')
    await expect.poll(() => library.getState().phase).toBe('ready')
    const gallery = library.allArticles().find((a) => a.relativePath === 'dw-gallery.md')
    const result = await library.getArticle(gallery?.id ?? '')
    if (!result?.ok) throw new Error('dw-gallery.md should parse')
    const sources = articleImageSources(result.article)
    expect(sources.length).toBeGreaterThan(3)
    expect(sources.some((s) => images.isAllowed(s))).toBe(false)
    await expect(call('allowImages', gallery?.id)).resolves.toEqual({ ok: true, value: sources.length })
    expect(sources.every((s) => images.isAllowed(s))).toBe(true)
    await expect(call('allowImages', '0123456789abcdef')).resolves.toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    })
  })
})
