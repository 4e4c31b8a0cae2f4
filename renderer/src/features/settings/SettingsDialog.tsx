/** Appearance, reading behaviour, language and the key of every shortcut; each change is stored at once. */
import { useState, type KeyboardEvent } from 'react'
import {
  DEFAULT_SHORTCUTS,
  PREFERENCE_RANGES,
  SHORTCUT_ACTIONS,
  shortcutConflicts,
  type Preferences,
  type ShortcutAction,
} from '../../../../common/preferences'
import { usePreferences } from '../../app/preferences'
import { Modal } from './Modal'

export function SettingsDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t, preferences, update, shortcuts } = usePreferences()
  const [recording, setRecording] = useState<ShortcutAction | null>(null)
  const conflicts = new Set(shortcutConflicts(shortcuts))

  const record = (action: ShortcutAction) => (event: KeyboardEvent<HTMLButtonElement>) => {
    if (recording !== action) return
    if (event.key === 'Escape' || event.key === 'Tab') {
      if (event.key === 'Escape') event.preventDefault()
      setRecording(null)
      return
    }
    event.preventDefault()
    if (event.key.length !== 1 || event.key === ' ' || event.ctrlKey || event.metaKey || event.altKey) return
    // Only keys that differ from the defaults are stored.
    const overrides = Object.fromEntries(
      Object.entries({ ...preferences.shortcuts, [action]: event.key }).filter(
        ([name, key]) => key !== DEFAULT_SHORTCUTS[name as ShortcutAction],
      ),
    )
    update({ shortcuts: overrides })
    setRecording(null)
  }

  const select = <K extends 'theme' | 'chineseScript' | 'language'>(
    key: K,
    label: string,
    options: Record<Preferences[K], string>,
  ) => (
    <label className="setting">
      <span>{label}</span>
      <select
        value={preferences[key]}
        onChange={(event) => update({ [key]: event.target.value as Preferences[K] })}
      >
        {(Object.keys(options) as Preferences[K][]).map((value) => (
          <option key={value} value={value}>
            {options[value]}
          </option>
        ))}
      </select>
    </label>
  )
  const range = (key: keyof typeof PREFERENCE_RANGES, label: string, unit: string) => (
    <label className="setting">
      <span>{label}</span>
      <input
        type="range"
        {...PREFERENCE_RANGES[key]}
        value={preferences[key]}
        onChange={(event) => update({ [key]: Number(event.target.value) })}
      />
      <output>
        {preferences[key]}
        {unit}
      </output>
    </label>
  )
  const check = (key: 'markReadOnOpen' | 'loadImages' | 'syncScroll', label: string) => (
    <label className="setting setting-check">
      <input
        type="checkbox"
        checked={preferences[key]}
        onChange={(event) => update({ [key]: event.target.checked })}
      />
      <span>{label}</span>
    </label>
  )

  return (
    <Modal open={open} title={t.settings} onClose={onClose} className="settings">
      <section aria-labelledby="settings-appearance">
        <h3 id="settings-appearance">{t.appearance}</h3>
        {select('theme', t.theme, t.themes)}
        {range('fontSize', t.fontSize, 'px')}
        {range('lineWidth', t.lineWidth, 'em')}
        {select('chineseScript', t.chineseScript, t.chineseScripts)}
        {select('language', t.language, t.languages)}
      </section>
      <section aria-labelledby="settings-reading">
        <h3 id="settings-reading">{t.reading}</h3>
        {check('markReadOnOpen', t.markReadOnOpen)}
        {check('loadImages', t.loadImagesSetting)}
        {check('syncScroll', t.syncScroll)}
      </section>
      <section aria-labelledby="settings-keys">
        <h3 id="settings-keys">{t.keyboard}</h3>
        <table className="shortcut-table">
          <tbody>
            {SHORTCUT_ACTIONS.map((action) => (
              <tr key={action}>
                <td>{t.actions[action]}</td>
                <td>
                  <button
                    type="button"
                    className={`key-button${conflicts.has(action) ? ' conflict' : ''}`}
                    aria-label={`${t.actions[action]}: ${shortcuts[action]}`}
                    aria-pressed={recording === action}
                    onClick={() => setRecording(recording === action ? null : action)}
                    onKeyDown={record(action)}
                    onBlur={() => recording === action && setRecording(null)}
                  >
                    {recording === action ? t.pressKey : <kbd>{shortcuts[action]}</kbd>}
                  </button>
                  {conflicts.has(action) && <span className="conflict-note"> {t.conflict}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="button" onClick={() => update({ shortcuts: {} })}>
          {t.resetShortcuts}
        </button>
      </section>
    </Modal>
  )
}
