/**
 * A fixed pool of parse workers. Jobs queue and go to the first idle worker; a job that runs past its
 * time limit has its worker terminated and replaced, and is answered with a timeout error, so one
 * pathological file cannot stall a scan.
 *
 * A new worker needs the better part of a second to load the parser and OpenCC's dictionaries; it gets
 * work only once it says it is ready, so no job's time limit runs while a worker is still booting.
 * (A cold open lists its first files from their headers meanwhile: see Library.listFromHeader.)
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { snapshotError } from '../../../common/snapshot-error'
import { indexTerms } from '../search/index-terms'
import type { IndexedTerms } from '../search/search-index'
import { LocalTerms, TermDictionary, TermTranslator, type LocalTermIds } from '../search/term-dictionary'
import type { WORKER_READY } from './parse-job'
import { runJob, type Job, type JobResult } from './parse-job'

export type RunnerResult = JobResult<IndexedTerms>

export interface JobRunner {
  run(job: Omit<Job, 'id'>): Promise<RunnerResult>
  close(): Promise<void>
  readonly concurrency: number
  /** The id space of the terms in the results: indexes built from them must use it. */
  readonly dictionary: TermDictionary
  /** Gets ready for jobs soon (the pool starts its workers); a no-op for an in-thread runner. */
  prepare?(): void
}

/** Parses in the calling thread: for tests, the CLI and the browser harness. */
export function inThreadRunner(dictionary = new TermDictionary()): JobRunner {
  let next = 0
  const local = new LocalTerms()
  const translator = new TermTranslator(dictionary)
  // Numbering and translating in one synchronous step: two jobs in flight cannot interleave them.
  const encode = (article: Parameters<typeof indexTerms>[0]): IndexedTerms => {
    const terms = indexTerms(article, local)
    return { ids: translator.translate(terms), counts: terms.counts, length: terms.length }
  }
  return {
    concurrency: 1,
    dictionary,
    run: (job) => runJob({ ...job, id: next++ }, encode),
    close: async () => undefined,
  }
}

export interface PoolOptions {
  /** The worker script: out/main/parse-worker.cjs in the app. */
  script: string | URL
  size?: number
  /** Per-job time limit. */
  timeoutMs?: number
  execArgv?: string[]
  dictionary?: TermDictionary
}

interface Pending {
  job: Job
  resolve(result: RunnerResult): void
}

interface Slot {
  worker: Worker
  /** Loaded and listening: only then does it get jobs. */
  ready: boolean
  current: Pending | null
  timer: NodeJS.Timeout | null
  /** Maps this worker's term numbers to the dictionary's; a replacement worker starts a new one. */
  translator: TermTranslator
}

export function defaultPoolSize(): number {
  // The main thread only merges results, so every core can parse; more than 4 gains little (disk-bound).
  return Math.max(1, Math.min(4, availableParallelism()))
}

export class WorkerPool implements JobRunner {
  readonly concurrency: number
  readonly dictionary: TermDictionary
  private readonly slots: Slot[] = []
  private readonly queue: Pending[] = []
  private nextId = 0
  private closed = false

  constructor(private readonly options: PoolOptions) {
    this.dictionary = options.dictionary ?? new TermDictionary()
    this.concurrency = options.size ?? defaultPoolSize()
  }

  run(job: Omit<Job, 'id'>): Promise<RunnerResult> {
    if (this.closed) return Promise.reject(new Error('The parse pool is closed.'))
    this.prepare()
    return new Promise((resolve) => {
      this.queue.push({ job: { ...job, id: this.nextId++ }, resolve })
      this.pump()
    })
  }

  /**
   * Starts the workers. Not done in the constructor: booting them takes cores that a cold open's listing
   * of the folder needs more, so the library calls this once its walk is done (or the first job does).
   */
  prepare(): void {
    if (this.closed) return
    while (this.slots.length < this.concurrency) this.slots.push(this.spawn())
  }

  async close(): Promise<void> {
    this.closed = true
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()))
  }

  private spawn(): Slot {
    const worker = new Worker(this.options.script, { execArgv: this.options.execArgv })
    const slot: Slot = {
      worker,
      ready: false,
      current: null,
      timer: null,
      translator: new TermTranslator(this.dictionary),
    }
    worker.on('message', (message: JobResult<LocalTermIds> | typeof WORKER_READY) => {
      if (message.kind !== 'ready') return this.finish(slot, message)
      slot.ready = true
      // Booting, it kept the process alive (jobs may wait for it); ready, it only does while it has a job.
      worker.unref()
      this.pump()
    })
    worker.on('error', () => this.replace(slot, 'The parser stopped unexpectedly on this file.'))
    return slot
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (!slot.ready || slot.current || this.queue.length === 0) continue
      const pending = this.queue.shift() as Pending
      slot.current = pending
      slot.timer = setTimeout(
        () => this.replace(slot, `Parsing took longer than ${this.timeoutMs / 1000} s and was stopped.`),
        this.timeoutMs,
      )
      slot.worker.postMessage(pending.job)
    }
  }

  private get timeoutMs(): number {
    return this.options.timeoutMs ?? 10_000
  }

  private finish(slot: Slot, result: JobResult<LocalTermIds>): void {
    const pending = slot.current
    if (!pending || pending.job.id !== result.id) return
    if (slot.timer) clearTimeout(slot.timer)
    slot.current = null
    slot.timer = null
    pending.resolve(this.translate(slot, result))
    this.pump()
  }

  /** Every result is translated as it arrives, in the worker's order, whether or not its caller still wants it. */
  private translate(slot: Slot, result: JobResult<LocalTermIds>): RunnerResult {
    if (result.kind !== 'index' || !result.outcome.ok) return result as RunnerResult
    const { terms } = result.outcome
    return {
      ...result,
      outcome: {
        ...result.outcome,
        terms: { ids: slot.translator.translate(terms), counts: terms.counts, length: terms.length },
      },
    }
  }

  /** Ends a stuck or crashed worker, answers its job with an error, and starts a fresh worker in its place. */
  private replace(slot: Slot, message: string): void {
    const pending = slot.current
    slot.current = null
    if (slot.timer) clearTimeout(slot.timer)
    void slot.worker.terminate()
    const index = this.slots.indexOf(slot)
    if (!this.closed && index >= 0) this.slots[index] = this.spawn()
    if (pending) {
      const error = snapshotError('timeout', message)
      pending.resolve(
        pending.job.kind === 'index'
          ? { id: pending.job.id, kind: 'index', outcome: { ok: false, error, missing: false } }
          : { id: pending.job.id, kind: 'article', outcome: { ok: false, error, missing: false } },
      )
    }
    this.pump()
  }
}
