// `npm test`: the whole suite, in order, and one closing line that counts every test.
// Lint, typecheck, build and the security scan are gates; the unit (Vitest) and end-to-end (Playwright)
// suites write JSON reports that the summary reads.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const results = path.join(root, 'test-results')
rmSync(results, { recursive: true, force: true })
mkdirSync(results, { recursive: true })

const steps = [
  ['lint', 'npx', ['eslint', '--max-warnings', '0', '.']],
  ['format', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']],
  ['typecheck', 'npm', ['run', '-s', 'typecheck']],
  ['build', 'npx', ['electron-vite', 'build', '--logLevel', 'warn']],
  ['security scan', 'node', ['scripts/electronegativity.mjs']],
  [
    'unit tests',
    'npx',
    [
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${path.join(results, 'unit.json')}`,
    ],
  ],
  [
    'end-to-end tests',
    'npx',
    ['playwright', 'test', '--reporter=list,json'],
    { PLAYWRIGHT_JSON_OUTPUT_NAME: path.join(results, 'e2e.json') },
  ],
]

const failed = []
for (const [name, command, args, env] of steps) {
  console.log(`\n▶ ${name}`)
  const run = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  if (run.status !== 0) {
    failed.push(name)
    console.log(`✖ ${name} failed`)
    // Without a build there is nothing to scan or drive; the test suites still run where they can.
    if (name === 'build')
      steps.splice(
        steps.findIndex(([n]) => n === 'security scan'),
        1,
      )
  }
}

const counts = { passed: 0, failed: 0, skipped: 0 }
const unit = readJson('unit.json')
if (unit) {
  counts.passed += unit.numPassedTests
  counts.failed += unit.numFailedTests
  counts.skipped += unit.numPendingTests + unit.numTodoTests
}
const e2e = readJson('e2e.json')
if (e2e) {
  counts.passed += e2e.stats.expected + e2e.stats.flaky
  counts.failed += e2e.stats.unexpected
  counts.skipped += e2e.stats.skipped
}

console.log('')
if (failed.length) console.log(`Failed steps: ${failed.join(', ')}`)
if (e2e?.stats.skipped)
  console.log(
    `Skipped: ${e2e.stats.skipped} _electron test(s), because no Electron binary is installed here.`,
  )
console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`)
process.exit(failed.length > 0 || counts.failed > 0 || counts.passed === 0 ? 1 : 0)

function readJson(name) {
  const file = path.join(results, name)
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null
}
