// The per-process import rules and the no-raw-HTML rule really fire (eslint.config.js).
import { ESLint } from 'eslint'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, '..') })

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message)
}

describe('architecture fences', () => {
  it('keeps Node built-ins and electron out of the renderer', async () => {
    expect(
      await ruleIds("import fs from 'node:fs'\nexport const x = fs\n", 'renderer/src/probe.ts'),
    ).toContain('no-restricted-imports')
    expect(
      await ruleIds(
        "import { ipcRenderer } from 'electron'\nexport const x = ipcRenderer\n",
        'renderer/src/probe.ts',
      ),
    ).toContain('no-restricted-imports')
    expect(
      await ruleIds(
        "import { parseSnapshot } from '../../main/engine/snapshot/parse'\nexport const x = parseSnapshot\n",
        'renderer/src/probe.ts',
      ),
    ).toContain('no-restricted-imports')
  })

  it('lets the renderer take only types from zod and the schemas (zod probes for eval on load)', async () => {
    expect(
      await ruleIds(
        "import { invokeContract } from '../../common/ipc/contract'\nexport const x = invokeContract\n",
        'renderer/src/probe.ts',
      ),
    ).toContain('no-restricted-imports')
    expect(await ruleIds("import { z } from 'zod'\nexport const x = z\n", 'renderer/src/probe.ts')).toContain(
      'no-restricted-imports',
    )
    expect(
      await ruleIds(
        "import type { Row } from '../../common/ipc/contract'\nexport type X = Row\n",
        'renderer/src/probe.ts',
      ),
    ).not.toContain('no-restricted-imports')
  })

  it('keeps electron out of the engine, and Node out of common/', async () => {
    expect(
      await ruleIds("import { app } from 'electron'\nexport const x = app\n", 'main/engine/library/probe.ts'),
    ).toContain('no-restricted-imports')
    expect(
      await ruleIds("import path from 'node:path'\nexport const x = path\n", 'common/probe.ts'),
    ).toContain('no-restricted-imports')
  })

  it('lets the glue import electron', async () => {
    expect(
      await ruleIds("import { app } from 'electron'\nexport const x = app\n", 'main/app/probe.ts'),
    ).not.toContain('no-restricted-imports')
  })

  it('forbids raw HTML insertion anywhere', async () => {
    expect(
      await ruleIds(
        'export function f(el: HTMLElement, s: string): void {\n  el.innerHTML = s\n}\n',
        'renderer/src/probe.ts',
      ),
    ).toContain('no-restricted-syntax')
    expect(
      await ruleIds(
        'export function f(el: HTMLElement, s: string): void {\n  el.insertAdjacentHTML("beforeend", s)\n}\n',
        'renderer/src/probe.ts',
      ),
    ).toContain('no-restricted-syntax')
  })
})
