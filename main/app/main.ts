/**
 * The main process entry: the composition root, and the only module that imports the real electron
 * and electron-store. Everything it wires is testable without them.
 */
import path from 'node:path'
import electron from 'electron'
import Store from 'electron-store'
import { WorkerPool } from '../engine/library/worker-pool'
import type { ElectronMain } from './electron-api'
import { bootstrap } from './lifecycle'
import { Settings, rescueUnreadableFile, DEFAULT_SETTINGS } from './settings'

// Checks at compile time that the real Electron API has the shape the glue is written against.
const api: ElectronMain = electron

const here = import.meta.dirname
const appRoot = electron.app.getAppPath()

bootstrap(api, {
  argv: process.argv,
  preloadPath: path.join(here, '../preload/index.cjs'),
  rendererDir: path.join(here, '../renderer'),
  samplesDir: electron.app.isPackaged
    ? path.join(process.resourcesPath, 'samples')
    : path.join(appRoot, 'samples'),
  devServerUrl: !electron.app.isPackaged ? (process.env['ELECTRON_RENDERER_URL'] ?? null) : null,
  // Built next to this bundle by electron.vite.config.ts; inside the asar in a packaged app.
  createRunner: () => new WorkerPool({ script: new URL('./parse-worker.cjs', import.meta.url) }),
  openSettings(userDataDir) {
    const file = path.join(userDataDir, 'settings.json')
    const rescued = rescueUnreadableFile(file)
    const store = new Store({
      cwd: userDataDir,
      name: 'settings',
      defaults: DEFAULT_SETTINGS,
      clearInvalidConfig: false,
    })
    return new Settings(store, { file, rescued })
  },
})
