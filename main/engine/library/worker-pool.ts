/**
 * A fixed pool of parse workers. Jobs queue and go to the first idle worker; a job that runs past its
 * time limit has its worker terminated and replaced, and is answered with a timeout error, so one
 * pathological file cannot stall a scan.
 */
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { snapshotError } from '../../../common/snapshot-error'
import { runJob, type Job, type JobResult } from './parse-job'

export interface JobRunner {
  run(job: Omit<Job, 'id'>): Promise<JobResult>
  close(): Promise<void>
  readonly concurrency: number
}

/** Parses in the calling thread: for tests, the CLI and the browser harness. */
export function inThreadRunner(): JobRunner {
  let next = 0
  return { concurrency: 1, run: (job) => runJob({ ...job, id: next++ }), close: async () => undefined }
}

export interface PoolOptions {
  /** The worker script: out/main/parse-worker.cjs in the app. */
  script: string | URL
  size?: number
  /** Per-job time limit. */
  timeoutMs?: number
  execArgv?: string[]
}

interface Pending {
  job: Job
  resolve(result: JobResult): void
}

interface Slot {
  worker: Worker
  current: Pending | null
  timer: NodeJS.Timeout | null
}

export function defaultPoolSize(): number {
  // The main thread only merges results, so every core can parse; more than 4 gains little (disk-bound).
  return Math.max(1, Math.min(4, availableParallelism()))
}

export class WorkerPool implements JobRunner {
  readonly concurrency: number
  private readonly slots: Slot[] = []
  private readonly queue: Pending[] = []
  private nextId = 0
  private closed = false

  constructor(private readonly options: PoolOptions) {
    this.concurrency = options.size ?? defaultPoolSize()
    for (let i = 0; i < this.concurrency; i++) this.slots.push(this.spawn())
  }

  run(job: Omit<Job, 'id'>): Promise<JobResult> {
    if (this.closed) return Promise.reject(new Error('The parse pool is closed.'))
    return new Promise((resolve) => {
      this.queue.push({ job: { ...job, id: this.nextId++ }, resolve })
      this.pump()
    })
  }

  async close(): Promise<void> {
    this.closed = true
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()))
  }

  private spawn(): Slot {
    const worker = new Worker(this.options.script, { execArgv: this.options.execArgv })
    const slot: Slot = { worker, current: null, timer: null }
    worker.on('message', (result: JobResult) => this.finish(slot, result))
    worker.on('error', () => this.replace(slot, 'The parser stopped unexpectedly on this file.'))
    worker.unref()
    return slot
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.current || this.queue.length === 0) continue
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

  private finish(slot: Slot, result: JobResult): void {
    const pending = slot.current
    if (!pending || pending.job.id !== result.id) return
    if (slot.timer) clearTimeout(slot.timer)
    slot.current = null
    slot.timer = null
    pending.resolve(result)
    this.pump()
  }

  /** Ends a stuck or crashed worker, answers its job with an error, and starts a fresh worker in its place. */
  private replace(slot: Slot, message: string): void {
    const pending = slot.current
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
