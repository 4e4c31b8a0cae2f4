/** The settings module over electron-store's core (conf) in a folder of its own: for tests and the harness. */
import path from 'node:path'
import Conf from 'conf'
import { DEFAULT_SETTINGS, Settings, rescueUnreadableFile } from '../app/settings'

export function openSettingsIn(dir: string, now = new Date()): Settings {
  const file = path.join(dir, 'settings.json')
  const rescued = rescueUnreadableFile(file, now)
  const store = new Conf<Record<string, unknown>>({
    cwd: dir,
    configName: 'settings',
    defaults: DEFAULT_SETTINGS,
    clearInvalidConfig: false,
    projectName: 'snapshot-reader-test',
  })
  return new Settings(store, { file, rescued, now })
}
