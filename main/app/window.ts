/** The main window: secure preferences, hidden until painted, and the renderer from the app's own scheme. */
import type { BrowserWindowFactory, BrowserWindowLike } from './electron-api'

export interface WindowOptions {
  preload: string
  url: string
  bounds: { x: number; y: number; width: number; height: number } | null
}

export function createMainWindow(
  BrowserWindow: BrowserWindowFactory,
  options: WindowOptions,
): BrowserWindowLike {
  const window = new BrowserWindow({
    ...(options.bounds ?? { width: 1280, height: 820 }),
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Snapshot Reader',
    backgroundColor: '#f7f5f0',
    // Electron's security checklist; written out here, where the window is made, so that reviewers and
    // Electronegativity see every value.
    webPreferences: {
      preload: options.preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would otherwise try to open links in a new window.
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: false,
    },
  })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(options.url)
  return window
}
