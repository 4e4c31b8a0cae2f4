/**
 * Recursive discovery of snapshot files under a folder. Hidden entries are skipped, symlinked folders
 * are followed once (a loop is reported, not followed), and an unreadable entry becomes a per-entry
 * error instead of ending the scan.
 */
import { open, opendir, realpath, stat } from 'node:fs/promises'
import path from 'node:path'

export interface ScannedFile {
  path: string
  /** Relative to the scan root, with `/` separators: the key for ids and the cache. */
  relativePath: string
  size: number
  mtimeMs: number
}

export interface ScanProblem {
  path: string
  relativePath: string
  message: string
}

export type ScanEntry = { kind: 'file'; file: ScannedFile } | { kind: 'problem'; problem: ScanProblem }

/** Extensions that archives use for snapshots; other files are included only when their first bytes look like one. */
const SNAPSHOT_EXTENSIONS = new Set(['.md', '.markdown', '.txt', '.html', '.htm', ''])
const SNIFF_BYTES = 512

export async function* scanFolder(root: string, signal?: AbortSignal): AsyncGenerator<ScanEntry> {
  const rootReal = await realpath(root)
  const visited = new Set<string>([rootReal])
  const stack: string[] = [root]
  while (stack.length > 0) {
    if (signal?.aborted) return
    const dir = stack.pop() as string
    let handle
    try {
      handle = await opendir(dir)
    } catch (error) {
      yield problem(root, dir, `The folder cannot be read (${describe(error)}).`)
      continue
    }
    const subdirs: string[] = []
    for await (const entry of handle) {
      if (entry.name.startsWith('.')) continue
      const full = path.join(dir, entry.name)
      try {
        let isDir = entry.isDirectory()
        let isFile = entry.isFile()
        if (entry.isSymbolicLink()) {
          const target = await stat(full)
          isDir = target.isDirectory()
          isFile = target.isFile()
          if (isDir) {
            const real = await realpath(full)
            if (visited.has(real)) {
              yield problem(
                root,
                full,
                'This link leads back into a folder already scanned; it was not followed.',
              )
              continue
            }
            visited.add(real)
          }
        }
        if (isDir) {
          subdirs.push(full)
        } else if (!isFile && !entry.isSymbolicLink()) {
          // A named pipe, socket or device: reading it could block forever, so it is reported, not read.
          yield problem(
            root,
            full,
            'This is a special file (a pipe, socket or device), not a snapshot; it was not read.',
          )
        } else if (isFile) {
          const info = await stat(full)
          if (await isCandidate(full, info.size)) {
            yield {
              kind: 'file',
              file: {
                path: full,
                relativePath: relative(root, full),
                size: info.size,
                mtimeMs: info.mtimeMs,
              },
            }
          }
        }
      } catch (error) {
        yield problem(root, full, `The entry cannot be read (${describe(error)}).`)
      }
    }
    // Sorted so that a scan's order is stable and the first rows a user sees are predictable.
    stack.push(...subdirs.sort().reverse())
  }
}

export async function isCandidate(file: string, size: number): Promise<boolean> {
  if (SNAPSHOT_EXTENSIONS.has(path.extname(file).toLowerCase())) return true
  if (size === 0) return false
  const handle = await open(file, 'r')
  try {
    const buffer = Buffer.alloc(Math.min(SNIFF_BYTES, size))
    await handle.read(buffer, 0, buffer.length, 0)
    return looksLikeSnapshot(buffer.toString('utf8'))
  } finally {
    await handle.close()
  }
}

export function looksLikeSnapshot(head: string): boolean {
  const text = head.replace(/^\uFEFF/, '').replace(/\r/g, '')
  return (
    /^<!--\s*\d{9,14}\s*-->\n/.test(text) ||
    /^---\n[\s\S]*\b(?:title|from):/.test(text) ||
    /^\[[^\n]*\]\(https?:\/\//.test(text)
  )
}

export function relative(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join('/')
}

function problem(root: string, file: string, message: string): ScanEntry {
  return { kind: 'problem', problem: { path: file, relativePath: relative(root, file), message } }
}

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'ENOENT') return 'it no longer exists'
  if (code === 'ELOOP') return 'too many levels of links'
  return code ?? (error instanceof Error ? error.message : String(error))
}
