/**
 * The sandboxed preload. It runs with contextIsolation and sandbox on, so it may require only
 * `electron`, and it is bundled into one CommonJS file (a sandboxed preload cannot be an ES module).
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import { API_GLOBAL, createApi, type Transport } from './api'

const transport: Transport = {
  invoke: (channel, args) => ipcRenderer.invoke(channel, ...args),
  subscribe(channel, listener) {
    // The Electron event object (with its sender) never reaches the page: only the payload does.
    const wrapped = (_event: IpcRendererEvent, payload: unknown): void => listener(payload)
    ipcRenderer.on(channel, wrapped)
    return () => {
      ipcRenderer.removeListener(channel, wrapped)
    }
  },
  // File.path is gone since Electron 32; webUtils is the supported way, and only works in the preload.
  pathForFile: (file) => webUtils.getPathForFile(file),
}

contextBridge.exposeInMainWorld(API_GLOBAL, createApi(transport))
