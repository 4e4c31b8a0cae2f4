/** A row's reading state: a dot while unread, a star when starred. */
export function ReadingMarks({ read, starred }: { read: boolean; starred: boolean }) {
  return (
    <>
      {!read && <span className="row-unread" role="img" aria-label="Unread" />}
      {starred && (
        <span className="row-starred" role="img" aria-label="Starred">
          ★
        </span>
      )}
    </>
  )
}
