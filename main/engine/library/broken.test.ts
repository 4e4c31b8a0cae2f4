// Every kind of broken file from the hostile-input issue, in one folder: each gets a clear reason (or is
// read with a warning), and every other file of the folder is still there.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixture } from '../../test/fixtures'
import { Library } from './library'

const HEADER = '<!--1700000000000-->\n[Broken](https://example.com/broken)\n------\n\n'

describe('a folder of broken files', () => {
  it('reports each with a reason and keeps every good file', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'broken-'))
    copyFileSync(fixture('seed-dw.txt'), path.join(folder, 'good.txt'))
    const write = (name: string, data: string | Buffer): void => writeFileSync(path.join(folder, name), data)
    write('empty.md', '')
    write('png.md', Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'))
    write('zip.md', Buffer.concat([Buffer.from('504b0304140000000800', 'hex'), Buffer.alloc(100)]))
    write('fifty-mb.md', Buffer.alloc(50 * 1024 * 1024, 0x61))
    write('deep.md', HEADER + '<div>'.repeat(10_000) + '深处的文字' + '</div>'.repeat(10_000))
    write('million.md', HEADER + '<p>x</p>'.repeat(1_000_000))
    write(
      'invalid-utf8.md',
      Buffer.concat([Buffer.from(HEADER), Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0x80])]),
    )
    write('nul.md', Buffer.concat([Buffer.from(HEADER), Buffer.from([0, 0, 0])]))
    write('header-only.md', HEADER)
    write('truncated.md', HEADER + '<p>cut <b>off <img src="https://exa')
    write(`name with\nnewline.md`, HEADER + '<p>newline in the name</p>')
    write(`${'长'.repeat(80)}.md`, HEADER + '<p>a 244-byte name</p>')
    execFileSync('mkfifo', [path.join(folder, 'pipe.md')])
    symlinkSync(folder, path.join(folder, 'loop'))

    const library = new Library({ watch: false })
    await library.open(folder)
    expect(library.getState().phase).toBe('ready')
    const problems = Object.fromEntries(library.listProblems().map((p) => [p.relativePath, p.message]))
    expect(problems).toEqual({
      'empty.md': 'The file is empty.',
      'png.md': 'The file holds binary data (it is not a text snapshot).',
      'zip.md': 'The file holds binary data (it is not a text snapshot).',
      'fifty-mb.md': 'The file is 50.0 MB; snapshots larger than 8 MB are not opened.',
      'invalid-utf8.md': 'The file is not valid UTF-8 and does not read as GB18030 or Big5 either.',
      'nul.md': 'The file holds binary data (it is not a text snapshot).',
      'pipe.md': 'This is a special file (a pipe, socket or device), not a snapshot; it was not read.',
      loop: 'This link leads back into a folder already scanned; it was not followed.',
    })
    const byPath = new Map(library.allArticles().map((a) => [a.relativePath, a.id]))
    expect([...byPath.keys()].sort()).toEqual(
      [
        'deep.md',
        'good.txt',
        'header-only.md',
        'million.md',
        'name with\nnewline.md',
        'truncated.md',
        `${'长'.repeat(80)}.md`,
      ].sort(),
    )
    const article = async (name: string) => {
      const result = await library.getArticle(byPath.get(name) ?? '')
      if (!result?.ok) throw new Error(`${name} did not parse`)
      return result.article
    }
    expect((await article('deep.md')).warnings).toContain(
      'The page nests its markup more than 200 levels deep; the deepest parts were kept as plain text.',
    )
    expect(JSON.stringify((await article('deep.md')).blocks)).toContain('深处的文字')
    expect((await article('million.md')).blocks).toHaveLength(20_000)
    expect((await article('header-only.md')).warnings).toContain('The snapshot has no article text.')
    expect((await article('good.txt')).title).toBe('金正恩与普京互致信函 誓言加强两国关系')
  })
})
