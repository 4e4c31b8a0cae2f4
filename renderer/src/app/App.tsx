/** The window: a toolbar, the library on the left, the article on the right. */
import { useEffect, useState } from 'react'
import { bridge, errorMessage } from '../bridge'
import { LibraryList } from '../features/library/LibraryList'
import { LibraryStatus } from '../features/library/ProgressBar'
import { useLibrary } from '../features/library/useLibrary'
import { ArticlePane } from '../features/reader/ArticleView'

export function App() {
  const library = useLibrary()
  const [selection, setSelection] = useState<{ folder: string | null; id: string } | null>(null)
  const [recent, setRecent] = useState<string[]>([])
  const [notices, setNotices] = useState<string[]>([])
  const folder = library.state?.folder ?? null
  // A selection belongs to the folder it was made in; opening another folder clears it.
  const selected = selection && selection.folder === folder ? selection.id : null

  useEffect(() => {
    void bridge().getStartupNotices().then(setNotices)
  }, [])
  useEffect(() => {
    void bridge().getRecentFolders().then(setRecent)
  }, [folder])

  const run = (action: () => Promise<unknown>): void => {
    action().catch((error: unknown) => setNotices((n) => [...n, errorMessage(error)]))
  }

  return (
    <div className="app">
      <header className="toolbar">
        <button type="button" onClick={() => run(() => bridge().openFolderDialog())}>
          Open folder…
        </button>
        {recent.length > 0 && (
          <select
            aria-label="Recent folders"
            value=""
            onChange={(event) =>
              event.target.value && run(() => bridge().openRecentFolder(event.target.value))
            }
          >
            <option value="">Recent folders</option>
            {recent.map((path) => (
              <option key={path} value={path}>
                {path}
              </option>
            ))}
          </select>
        )}
        <span className="toolbar-folder" title={folder ?? ''}>
          {folder}
        </span>
      </header>
      {notices.length > 0 && (
        <div className="notices" role="status">
          {notices.map((notice, i) => (
            <p key={i}>{notice}</p>
          ))}
          <button type="button" onClick={() => setNotices([])}>
            Dismiss
          </button>
        </div>
      )}
      <main className="panes">
        <aside className="library" aria-label="Library">
          <LibraryStatus state={library.state} />
          <LibraryList
            library={library}
            selectedId={selected}
            onSelect={(id) => setSelection({ folder, id })}
          />
        </aside>
        <section className="reader" aria-label="Article">
          <ArticlePane id={selected} />
        </section>
      </main>
    </div>
  )
}
