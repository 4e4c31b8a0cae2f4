/** Every shortcut with its current key (`?` or Help ▸ Keyboard Shortcuts). */
import { SHORTCUT_ACTIONS } from '../../../../common/preferences'
import { usePreferences } from '../../app/preferences'
import { Modal } from './Modal'

export function ShortcutHelp({ open, onClose }: { open: boolean; onClose(): void }) {
  const { t, shortcuts } = usePreferences()
  return (
    <Modal open={open} title={t.shortcutHelp} onClose={onClose} className="shortcut-help">
      <table className="shortcut-table">
        <tbody>
          {SHORTCUT_ACTIONS.map((action) => (
            <tr key={action}>
              <td>
                <kbd>{shortcuts[action]}</kbd>
              </td>
              <td>{t.actions[action]}</td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>Enter</kbd>
            </td>
            <td>{t.enterOpens}</td>
          </tr>
        </tbody>
      </table>
      <p className="muted">{t.shortcutHint}</p>
    </Modal>
  )
}
