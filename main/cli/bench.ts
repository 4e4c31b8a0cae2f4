/**
 * `npm run bench [-- --quick] [--sizes 1000,10000,100000] [--only parse,open,search,related,watch,renderer]`
 *
 * Every figure is reported next to a baseline measured in the same run, so that a noisy machine shows
 * as noise, not as a regression: parsing against the floor (reading the same bytes and tokenizing them
 * with htmlparser2 alone, single thread) and against the naive way (jsdom + Readability per file); warm
 * reopening against stat-ing every file. Writes bench-results.json.
 */
import { execSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import path from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { Readability } from '@mozilla/readability'
import { Parser } from 'htmlparser2'
import { JSDOM, VirtualConsole } from 'jsdom'
import { LibraryCache } from '../engine/library/cache'
import { Library } from '../engine/library/library'
import { scanFolder, type ScannedFile } from '../engine/library/scan'
import { WorkerPool } from '../engine/library/worker-pool'
import { parseSnapshot } from '../engine/snapshot/parse'
import { FIXTURES, ROOT, SHARED_CORPUS } from '../test/fixtures'
import { generateArchive, listSources } from './bench/generate'
import { mb, percentile, round, timed } from './bench/measure'

const QUERIES = [
  '香港',
  '国安法',
  '金正恩 普京',
  '疫苗',
  '顛覆國家政權',
  '臺灣',
  '美国 中国 贸易',
  '新冠 疫情',
  'Trump',
  'diplomacy',
]
const WORKER = path.join(ROOT, 'out', 'main', 'parse-worker.cjs')
const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    only: { type: 'string' },
  },
})
const sizes = values.quick ? [1000] : (values.sizes ?? '1000,10000,100000').split(',').map(Number)
const only = new Set((values.only ?? 'parse,naive,open,search,related,watch,renderer').split(','))
const gc = (): void => (globalThis as { gc?: () => void }).gc?.()

async function listFiles(folder: string): Promise<ScannedFile[]> {
  const files: ScannedFile[] = []
  for await (const entry of scanFolder(folder)) if (entry.kind === 'file') files.push(entry.file)
  return files
}

/** Reads every file and runs `work` on its bytes, single thread: total time and bytes. */
function timeOver(
  files: ScannedFile[],
  work: (data: Buffer, file: ScannedFile) => void,
): { ms: number; bytes: number } {
  const start = performance.now()
  let bytes = 0
  for (const file of files) {
    const data = readFileSync(file.path)
    bytes += data.byteLength
    work(data, file)
  }
  return { ms: performance.now() - start, bytes }
}

/** The floor: the same bytes read and tokenized by htmlparser2 alone. */
const floor = (files: ScannedFile[]) =>
  timeOver(files, (data) => new Parser({}, { decodeEntities: true }).end(data.toString('utf8')))
const parseAll = (files: ScannedFile[]) =>
  timeOver(files, (data, file) => void parseSnapshot(data, file.relativePath))

function naive(files: ScannedFile[]): number {
  const virtualConsole = new VirtualConsole()
  const start = performance.now()
  for (const file of files) {
    const dom = new JSDOM(readFileSync(file.path, 'utf8'), { virtualConsole })
    new Readability(dom.window.document).parse()
    dom.window.close()
  }
  return performance.now() - start
}

function sample<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items
  const step = items.length / count
  return Array.from({ length: count }, (_, i) => items[Math.floor(i * step)] as T)
}

async function openLibrary(
  folder: string,
  cacheDir: string,
  watch: boolean,
): Promise<{ library: Library; firstRowsMs: number; listedMs: number; readyMs: number; loopP99: number }> {
  const library = new Library({
    runner: new WorkerPool({ script: WORKER }),
    cache: new LibraryCache(cacheDir),
    watch,
  })
  const loop = monitorEventLoopDelay({ resolution: 10 })
  let firstRowsMs = Number.NaN
  // Every file listed (browsable, openable): the open as the user sees it; parsing may go on after.
  let listedMs = Number.NaN
  const start = performance.now()
  const unsubscribe = library.onState((state) => {
    if (Number.isNaN(firstRowsMs) && library.listRows(0, 100).rows.length === 100)
      firstRowsMs = performance.now() - start
    if (Number.isNaN(listedMs) && (state.phase === 'indexing' || state.phase === 'ready'))
      listedMs = performance.now() - start
  })
  loop.enable()
  await library.open(folder)
  loop.disable()
  unsubscribe()
  const readyMs = performance.now() - start
  if (Number.isNaN(firstRowsMs)) firstRowsMs = readyMs
  if (Number.isNaN(listedMs)) listedMs = readyMs
  return { library, firstRowsMs, listedMs, readyMs, loopP99: loop.percentile(99) / 1e6 }
}

async function run(): Promise<void> {
  const benchDir = path.join(ROOT, '.bench-cache')
  mkdirSync(benchDir, { recursive: true })
  const sources = listSources([FIXTURES, SHARED_CORPUS])
  const results: Record<string, Record<string, number | string>> = {}
  for (const size of sizes) {
    const r: Record<string, number | string> = {}
    results[size] = r
    const generated = await timed(() => generateArchive(benchDir, size, sources))
    const archive = generated.value
    r['archive MB'] = round(mb(archive.bytes))
    console.log(
      `\n[${size}] archive ${archive.reused ? 'reused' : `generated in ${round(generated.ms / 1000)} s`}: ${archive.folder}`,
    )
    const files = await listFiles(archive.folder)

    if (only.has('parse')) {
      const base = floor(files)
      const parsedSample = sample(files, 20_000)
      const sampleFloor = floor(parsedSample)
      const parsed = parseAll(parsedSample)
      r['floor MB/s'] = round(mb(base.bytes) / (base.ms / 1000))
      r['parse MB/s'] = round(mb(parsed.bytes) / (parsed.ms / 1000))
      r['parse ÷ floor (time)'] = round(parsed.ms / sampleFloor.ms, 2)
      r['floor total s'] = round(base.ms / 1000, 2)
      if (only.has('naive')) {
        const few = sample(files, 200)
        const naiveMs = naive(few)
        const ours = parseAll(few).ms
        r['naive ms/file'] = round(naiveMs / few.length, 2)
        r['parse ms/file'] = round(ours / few.length, 2)
        r['naive ÷ parse'] = round(naiveMs / ours, 1)
      }
    }

    const cacheDir = mkdtempSync(path.join(tmpdir(), 'bench-cache-'))
    let warm: Library | null = null
    if (only.has('open')) {
      gc()
      const cold = await openLibrary(archive.folder, cacheDir, false)
      gc()
      const memory = process.memoryUsage()
      r['cold open, all listed s'] = round(cold.listedMs / 1000, 2)
      r['cold open, all indexed s'] = round(cold.readyMs / 1000, 2)
      if (typeof r['floor total s'] === 'number') {
        r['listed ÷ floor'] = round(cold.listedMs / 1000 / r['floor total s'], 2)
        r['indexed ÷ floor'] = round(cold.readyMs / 1000 / r['floor total s'], 2)
      }
      r['first 100 rows ms'] = round(cold.firstRowsMs)
      r['event loop p99 ms'] = round(cold.loopP99)
      r['heap MB'] = round(mb(memory.heapUsed))
      r['RSS MB'] = round(mb(memory.rss))
      r['index MB'] = round(mb(cold.library.indexBytes()))
      await cold.library.dispose()

      const stat = await timed(() => listFiles(archive.folder))
      const again = await openLibrary(archive.folder, cacheDir, false)
      r['warm reopen s'] = round(again.readyMs / 1000, 2)
      r['warm first 100 rows ms'] = round(again.firstRowsMs)
      r['stat all s'] = round(stat.ms / 1000, 2)
      r['warm ÷ stat'] = round(again.readyMs / stat.ms, 2)
      warm = again.library
    }

    if (warm && only.has('search')) {
      const times: number[] = []
      for (let rep = 0; rep < 20; rep++)
        for (const query of QUERIES) times.push((await timed(() => warm?.search(query, {}, 0, 50))).ms)
      r['search p50 ms'] = round(percentile(times, 50), 2)
      r['search p95 ms'] = round(percentile(times, 95), 2)
    }

    if (warm && only.has('related')) {
      const rows = sample(warm.listRows(0, 1_000_000).rows, 50)
      const times: number[] = []
      for (const row of rows) times.push((await timed(() => warm?.related(row.id, 5))).ms)
      r['related p50 ms'] = round(percentile(times, 50), 1)
      r['related p95 ms'] = round(percentile(times, 95), 1)
    }
    await warm?.dispose()

    if (only.has('watch')) {
      const watched = await openLibrary(archive.folder, cacheDir, true)
      const dir = path.join(archive.folder, 'bench-watch')
      mkdirSync(dir, { recursive: true })
      const template = readFileSync(files[0]?.path ?? '', 'utf8')
      const times: number[] = []
      for (let i = 0; i < 100; i++) {
        const token = `benchtoken${i}x`
        writeFileSync(path.join(dir, `${i}.md`), template.replace(/^\[/m, `[${token} `))
        const written = performance.now()
        while (watched.library.search(token, {}, 0, 1).total === 0)
          await new Promise((resolve) => setTimeout(resolve, 5))
        times.push(performance.now() - written)
      }
      r['watch p50 ms'] = round(percentile(times, 50))
      r['watch p95 ms'] = round(percentile(times, 95))
      await watched.library.dispose()
      rmSync(dir, { recursive: true, force: true })
    }

    if (only.has('renderer')) {
      const library = new Library({
        runner: new WorkerPool({ script: WORKER }),
        cache: new LibraryCache(cacheDir),
        watch: false,
      })
      const { measureRenderer } = await import('../../e2e/bench/renderer-bench')
      const figures = await measureRenderer(library, archive.folder)
      r['UI first rows ms'] = round(figures.firstRowsMs)
      r['UI scroll frames > 50 ms'] = `${figures.scrollLongFrames} of ${figures.scrollFrames}`
      r['UI open article ms'] = round(figures.openArticleMs)
      await library.dispose()
    }
    rmSync(cacheDir, { recursive: true, force: true })
    console.table(r)
  }

  const commit = (() => {
    try {
      return execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim()
    } catch {
      return 'unknown'
    }
  })()
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${round(mb(totalmem()) / 1024)} GB, Node ${process.version}`
  writeFileSync(
    path.join(ROOT, 'bench-results.json'),
    JSON.stringify({ date: new Date().toISOString(), commit, machine, sizes, results }, null, 2),
  )
  console.log(`\n${machine}, commit ${commit}; written to bench-results.json`)
}

await run()
process.exit(0)
