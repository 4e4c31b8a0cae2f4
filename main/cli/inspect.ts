/**
 * `npm run inspect -- <file-or-folder> [--json]`: parse every snapshot under a path and report, so an
 * archive keeper can check an archive without opening the app.
 * `--search "<query>"` and `--related <file>` drive the app's library engine headless on a folder.
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import type { Row } from '../../common/ipc/contract'
import { Library } from '../engine/library/library'
import { scanFolder } from '../engine/library/scan'
import { parseSnapshot } from '../engine/snapshot/parse'
import { InspectSummary, inspectLine } from './inspect-report'

const USAGE = `Usage:
  npm run inspect -- <file-or-folder> [--json]
  npm run inspect -- <folder> --search "<query>" [--json]
  npm run inspect -- <folder> --related <file-in-folder> [--json]`

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      search: { type: 'string' },
      related: { type: 'string' },
      limit: { type: 'string', default: '20' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
  })
  const target = positionals[0]
  if (values.help || !target) {
    console.error(USAGE)
    return values.help ? 0 : 2
  }
  const info = await stat(target).catch(() => null)
  if (!info) {
    console.error(`No such file or folder: ${target}`)
    return 2
  }
  const limit = Math.max(1, Number(values.limit) || 20)
  if (values.search !== undefined || values.related !== undefined) {
    if (!info.isDirectory()) {
      console.error('--search and --related work on a folder.')
      return 2
    }
    return queryFolder(path.resolve(target), values.search, values.related, limit, values.json)
  }
  return summarize(target, info.isFile(), values.json)
}

async function summarize(target: string, isFile: boolean, json: boolean): Promise<number> {
  const summary = new InspectSummary()
  const report = async (file: string, relativePath: string): Promise<void> => {
    let line
    try {
      line = inspectLine(relativePath, parseSnapshot(await readFile(file), relativePath))
    } catch (error) {
      const message = `The file cannot be read (${(error as Error).message}).`
      line = inspectLine(relativePath, { ok: false, id: '', error: { code: 'unreadable', message } })
    }
    if (json) process.stdout.write(`${JSON.stringify(line)}\n`)
    summary.add(line)
  }
  if (isFile) {
    await report(target, path.basename(target))
  } else {
    for await (const entry of scanFolder(target)) {
      if (entry.kind === 'file') await report(entry.file.path, entry.file.relativePath)
      else if (json)
        process.stdout.write(
          `${JSON.stringify({ path: entry.problem.relativePath, ok: false, error: entry.problem.message })}\n`,
        )
      else summary.failures.push({ path: entry.problem.relativePath, reason: entry.problem.message })
    }
  }
  if (!json) console.log(summary.format())
  return 0
}

async function queryFolder(
  folder: string,
  query: string | undefined,
  related: string | undefined,
  limit: number,
  json: boolean,
): Promise<number> {
  const library = new Library({ watch: false })
  await library.open(folder)
  try {
    let rows: { row: Row; score: number }[]
    if (query !== undefined) {
      const page = library.search(query, {}, 0, limit)
      if (!json)
        console.log(
          `${page.total} articles match "${query}"${page.total > limit ? `; the best ${limit}:` : ':'}`,
        )
      rows = page.hits
    } else {
      const relativePath = path
        .relative(folder, path.resolve(folder, related ?? ''))
        .split(path.sep)
        .join('/')
      const id = library.idOf(relativePath)
      if (!id) {
        console.error(`${relativePath} is not a readable snapshot in ${folder}.`)
        return 2
      }
      rows = await library.related(id, limit)
      if (!json) console.log(`Reports on the same story from other outlets, best first:`)
    }
    for (const { row, score } of rows) {
      if (json) process.stdout.write(`${JSON.stringify({ score: Number(score.toFixed(4)), ...row })}\n`)
      else
        console.log(
          `${score.toFixed(3).padStart(8)}  ${row.outlet.id.padEnd(12)} ${(row.date ?? '').slice(0, 10).padEnd(10)}  ${row.title}  (${row.relativePath})`,
        )
    }
    return 0
  } finally {
    await library.dispose()
  }
}

process.exitCode = await main()
