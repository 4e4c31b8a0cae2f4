/**
 * The application menu: standard roles (so copy, zoom, full screen and quit behave as on every other app
 * of the platform) plus the app's own commands. Commands only the page can carry out (show a panel)
 * go to it as `menuCommand` events; the rest run here in main.
 */
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../../common/ipc/contract'

export interface MenuActions {
  openFolder(): void
  openRecent(folder: string): void
  send(command: MenuCommand): void
}

export interface MenuContext {
  platform: NodeJS.Platform
  recentFolders: readonly string[]
  /** Developer tools are offered only when running from source. */
  isPackaged: boolean
}

export function applicationMenuTemplate(
  actions: MenuActions,
  context: MenuContext,
): MenuItemConstructorOptions[] {
  const mac = context.platform === 'darwin'
  const recent: MenuItemConstructorOptions[] =
    context.recentFolders.length > 0
      ? context.recentFolders.map((folder) => ({ label: folder, click: () => actions.openRecent(folder) }))
      : [{ label: 'No recent folders', enabled: false }]
  const settings: MenuItemConstructorOptions = {
    label: mac ? 'Settings…' : 'Preferences…',
    accelerator: 'CmdOrCtrl+,',
    click: () => actions.send('showSettings'),
  }
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'Open Folder…', accelerator: 'CmdOrCtrl+O', click: () => actions.openFolder() },
        { label: 'Open Recent', submenu: recent },
        { type: 'separator' },
        ...(mac ? [] : [settings, { type: 'separator' as const }]),
        mac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: '&View',
      submenu: [
        { label: 'Search', accelerator: 'CmdOrCtrl+F', click: () => actions.send('focusSearch') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(context.isPackaged ? [] : [{ type: 'separator' as const }, { role: 'toggleDevTools' as const }]),
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        {
          label: 'Keyboard Shortcuts',
          accelerator: 'CmdOrCtrl+/',
          click: () => actions.send('showShortcuts'),
        },
      ],
    },
  ]
}
