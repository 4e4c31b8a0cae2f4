// Every real file we have, through the parser: the vendored fixtures always, and ../shared/corpus
// whenever it is present (CI has it).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { articleSchema, type Article } from '../../../common/article'
import { FIXTURES, SHARED_CORPUS, filesUnder, hasSharedCorpus } from '../../test/fixtures'
import { looksLikeSnapshot } from '../library/scan'
import { parseSnapshot } from './parse'
import { textOf } from './dom'
import { parseDocument } from 'htmlparser2'

function listFiles(root: string): string[] {
  return filesUnder(root, (name) => /\.(md|txt)$/.test(name) && name !== 'SOURCES.md').map((relative) =>
    path.join(root, relative),
  )
}

/**
 * The outlet each archive says a file is from, independent of the parser's own table: the folder name
 * (oped2 and duty-machine layouts) or the front matter's `author:` (waimei layout).
 */
const ARCHIVE_NAMES: Record<string, string> = {
  德国之声: 'dw',
  dw: 'dw',
  BBC: 'bbc',
  bbc: 'bbc',
  美国之音: 'voa',
  voa: 'voa',
  自由亚洲电台: 'rfa',
  法广: 'rfi',
  路透: 'reuters',
  纽约时报: 'nyt',
  金融时报: 'ft',
  中国数字时代: 'cdt',
  联合早报: 'zaobao',
  '(臺)中央社CNA': 'cna',
  大纪元: 'epochtimes',
  RTI: 'rti',
  经济学人en: 'economist',
  Solidot: 'solidot',
  维权网: 'wqw',
  CCTV新闻联播: 'cctv',
  'Nei.st': 'neist',
}

function expectedOutlet(file: string, text: string): string | null {
  const author = /^author: (.+)$/m.exec(text.slice(0, 600))?.[1]?.trim()
  if (author) return ARCHIVE_NAMES[author] ?? null
  const folder = path.basename(path.dirname(file))
  return ARCHIVE_NAMES[folder] ?? null
}

function plain(html: string): string {
  return textOf(parseDocument(html).children)
}

const roots = [FIXTURES, ...(hasSharedCorpus ? [SHARED_CORPUS] : [])]

describe.each(roots)('every snapshot under %s', (root) => {
  const files = listFiles(root)
  const results = files.map((file) => {
    const bytes = readFileSync(file)
    return { file, bytes, result: parseSnapshot(bytes, path.relative(root, file)) }
  })

  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(root === FIXTURES ? 50 : 1000)
  })

  it('never reaches the parser’s last-resort catch', () => {
    const crashed = results.filter(
      (r) => !r.result.ok && r.result.error.message.startsWith('The file could not be parsed'),
    )
    expect(crashed.map((r) => r.file)).toEqual([])
  })

  it('gives every file with a snapshot header a title and a valid http(s) URL', () => {
    const bad: string[] = []
    for (const { file, bytes, result } of results) {
      // The deliberately broken variants are refused on purpose (see golden.test.ts).
      if (path.basename(file).startsWith('broken-')) continue
      if (!looksLikeSnapshot(bytes.subarray(0, 512).toString('utf8'))) continue
      if (!result.ok) bad.push(`${file}: ${result.error.message}`)
      else if (
        !result.article.title.trim() ||
        !result.article.url ||
        !/^https?:\/\//.test(result.article.url)
      )
        bad.push(file)
    }
    expect(bad).toEqual([])
  })

  it('produces articles that satisfy the model schema', () => {
    const invalid = results.flatMap(({ file, result }) =>
      result.ok && !articleSchema.safeParse(result.article).success ? [file] : [],
    )
    expect(invalid).toEqual([])
  })

  it('never leaves a caption as a loose paragraph after its figure', () => {
    const loose: string[] = []
    for (const { file, result } of results) {
      if (!result.ok) continue
      const blocks = result.article.blocks
      blocks.forEach((block, i) => {
        const next = blocks[i + 1]
        if (
          block.type === 'figure' &&
          block.figure.caption &&
          next?.type === 'paragraph' &&
          plain(next.html) === block.figure.caption
        ) {
          loose.push(`${file}: ${block.figure.caption}`)
        }
      })
    }
    expect(loose).toEqual([])
  })

  it('detects the outlet of every file from a known outlet', () => {
    const wrong: string[] = []
    for (const { file, bytes, result } of results) {
      const expected = expectedOutlet(file, bytes.toString('utf8'))
      if (expected && result.ok && result.article.outlet.id !== expected)
        wrong.push(`${file}: ${result.article.outlet.id} ≠ ${expected}`)
    }
    expect(wrong).toEqual([])
  })

  it('never lets markup, scripts or feed boilerplate into paragraph text', () => {
    const leaks: string[] = []
    for (const { file, result } of results) {
      if (!result.ok) continue
      for (const block of (result.article as Article).blocks) {
        if (block.type !== 'paragraph') continue
        if (/<(?!\/?(?:a|b|strong|i|em|u|s|sub|sup|small|code|mark|q|cite|abbr|br)\b)/i.test(block.html))
          leaks.push(`${file}: ${block.html.slice(0, 80)}`)
        if (/获取更多RSS|Feed enhanced by|dfp-ad|googletag/.test(block.html))
          leaks.push(`${file}: boilerplate`)
      }
    }
    expect(leaks).toEqual([])
  })
})
