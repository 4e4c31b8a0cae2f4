/** A row's reading state: a dot while unread, a star when starred. */
import { useT } from '../../app/preferences'

export function ReadingMarks({ read, starred }: { read: boolean; starred: boolean }) {
  const t = useT()
  return (
    <>
      {!read && <span className="row-unread" role="img" aria-label={t.unread} />}
      {starred && (
        <span className="row-starred" role="img" aria-label={t.starred}>
          ★
        </span>
      )}
    </>
  )
}
