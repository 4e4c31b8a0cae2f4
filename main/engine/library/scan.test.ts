import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixture } from '../../test/fixtures'
import { scanFolder, type ScanEntry } from './scan'

async function collect(root: string, signal?: AbortSignal): Promise<ScanEntry[]> {
  const out: ScanEntry[] = []
  for await (const entry of scanFolder(root, signal)) out.push(entry)
  return out
}

function makeArchive(): string {
  const root = mkdtempSync(path.join(tmpdir(), 'scan-'))
  mkdirSync(path.join(root, 'dw', 'deep'), { recursive: true })
  mkdirSync(path.join(root, '.git'))
  copyFileSync(fixture('seed-dw.txt'), path.join(root, 'dw', 'a.txt'))
  copyFileSync(fixture('seed-bbc.txt'), path.join(root, 'dw', 'deep', 'b.md'))
  // A snapshot with an unusual extension is recognised by its content; an image is not.
  copyFileSync(fixture('voa-2025.md'), path.join(root, 'voa.snapshot'))
  writeFileSync(path.join(root, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]))
  writeFileSync(path.join(root, '.hidden.md'), 'hidden')
  writeFileSync(path.join(root, '.git', 'HEAD.md'), 'ref')
  return root
}

describe('scanFolder', () => {
  it('finds snapshots recursively, by extension or by content, skipping hidden entries', async () => {
    const root = makeArchive()
    const files = (await collect(root)).flatMap((e) => (e.kind === 'file' ? [e.file.relativePath] : []))
    expect(files.sort()).toEqual(['dw/a.txt', 'dw/deep/b.md', 'voa.snapshot'])
  })

  it('reports a symlink loop once and a dangling link, and goes on', async () => {
    const root = makeArchive()
    symlinkSync(root, path.join(root, 'dw', 'loop'))
    symlinkSync(path.join(root, 'nowhere'), path.join(root, 'dangling.md'))
    const entries = await collect(root)
    const problems = entries.flatMap((e) => (e.kind === 'problem' ? [e.problem] : []))
    expect(problems.map((p) => p.relativePath).sort()).toEqual(['dangling.md', 'dw/loop'])
    expect(problems.find((p) => p.relativePath === 'dw/loop')?.message).toMatch(/already scanned/)
    expect(problems.find((p) => p.relativePath === 'dangling.md')?.message).toMatch(/no longer exists/)
    expect(entries.filter((e) => e.kind === 'file')).toHaveLength(3)
  })

  it('stops when cancelled', async () => {
    const controller = new AbortController()
    controller.abort()
    expect(await collect(makeArchive(), controller.signal)).toEqual([])
  })
})
