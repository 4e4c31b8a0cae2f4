/**
 * The parse worker's entry. Built as its own self-contained CommonJS file (out/main/parse-worker.cjs),
 * so that it resolves nothing from node_modules, inside the packaged app's asar or out of it.
 */
import { parentPort } from 'node:worker_threads'
import { indexTerms } from '../search/index-terms'
import { LocalTerms } from '../search/term-dictionary'
import { WORKER_READY, runJob, type Job } from './parse-job'

// This worker's own term numbering: the pool translates it to the shared dictionary's ids.
const local = new LocalTerms()

parentPort?.on('message', (job: Job) => {
  void runJob(job, (article) => indexTerms(article, local)).then((result) => parentPort?.postMessage(result))
})

// The imports above have built the parser and OpenCC's tables: the pool may send work now.
parentPort?.postMessage(WORKER_READY)
