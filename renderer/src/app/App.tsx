/** The window: a toolbar, the library on the left (list or search results), one to four reading panes. */
import { useCallback, useEffect, useMemo, useState, type DragEvent } from 'react'
import type { Article } from '../../../common/article'
import type { MenuCommand, RowFilter } from '../../../common/ipc/contract'
import { bridge, errorMessage } from '../bridge'
import { CompareTable } from '../features/compare/CompareTable'
import { PaneRow } from '../features/compare/PaneRow'
import { usePanes } from '../features/compare/usePanes'
import { DateFilter } from '../features/library/DateFilter'
import { LibraryList } from '../features/library/LibraryList'
import { OutletFilter } from '../features/library/OutletFilter'
import { useFacets } from '../features/library/useFacets'
import { LibraryStatus } from '../features/library/ProgressBar'
import { SearchBox, useSearch } from '../features/library/SearchBox'
import { SearchResults } from '../features/library/SearchResults'
import { useLibrary, type LibraryView } from '../features/library/useLibrary'
import { SettingsDialog } from '../features/settings/SettingsDialog'
import { ShortcutHelp } from '../features/settings/ShortcutHelp'
import { PreferencesProvider, useT } from './preferences'
import { useShortcuts } from './shortcuts'

type Panel = 'settings' | 'shortcuts' | null

export function App() {
  const [notices, setNotices] = useState<string[]>([])
  const notify = useCallback((message: string) => setNotices((n) => [...n, message]), [])
  useEffect(() => {
    void bridge().getStartupNotices().then(setNotices)
  }, [])
  return (
    <PreferencesProvider onError={notify}>
      <Shell notices={notices} notify={notify} dismiss={() => setNotices([])} />
    </PreferencesProvider>
  )
}

function Shell({
  notices,
  notify,
  dismiss,
}: {
  notices: string[]
  notify(message: string): void
  dismiss(): void
}) {
  const t = useT()
  const library = useLibrary()
  const [recent, setRecent] = useState<string[]>([])
  const [panel, setPanel] = useState<Panel>(null)
  const [dragging, setDragging] = useState(false)
  const folder = library.state?.folder ?? null

  useEffect(() => {
    void bridge().getRecentFolders().then(setRecent)
  }, [folder])
  useEffect(
    () =>
      bridge().on.menuCommand((command: MenuCommand) => {
        if (command === 'showSettings') setPanel('settings')
        else if (command === 'showShortcuts') setPanel('shortcuts')
        else document.querySelector<HTMLInputElement>('.search-box')?.focus()
      }),
    [],
  )

  const run = (action: () => Promise<unknown>): void => {
    action().catch((error: unknown) => notify(errorMessage(error)))
  }

  /** A folder dropped anywhere on the window opens; main says so if it is not a folder. */
  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault()
    setDragging(false)
    const file = event.dataTransfer.files[0]
    const path = file ? bridge().pathForFile(file) : ''
    if (!path) return notify(t.dropNotFolder)
    run(() => bridge().openDroppedFolder(path))
  }

  return (
    <div
      className={`app${dragging ? ' dragging' : ''}`}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return
        event.preventDefault()
        setDragging(true)
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDragging(false)
      }}
      onDrop={onDrop}
    >
      <header className="toolbar">
        <button type="button" onClick={() => run(() => bridge().openFolderDialog())}>
          {t.openFolder}
        </button>
        {recent.length > 0 && (
          <select
            aria-label={t.recentFolders}
            value=""
            onChange={(event) =>
              event.target.value && run(() => bridge().openRecentFolder(event.target.value))
            }
          >
            <option value="">{t.recentFolders}</option>
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
        <button type="button" onClick={() => setPanel('shortcuts')} aria-haspopup="dialog">
          {t.shortcuts}
        </button>
        <button type="button" onClick={() => setPanel('settings')} aria-haspopup="dialog">
          {t.settings}
        </button>
      </header>
      {notices.length > 0 && (
        <div className="notices" role="status">
          {notices.map((notice, i) => (
            <p key={i}>{notice}</p>
          ))}
          <button type="button" onClick={dismiss}>
            {t.dismiss}
          </button>
        </div>
      )}
      {dragging && (
        <div className="drop-hint" aria-hidden="true">
          {t.dropHere}
        </div>
      )}
      {/* A new folder is a new workspace: panes, search and filters start afresh. */}
      <Workspace key={folder ?? ''} library={library} notify={notify} onPanel={setPanel} />
      {/* A dialog's close event can land after another panel was asked for: only close what is open. */}
      <SettingsDialog
        open={panel === 'settings'}
        onClose={() => setPanel((open) => (open === 'settings' ? null : open))}
      />
      <ShortcutHelp
        open={panel === 'shortcuts'}
        onClose={() => setPanel((open) => (open === 'shortcuts' ? null : open))}
      />
    </div>
  )
}

function Workspace({
  library,
  notify,
  onPanel,
}: {
  library: LibraryView
  notify(message: string): void
  onPanel(panel: Panel): void
}) {
  const t = useT()
  const panes = usePanes()
  const [outlet, setOutlet] = useState('')
  const [dates, setDates] = useState<{ from?: string; to?: string }>({})
  const filter = useMemo<RowFilter>(
    () => ({ ...(outlet ? { outlets: [outlet] } : {}), ...dates }),
    [outlet, dates],
  )
  // Search results carry reading marks too: they are fetched again when the library or a mark changes.
  const [readingVersion, setReadingVersion] = useState(0)
  const revision = library.state?.revision ?? 0
  // Fetched once for both filters: each revision, main walks every story row to count them.
  const facets = useFacets(revision)
  const [search, setQuery] = useSearch(filter, revision, readingVersion)
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
          else notify(t.noMatchElsewhere(article.title))
        })
        .catch((error: unknown) => notify(errorMessage(error)))
    },
    [panes, notify, t],
  )
  const onLoaded = useMemo(
    () =>
      [0, 1, 2, 3].map(
        (index) => (article: Article | null) =>
          setLoaded((all) => (all[index] === article ? all : { ...all, [index]: article })),
      ),
    [],
  )
  useShortcuts(panes, onPanel)
  const { rows } = library
  const onReadingChanged = useCallback(() => {
    rows.refresh()
    setReadingVersion((v) => v + 1)
  }, [rows])

  const shown = panes.panes.map((_, i) => loaded[i]).filter((a): a is Article => !!a)
  return (
    <main className="panes">
      <aside className="library" aria-label={t.library}>
        <div className="library-tools">
          <SearchBox query={search.query} onChange={setQuery} />
          <div className="library-filters">
            <OutletFilter facets={facets} value={outlet} onChange={setOutlet} />
            <DateFilter facets={facets} value={dates} onChange={setDates} />
          </div>
        </div>
        <LibraryStatus state={library.state} />
        {search.error && (
          <div className="library-error" role="alert">
            {search.error}
          </div>
        )}
        {search.page ? (
          <SearchResults
            page={search.page}
            indexing={library.state?.phase === 'scanning' || library.state?.phase === 'indexing'}
            selectedId={selectedId}
            onSelect={(id) => panes.open(id)}
          />
        ) : (
          <LibraryList library={library} selectedId={selectedId} onSelect={(id) => panes.open(id)} />
        )}
      </aside>
      <div className="workspace">
        {shown.length > 1 && <CompareTable articles={shown} />}
        <PaneRow
          panes={panes}
          actions={{ onCompare: compare, onReadingChanged, onError: notify }}
          onLoaded={onLoaded}
          onClosed={(index) => setLoaded((all) => ({ ...all, [index]: null }))}
        />
      </div>
    </main>
  )
}
