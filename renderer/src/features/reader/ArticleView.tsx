/**
 * One article in its pane: source metadata, then the body. Links open in the system browser only when
 * clicked; related links open in the app when the library has the article. The pane remembers how far
 * the article was read.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type MouseEvent } from 'react'
import type { Article } from '../../../../common/article'
import type { Row } from '../../../../common/ipc/contract'
import { usePreferences, useT } from '../../app/preferences'
import { bridge, errorMessage } from '../../bridge'
import { Blocks } from './Blocks'
import { formatDateTime } from './dates'
import { ArticleDisplayContext } from './display-context'
import { OutletBadge } from './OutletBadge'
import { useArticle } from './useArticle'
import { useDisplayedArticle } from './useDisplayedArticle'
import { useReading, type Reading } from './useReading'

export interface ArticleActions {
  /** Opens the best report of the same story from another outlet beside this one. */
  onCompare?(article: Article, id: string): void
  /** Opens another article of the library in this pane. */
  onOpen?(id: string): void
  /** Tells the window which article the pane shows (for the comparison table). */
  onLoaded?(article: Article | null): void
  /** The article was marked read or unread, or starred or unstarred. */
  onReadingChanged?(): void
  onError?(message: string): void
}

export function ArticlePane({ id, actions = {} }: { id: string | null; actions?: ArticleActions }) {
  const t = useT()
  const load = useArticle(id)
  const loaded = load.status === 'loaded' && load.result.ok ? load.result.article : null
  const { onLoaded } = actions
  useEffect(() => {
    onLoaded?.(loaded)
  }, [loaded, onLoaded])
  let content
  if (load.status === 'idle') content = <div className="article-empty">{t.chooseArticle}</div>
  else if (load.status === 'loading')
    content = (
      <div className="article-empty" aria-busy="true">
        {t.opening}
      </div>
    )
  else if (load.status === 'error')
    content = (
      <div className="article-empty" role="alert">
        {load.message}
      </div>
    )
  else if (!load.result.ok)
    content = (
      <div className="article-empty" role="alert" data-article-id={id ?? ''}>
        <strong>{load.result.relativePath}</strong> {t.couldNotRead} {load.result.error.message}
      </div>
    )
  else
    return (
      <ArticleView
        key={id}
        article={load.result.article}
        relativePath={load.result.relativePath}
        id={id ?? ''}
        actions={actions}
      />
    )
  return <div className="pane-body">{content}</div>
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

/**
 * Restores how far the article was read once both it and its state are there; then records scrolling
 * (debounced). Returns the scroll container's ref and its scroll handler.
 */
function useScrollMemory(reading: Reading) {
  const scroller = useRef<HTMLDivElement>(null)
  const restored = useRef(false)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const saved = reading.state?.scroll
  useLayoutEffect(() => {
    const element = scroller.current
    if (restored.current || saved === undefined || !element) return
    restored.current = true
    element.scrollTo({ top: Math.round(saved * (element.scrollHeight - element.clientHeight)) })
  }, [saved])
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current)
    },
    [],
  )
  const { saveScroll } = reading
  const onScroll = useCallback(() => {
    const element = scroller.current
    if (!restored.current || !element) return
    if (timer.current) clearTimeout(timer.current)
    timer.current = setTimeout(() => {
      const range = element.scrollHeight - element.clientHeight
      saveScroll(range > 0 ? element.scrollTop / range : 0)
    }, 400)
  }, [saveScroll])
  return { scroller, onScroll }
}

export function ArticleView({
  article: stored,
  relativePath,
  id,
  actions = {},
}: {
  article: Article
  relativePath: string
  id: string
  actions?: ArticleActions
}) {
  const t = useT()
  const { preferences, shortcuts } = usePreferences()
  const { article, convert } = useDisplayedArticle(stored, preferences.chineseScript)
  const reading = useReading(stored.url, actions.onReadingChanged)
  const { scroller, onScroll } = useScrollMemory(reading)
  const [imagesAsked, setImagesAsked] = useState(false)
  const [imagesAllowed, setImagesAllowed] = useState(false)
  const wantsImages = (preferences.loadImages || imagesAsked) && stored.counts.images > 0
  const { onError } = actions

  useEffect(() => {
    if (!wantsImages) return
    let current = true
    bridge()
      .allowImages(id)
      .then(() => current && setImagesAllowed(true))
      .catch((error: unknown) => onError?.(errorMessage(error)))
    return () => {
      current = false
    }
  }, [wantsImages, id, onError])

  const display = useMemo(() => ({ images: imagesAllowed, convert }), [imagesAllowed, convert])
  if (!article) return null
  const minutes = Math.max(1, Math.round(article.counts.characters / 400))
  const state = reading.state
  return (
    <div className="pane-body" ref={scroller} onScroll={onScroll}>
      <ArticleDisplayContext.Provider value={display}>
        <article
          data-article-id={id}
          className="article"
          lang={article.outlet.language === 'und' ? undefined : article.outlet.language}
          onClick={openLinksExternally}
        >
          <header className="article-header">
            <div className="article-actions">
              <OutletBadge id={article.outlet.id} name={article.outlet.name} />
              {stored.url && (
                <>
                  <button
                    type="button"
                    className="star-button"
                    aria-pressed={state?.starred === true}
                    title={`${t.actions.star} (${shortcuts.star})`}
                    disabled={!state}
                    onClick={reading.toggleStar}
                  >
                    {state?.starred ? t.starredButton : t.star}
                  </button>
                  <button
                    type="button"
                    className="read-button"
                    title={`${t.actions.toggleRead} (${shortcuts.toggleRead})`}
                    disabled={!state}
                    onClick={reading.toggleRead}
                  >
                    {state?.read ? t.markUnread : t.markRead}
                  </button>
                </>
              )}
              {stored.counts.images > 0 && (
                <button
                  type="button"
                  className="load-images-button"
                  title={`${t.actions.loadImages} (${shortcuts.loadImages})`}
                  disabled={wantsImages}
                  onClick={() => setImagesAsked(true)}
                >
                  {wantsImages ? t.imagesLoaded : t.loadImages}
                </button>
              )}
              {actions.onCompare && (
                <button
                  type="button"
                  className="compare-button"
                  onClick={() => actions.onCompare?.(stored, id)}
                  title={t.compareTitle(shortcuts.compare)}
                >
                  {t.compare}
                </button>
              )}
            </div>
            <h1 className="article-title">{article.title}</h1>
            <dl className="article-meta">
              {article.byline && (
                <>
                  <dt>{t.by}</dt>
                  <dd>{article.byline}</dd>
                </>
              )}
              <DateItem label={t.published} iso={article.published} locale={t.locale} />
              <DateItem label={t.feedDate} iso={article.feedDate} locale={t.locale} />
              {article.url && (
                <>
                  <dt>{t.original}</dt>
                  <dd className="article-url">
                    <a href={article.url}>{readableUrl(article.url)}</a>{' '}
                    <CopyButton url={article.url} onError={actions.onError} />
                  </dd>
                </>
              )}
              <dt>{t.file}</dt>
              <dd className="article-path">
                {relativePath}{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={(event) => {
                    event.stopPropagation()
                    void bridge()
                      .revealFile(id)
                      .catch((error: unknown) => actions.onError?.(errorMessage(error)))
                  }}
                >
                  {t.reveal}
                </button>
              </dd>
              <Captures id={id} onOpen={actions.onOpen} />
              <dt>{t.length}</dt>
              <dd>{t.lengthValue(article.counts.characters, minutes, article.counts.images)}</dd>
            </dl>
          </header>
          {article.lead && <p className="article-lead">{article.lead}</p>}
          <div className="article-body">
            <Blocks blocks={article.blocks} />
          </div>
          {(article.agencies.length > 0 || article.copyright) && (
            <footer className="article-footer">
              {article.agencies.length > 0 && (
                <p>
                  {t.agencies} {article.agencies.join('、')}
                </p>
              )}
              {article.copyright && <p className="article-copyright">{article.copyright}</p>}
            </footer>
          )}
          <RelatedLinks article={article} onOpen={actions.onOpen} />
        </article>
      </ArticleDisplayContext.Provider>
    </div>
  )
}

/** One date of the article's metadata list, or nothing when the article has no such date. */
function DateItem({ label, iso, locale }: { label: string; iso: string | null; locale: string }) {
  if (!iso) return null
  return (
    <>
      <dt>{label}</dt>
      <dd>
        <time dateTime={iso}>{formatDateTime(iso, locale)}</time>
      </dd>
    </>
  )
}

function CopyButton({ url, onError }: { url: string; onError?: ((message: string) => void) | undefined }) {
  const t = useT()
  const [copied, setCopied] = useState(false)
  return (
    <button
      type="button"
      className="link-button"
      onClick={(event) => {
        event.stopPropagation()
        bridge()
          .copyUrl(url)
          .then(() => setCopied(true))
          .catch((error: unknown) => onError?.(errorMessage(error)))
      }}
    >
      {copied ? t.copied : t.copy}
    </button>
  )
}

/** Related links: those the library has open in this pane; the others go to the browser on click. */
function RelatedLinks({
  article,
  onOpen,
}: {
  article: Article
  onOpen?: ((id: string) => void) | undefined
}) {
  const t = useT()
  const [ids, setIds] = useState<{ for: Article; ids: (string | null)[] } | null>(null)
  useEffect(() => {
    let current = true
    if (article.related.length > 0)
      void bridge()
        .findByUrls(article.related.slice(0, 500).map((link) => link.url))
        .then((found) => current && setIds({ for: article, ids: found }))
        .catch(() => undefined)
    return () => {
      current = false
    }
  }, [article])
  if (article.related.length === 0) return null
  const found = ids?.for === article ? ids.ids : []
  return (
    <nav className="article-related" aria-label={t.relatedArticles}>
      <h2>{t.related}</h2>
      <ul>
        {article.related.map((link, i) => {
          const inLibrary = found[i]
          return (
            <li key={link.url}>
              <a
                href={link.url}
                onClick={(event) => {
                  if (!inLibrary || !onOpen) return
                  event.preventDefault()
                  event.stopPropagation()
                  onOpen(inLibrary)
                }}
              >
                {link.title || link.url}
              </a>
              {inLibrary && <span className="in-library"> · {t.inLibrary}</span>}
            </li>
          )
        })}
      </ul>
    </nav>
  )
}

/** Other captures of the same story (same canonical URL), to switch between. */
function Captures({ id, onOpen }: { id: string; onOpen?: ((id: string) => void) | undefined }) {
  const t = useT()
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
      <dt>{t.capturesLabel}</dt>
      <dd>
        <select aria-label={t.capturesOfStory} value={id} onChange={(event) => onOpen?.(event.target.value)}>
          {captures.map((row) => (
            <option key={row.id} value={row.id}>
              {row.relativePath} ({row.date?.slice(0, 10) ?? t.undated})
            </option>
          ))}
        </select>
      </dd>
    </>
  )
}
