/**
 * `npm run audit -- <folder> [--json]`: opens every snapshot of a folder in the real renderer and reports
 * per file what it managed to do. Exits non-zero on any script execution, request or CSP violation.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { auditFolder, isClean } from './audit'

const { values, positionals } = parseArgs({
  options: { json: { type: 'boolean', default: false }, 'no-clicks': { type: 'boolean', default: false } },
  allowPositionals: true,
})
const folder = positionals[0]
if (!folder) {
  console.error('Usage: npm run audit -- <folder> [--json] [--no-clicks]')
  process.exit(2)
}
let dirty = 0
const results = await auditFolder(path.resolve(folder), {
  clickLinks: !values['no-clicks'],
  onResult: (result) => {
    if (values.json) {
      process.stdout.write(`${JSON.stringify(result)}\n`)
    } else if (!isClean(result)) {
      console.log(`✖ ${result.relativePath}`)
      for (const line of [
        ...result.scriptsRan,
        ...result.requests.map((r) => `request: ${r}`),
        ...result.cspViolations.map((c) => `CSP: ${c}`),
        ...result.renderErrors,
      ])
        console.log(`    ${line}`)
    }
    if (!isClean(result)) dirty++
  },
})
const opened = results.filter((r) => r.opened).length
const unreadable = results.filter((r) => r.unreadable).length
if (!values.json)
  console.log(
    `audit: ${results.length} files, ${opened} articles opened, ${unreadable} unreadable, ${dirty} with scripts, requests, CSP violations or render errors`,
  )
process.exit(dirty > 0 ? 1 : 0)
