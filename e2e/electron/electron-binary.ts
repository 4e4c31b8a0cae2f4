/**
 * Finds an installed Electron binary without triggering a download: `require('electron')` would try to
 * fetch it, and this machine cannot reach the host it comes from.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

export function findElectronBinary(root: string): string | null {
  const pkg = path.join(root, 'node_modules', 'electron')
  const pathFile = path.join(pkg, 'path.txt')
  const override = process.env['ELECTRON_OVERRIDE_DIST_PATH']
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null
  const candidate = override
    ? path.join(override, relative ?? 'electron')
    : relative
      ? path.join(pkg, 'dist', relative)
      : null
  return candidate && existsSync(candidate) ? candidate : null
}

export const NO_BINARY_REASON =
  'SKIPPED: no Electron binary on this machine (Electron downloads it on first run, and this network cannot reach its host). ' +
  'These _electron tests run wherever `npx electron --version` works; the same scenarios run above in the Chromium harness.'
