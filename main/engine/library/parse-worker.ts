/**
 * The parse worker's entry. Built as its own self-contained CommonJS file (out/main/parse-worker.cjs),
 * so that it resolves nothing from node_modules, inside the packaged app's asar or out of it.
 */
import { parentPort } from 'node:worker_threads'
import { runJob, type Job } from './parse-job'

parentPort?.on('message', (job: Job) => {
  void runJob(job).then((result) => parentPort?.postMessage(result))
})
