/** The window: a toolbar, the library on the left (list or search results), one to four reading panes. */
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { Article } from '../../../common/article'
import type { RowFilter } from '../../../common/ipc/contract'
import { bridge, errorMessage } from '../bridge'
import { CompareTable } from '../features/compare/CompareTable'
import { ReaderPane } from '../features/compare/ReaderPane'
import { usePanes } from '../features/compare/usePanes'
import { LibraryList } from '../features/library/LibraryList'
import { OutletFilter } from '../features/library/OutletFilter'
import { LibraryStatus } from '../features/library/ProgressBar'
import { SearchBox, useSearch } from '../features/library/SearchBox'
import { SearchResults } from '../features/library/SearchResults'
import { useLibrary, type LibraryView } from '../features/library/useLibrary'
import { useShortcuts } from './shortcuts'

export function App() {
  const library = useLibrary()
  const [recent, setRecent] = useState<string[]>([])
  const [notices, setNotices] = useState<string[]>([])
  const folder = library.state?.folder ?? null

  useEffect(() => {
    void bridge().getStartupNotices().then(setNotices)
  }, [])
  useEffect(() => {
    void bridge().getRecentFolders().then(setRecent)
  }, [folder])

  const notify = useCallback((message: string) => setNotices((n) => [...n, message]), [])
  const run = (action: () => Promise<unknown>): void => {
    action().catch((error: unknown) => notify(errorMessage(error)))
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
      {/* A new folder is a new workspace: panes, search and filters start afresh. */}
      <Workspace key={folder ?? ''} library={library} notify={notify} />
    </div>
  )
}

function Workspace({ library, notify }: { library: LibraryView; notify(message: string): void }) {
  const panes = usePanes()
  const [outlet, setOutlet] = useState('')
  const filter = useMemo<RowFilter>(() => (outlet ? { outlets: [outlet] } : {}), [outlet])
  const revision = library.state?.revision ?? 0
  const [search, setQuery] = useSearch(filter, revision)
  const [loaded, setLoaded] = useState<Record<number, Article | null>>({})
  const focusedPane = panes.panes[panes.focused]
  const selectedId = focusedPane ? panes.current(focusedPane) : null

  useEffect(() => library.rows.setFilter(filter), [library.rows, filter])

  // Deep links (`#article=<id>`) open an article in the focused pane; the audit tool opens every article this way.
  const { open } = panes
  useEffect(() => {
    const onHash = (): void => {
      const id = /^#article=([0-9a-f]{16})$/.exec(window.location.hash)?.[1]
      if (id) open(id)
    }
    onHash()
    window.addEventListener('hashchange', onHash)
    return () => window.removeEventListener('hashchange', onHash)
  }, [open])

  const compare = useCallback(
    (article: Article, id: string) => {
      void bridge()
        .related(id, 8)
        .then((matches) => {
          const best = matches[0]
          if (best) panes.openBeside(best.row.id, matches)
          else notify(`No report of “${article.title}” from another outlet was found in this folder.`)
        })
        .catch((error: unknown) => notify(errorMessage(error)))
    },
    [panes, notify],
  )
  const onLoaded = useMemo(
    () =>
      [0, 1, 2, 3].map(
        (index) => (article: Article | null) =>
          setLoaded((all) => (all[index] === article ? all : { ...all, [index]: article })),
      ),
    [],
  )
  useShortcuts(panes)
  const { rows } = library
  const onReadingChanged = useCallback(() => rows.refresh(), [rows])

  const shown = panes.panes.map((_, i) => loaded[i]).filter((a): a is Article => !!a)
  return (
    <main className="panes">
      <aside className="library" aria-label="Library">
        <div className="library-tools">
          <SearchBox query={search.query} onChange={setQuery} />
          <OutletFilter revision={revision} value={outlet} onChange={setOutlet} />
        </div>
        <LibraryStatus state={library.state} />
        {search.error && (
          <div className="library-error" role="alert">
            {search.error}
          </div>
        )}
        {search.page ? (
          <SearchResults page={search.page} selectedId={selectedId} onSelect={(id) => panes.open(id)} />
        ) : (
          <LibraryList library={library} selectedId={selectedId} onSelect={(id) => panes.open(id)} />
        )}
      </aside>
      <div className="workspace">
        {shown.length > 1 && <CompareTable articles={shown} />}
        <div className="pane-row">
          {panes.panes.map((pane, index) => (
            <ReaderPane
              key={index}
              pane={pane}
              index={index}
              id={panes.current(pane)}
              focused={index === panes.focused}
              count={panes.panes.length}
              actions={{
                onCompare: compare,
                onOpen: (id) => panes.open(id, index),
                onLoaded: onLoaded[index],
                onReadingChanged,
              }}
              onFocus={() => panes.focus(index)}
              onBack={() => panes.back(index)}
              onForward={() => panes.forward(index)}
              onClose={() => {
                setLoaded((all) => ({ ...all, [index]: null }))
                panes.close(index)
              }}
              onPick={(id) => panes.open(id, index)}
            />
          ))}
        </div>
      </div>
    </main>
  )
}
