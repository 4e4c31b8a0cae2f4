/** The main window: secure preferences, hidden until painted, and the renderer from the app's own scheme. */
import type { BrowserWindowFactory, BrowserWindowLike } from './electron-api'
import { secureWebPreferences } from './security'

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
    webPreferences: secureWebPreferences(options.preload),
  })
  window.once('ready-to-show', () => window.show())
  void window.loadURL(options.url)
  return window
}
