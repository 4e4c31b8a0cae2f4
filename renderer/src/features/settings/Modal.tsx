/** A modal panel on the native <dialog>: focus is trapped and restored, Escape closes it. */
import { useEffect, useRef, type ReactNode } from 'react'
import { useT } from '../../app/preferences'

export function Modal({
  open,
  title,
  onClose,
  children,
  className,
}: {
  open: boolean
  title: string
  onClose(): void
  children: ReactNode
  className?: string
}) {
  const t = useT()
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const element = dialog.current
    if (!element) return
    if (open && !element.open) element.showModal()
    if (!open && element.open) element.close()
  }, [open])
  const titleId = `${className ?? 'modal'}-title`
  return (
    <dialog ref={dialog} className={`modal ${className ?? ''}`} aria-labelledby={titleId} onClose={onClose}>
      {open && (
        <>
          <header className="modal-header">
            <h2 id={titleId}>{title}</h2>
            <button type="button" onClick={onClose} aria-label={t.close}>
              ×
            </button>
          </header>
          <div className="modal-body">{children}</div>
        </>
      )}
    </dialog>
  )
}
