/** Bundles page-bridge.ts (and the real preload/api.ts it imports) into one script for addInitScript. */
import path from 'node:path'
import { build, type Rolldown } from 'vite'

let cached: Promise<string> | null = null

export function bridgeScript(): Promise<string> {
  cached ??= bundle()
  return cached
}

async function bundle(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: {
        entry: path.join(import.meta.dirname, 'page-bridge.ts'),
        formats: ['iife'],
        name: 'SnapshotReaderHarnessBridge',
        fileName: 'bridge',
      },
    },
  })
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[]
  const chunk = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk')
  if (!chunk || chunk.type !== 'chunk') throw new Error('The harness bridge did not bundle.')
  return chunk.code
}
