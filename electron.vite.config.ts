import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import { builtinModules } from 'node:module'
import { defineConfig } from 'electron-vite'
import { build, type Plugin } from 'vite'
import { CONTENT_SECURITY_POLICY_META } from './main/app/csp'

/** The CSP is also written into the built page (the protocol sends it as a header too); dev keeps Vite's inline preamble working. */
function cspMeta(): Plugin {
  return {
    name: 'snapshot-reader-csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META },
        injectTo: 'head-prepend',
      },
    ],
  }
}

/**
 * The parse worker is its own file, next to the main bundle: one self-contained CommonJS script that
 * requires only Node built-ins, so it loads the same from out/main or from inside the packaged asar.
 */
function parseWorker(): Plugin {
  return {
    name: 'snapshot-reader-parse-worker',
    apply: 'build',
    async closeBundle() {
      await build({
        configFile: false,
        logLevel: 'warn',
        ssr: { noExternal: true, target: 'node' },
        build: {
          ssr: resolve('main/engine/library/parse-worker.ts'),
          outDir: 'out/main',
          emptyOutDir: false,
          minify: false,
          rolldownOptions: {
            external: [...builtinModules, /^node:/],
            output: { format: 'cjs', entryFileNames: 'parse-worker.cjs', codeSplitting: false },
          },
        },
      })
    },
  }
}

export default defineConfig({
  main: {
    plugins: [parseWorker()],
    build: {
      outDir: 'out/main',
      rolldownOptions: { input: { index: resolve('main/app/main.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot be an ES module: one CommonJS file that requires only `electron`.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react(), cspMeta()],
    build: {
      outDir: 'out/renderer',
      minify: true,
      rolldownOptions: { input: { index: resolve('renderer/index.html') } },
    },
  },
})
