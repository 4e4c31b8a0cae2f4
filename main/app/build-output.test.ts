// What only a real Electron would reveal, checked on the build output instead (`npm test` builds first).
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { describe, expect, it } from 'vitest'
import { ROOT } from '../test/fixtures'
import { CONTENT_SECURITY_POLICY_META } from './csp'

const out = (...parts: string[]): string => path.join(ROOT, 'out', ...parts)
const read = (file: string): string => {
  if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first (npm test does).`)
  return readFileSync(file, 'utf8')
}

describe('the sandboxed preload bundle', () => {
  const code = read(out('preload', 'index.cjs'))

  it('is one CommonJS file that requires only electron', () => {
    const required = [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1])
    expect(required).toEqual(['electron'])
    expect(code).not.toMatch(/^\s*(import|export)\s/m)
    expect(code).not.toMatch(/\bimport\s*\(/)
  })

  it('runs as a sandboxed preload would: a plain script with a require that only knows electron', () => {
    const exposed: Record<string, unknown> = {}
    const fakeElectron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void (exposed[key] = api) },
      ipcRenderer: {
        invoke: async () => ({ ok: true, value: null }),
        on: () => undefined,
        removeListener: () => undefined,
      },
    }
    const sandboxRequire = (name: string): unknown => {
      if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`)
      return fakeElectron
    }
    const module = { exports: {} }
    vm.runInNewContext(code, { require: sandboxRequire, module, exports: module.exports })
    expect(Object.keys(exposed)).toEqual(['snapshotReader'])
    expect(typeof (exposed['snapshotReader'] as Record<string, unknown>)['getArticle']).toBe('function')
  })

  it('stays small: no schema library or engine code leaks into it', () => {
    expect(code.length).toBeLessThan(10_000)
    expect(code).not.toMatch(/ZodError|\$ZodType|DomHandler|parseDocument|MiniSearch/)
  })
})

describe('the main bundle', () => {
  const code = read(out('main', 'index.js'))
  const pkg = JSON.parse(read(path.join(ROOT, 'package.json'))) as { main: string; type: string }

  it('is what package.json starts, as an ES module', () => {
    expect(path.resolve(ROOT, pkg.main)).toBe(out('main', 'index.js'))
    expect(pkg.type).toBe('module')
    expect(code).toMatch(/^import .* from "electron";$/m)
  })

  it('imports electron-store (ESM-only since v12) with import, never require', () => {
    expect(code).toMatch(/^import \w+ from "electron-store";$/m)
    expect(code).not.toMatch(/require\(["']electron-store["']\)/)
  })

  it('finds the preload and the renderer where it looks for them', () => {
    expect(code).toContain('"../preload/index.cjs"')
    expect(existsSync(out('main', '../preload/index.cjs'))).toBe(true)
    expect(code).toContain('"../renderer"')
    expect(existsSync(out('renderer', 'index.html'))).toBe(true)
  })
})

describe('the parse worker', () => {
  const code = read(out('main', 'parse-worker.cjs'))

  it('is its own CommonJS file next to the main bundle, which loads it by a relative URL', () => {
    expect(read(out('main', 'index.js'))).toContain('new URL("./parse-worker.cjs", import.meta.url)')
    expect(code).not.toMatch(/^\s*(import|export)\s/m)
  })

  it('is self-contained: it requires only Node built-ins, so it resolves inside the asar as outside', () => {
    const required = [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1] ?? '')
    expect(required.length).toBeGreaterThan(0)
    expect(required.filter((name) => !name.startsWith('node:'))).toEqual([])
  })
})

describe('the renderer page', () => {
  const html = read(out('renderer', 'index.html'))

  it('carries the CSP and no inline script', () => {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1]
    expect(meta?.replaceAll('&#39;', "'")).toBe(CONTENT_SECURITY_POLICY_META)
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
    expect(scripts.length).toBeGreaterThan(0)
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc=/)
      expect(body?.trim()).toBe('')
    }
  })

  it('ships no code that probes for eval (the CSP would report it), and loads the OpenCC dictionaries only on demand', () => {
    const assets = readdirSync(out('renderer', 'assets')).filter((name) => name.endsWith('.js'))
    for (const name of assets)
      expect(read(out('renderer', 'assets', name)), name).not.toMatch(/\bFunction\(`|new Function\(|\beval\(/)
    const entry = assets.find((name) => name.startsWith('index-')) ?? ''
    expect(assets.filter((name) => /^(cn2t|t2cn)-/.test(name))).toHaveLength(2)
    expect(read(out('renderer', 'assets', entry)).length).toBeLessThan(800_000)
  })
})

describe('packaging', () => {
  const yml = read(path.join(ROOT, 'electron-builder.yml'))

  it('ships the build output and the samples inside an asar with hardened fuses', () => {
    expect(yml).toMatch(/^asar: true$/m)
    expect(yml).toMatch(/- out\/\*\*/)
    expect(yml).toMatch(/from: samples/)
    for (const fuse of [
      'runAsNode: false',
      'enableNodeOptionsEnvironmentVariable: false',
      'enableNodeCliInspectArguments: false',
      'enableEmbeddedAsarIntegrityValidation: true',
      'onlyLoadAppFromAsar: true',
    ]) {
      expect(yml).toContain(fuse)
    }
  })
})
