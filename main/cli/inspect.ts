/**
 * `npm run inspect -- <file-or-folder> [--json]`: parse every snapshot under a path and report, so an
 * archive keeper can check an archive without opening the app.
 */
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { parseSnapshot } from '../engine/snapshot/parse'
import { scanFolder } from '../engine/library/scan'
import { InspectSummary, inspectLine } from './inspect-report'

const USAGE = 'Usage: npm run inspect -- <file-or-folder> [--json]'

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
  })
  const target = positionals[0]
  if (values.help || !target) {
    console.error(USAGE)
    return values.help ? 0 : 2
  }
  let info
  try {
    info = await stat(target)
  } catch {
    console.error(`No such file or folder: ${target}`)
    return 2
  }
  const summary = new InspectSummary()
  const report = async (file: string, relativePath: string): Promise<void> => {
    let line
    try {
      line = inspectLine(relativePath, parseSnapshot(await readFile(file), relativePath))
    } catch (error) {
      line = inspectLine(relativePath, {
        ok: false,
        id: '',
        error: { code: 'unreadable', message: `The file cannot be read (${(error as Error).message}).` },
      })
    }
    if (values.json) process.stdout.write(`${JSON.stringify(line)}\n`)
    summary.add(line)
  }
  if (info.isFile()) {
    await report(target, path.basename(target))
  } else {
    for await (const entry of scanFolder(target)) {
      if (entry.kind === 'file') await report(entry.file.path, entry.file.relativePath)
      else if (values.json)
        process.stdout.write(
          `${JSON.stringify({ path: entry.problem.relativePath, ok: false, error: entry.problem.message })}\n`,
        )
      else summary.failures.push({ path: entry.problem.relativePath, reason: entry.problem.message })
    }
  }
  if (!values.json) console.log(summary.format())
  return 0
}

process.exitCode = await main()
