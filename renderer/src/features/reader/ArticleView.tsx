/** One article: source metadata, then the body. Links open in the system browser only when clicked. */
import { useEffect, useState, type MouseEvent } from 'react'
import type { Row } from '../../../../common/ipc/contract'
import type { Article } from '../../../../common/article'
import { bridge } from '../../bridge'
import { Blocks } from './Blocks'
import { formatDateTime } from './dates'
import { OutletBadge } from './OutletBadge'
import { useArticle } from './useArticle'

export interface ArticleActions {
  /** Opens the best report of the same story from another outlet beside this one. */
  onCompare?(article: Article, id: string): void
  /** Opens another article of the library in this pane. */
  onOpen?(id: string): void
  /** Tells the window which article the pane shows (for the comparison table). */
  onLoaded?(article: Article | null): void
  /** The article was marked read, or starred or unstarred. */
  onReadingChanged?(): void
}

export function ArticlePane({ id, actions = {} }: { id: string | null; actions?: ArticleActions }) {
  const load = useArticle(id)
  const loaded = load.status === 'loaded' && load.result.ok ? load.result.article : null
  const { onLoaded } = actions
  useEffect(() => {
    onLoaded?.(loaded)
  }, [loaded, onLoaded])
  if (load.status === 'idle') return <div className="article-empty">Choose an article from the list.</div>
  if (load.status === 'loading')
    return (
      <div className="article-empty" aria-busy="true">
        Opening…
      </div>
    )
  if (load.status === 'error')
    return (
      <div className="article-empty" role="alert">
        {load.message}
      </div>
    )
  const { result } = load
  if (!result.ok) {
    return (
      <div className="article-empty" role="alert" data-article-id={id ?? ''}>
        <strong>{result.relativePath}</strong> could not be read: {result.error.message}
      </div>
    )
  }
  return (
    <ArticleView
      article={result.article}
      relativePath={result.relativePath}
      id={id ?? ''}
      actions={actions}
    />
  )
}

/** Percent-encoded Chinese paths are unreadable; show them decoded (the link keeps the exact URL). */
function readableUrl(url: string): string {
  try {
    return decodeURI(url)
  } catch {
    return url
  }
}

/** Every link inside the article goes through the bridge: no navigation, no new window. */
function openLinksExternally(event: MouseEvent<HTMLElement>): void {
  const anchor = (event.target as Element).closest('a')
  if (!anchor) return
  event.preventDefault()
  const href = anchor.getAttribute('href')
  if (href)
    void bridge()
      .openExternal(href)
      .catch(() => undefined)
}

export function ArticleView({
  article,
  relativePath,
  id,
  actions = {},
}: {
  article: Article
  relativePath: string
  id: string
  actions?: ArticleActions
}) {
  const minutes = Math.max(1, Math.round(article.counts.characters / 400))
  return (
    <article
      data-article-id={id}
      className="article"
      lang={article.outlet.language === 'und' ? undefined : article.outlet.language}
      onClick={openLinksExternally}
    >
      <header className="article-header">
        <div className="article-actions">
          <OutletBadge id={article.outlet.id} name={article.outlet.name} />
          {article.url && <StarButton url={article.url} onChanged={actions.onReadingChanged} />}
          {actions.onCompare && (
            <button
              type="button"
              className="compare-button"
              onClick={() => actions.onCompare?.(article, id)}
              title="Compare with another outlet (c)"
            >
              Compare
            </button>
          )}
        </div>
        <h1 className="article-title">{article.title}</h1>
        <dl className="article-meta">
          {article.byline && (
            <>
              <dt>By</dt>
              <dd>{article.byline}</dd>
            </>
          )}
          {article.published && (
            <>
              <dt>Published</dt>
              <dd>
                <time dateTime={article.published}>{formatDateTime(article.published)}</time>
              </dd>
            </>
          )}
          {article.feedDate && (
            <>
              <dt>Feed date</dt>
              <dd>
                <time dateTime={article.feedDate}>{formatDateTime(article.feedDate)}</time>
              </dd>
            </>
          )}
          {article.url && (
            <>
              <dt>Original</dt>
              <dd className="article-url">
                <a href={article.url}>{readableUrl(article.url)}</a>
              </dd>
            </>
          )}
          <dt>File</dt>
          <dd className="article-path">{relativePath}</dd>
          <Captures id={id} onOpen={actions.onOpen} />
          <dt>Length</dt>
          <dd>
            {article.counts.characters} characters · {minutes} min · {article.counts.images} images
          </dd>
        </dl>
      </header>
      {article.lead && <p className="article-lead">{article.lead}</p>}
      <div className="article-body">
        <Blocks blocks={article.blocks} />
      </div>
      {(article.agencies.length > 0 || article.copyright) && (
        <footer className="article-footer">
          {article.agencies.length > 0 && <p>Agencies: {article.agencies.join('、')}</p>}
          {article.copyright && <p className="article-copyright">{article.copyright}</p>}
        </footer>
      )}
      {article.related.length > 0 && (
        <nav className="article-related" aria-label="Related articles">
          <h2>Related</h2>
          <ul>
            {article.related.map((link) => (
              <li key={link.url}>
                <a href={link.url}>{link.title || link.url}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </article>
  )
}

/** Other captures of the same story (same canonical URL), to switch between. */
function Captures({ id, onOpen }: { id: string; onOpen?: (id: string) => void }) {
  const [captures, setCaptures] = useState<Row[]>([])
  useEffect(() => {
    let current = true
    if (id)
      void bridge()
        .captures(id)
        .then((rows) => current && setCaptures(rows))
    return () => {
      current = false
    }
  }, [id])
  if (captures.length < 2) return null
  return (
    <>
      <dt>Captures</dt>
      <dd>
        <select
          aria-label="Captures of this story"
          value={id}
          onChange={(event) => onOpen?.(event.target.value)}
        >
          {captures.map((row) => (
            <option key={row.id} value={row.id}>
              {row.relativePath} ({row.date?.slice(0, 10) ?? 'undated'})
            </option>
          ))}
        </select>
      </dd>
    </>
  )
}

/** Marks the article read when it is shown, and stars or unstars it (kept by canonical URL, in main). */
function StarButton({ url, onChanged }: { url: string; onChanged?: () => void }) {
  const [starred, setStarred] = useState<boolean | null>(null)
  useEffect(() => {
    let current = true
    void bridge()
      .setReading({ url, read: true })
      .then((state) => {
        if (!current) return
        setStarred(state.starred)
        onChanged?.()
      })
    return () => {
      current = false
    }
  }, [url, onChanged])
  return (
    <button
      type="button"
      className="star-button"
      aria-pressed={starred === true}
      title="Star (s)"
      disabled={starred === null}
      onClick={() =>
        void bridge()
          .setReading({ url, starred: !starred })
          .then((state) => {
            setStarred(state.starred)
            onChanged?.()
          })
      }
    >
      {starred ? '★ Starred' : '☆ Star'}
    </button>
  )
}
