/**
 * A figure as a box of the image's aspect ratio. Offline by default: the image itself is not loaded,
 * the box shows its alt text. Once the user loads images, the picture comes from main's image route
 * (same origin; the page never reaches the web). Caption and credit are always visible.
 */
import { useState } from 'react'
import type { Figure } from '../../../../common/article'
import { imageSource, remoteImageUrl } from '../../../../common/remote-image'
import { useT } from '../../app/preferences'
import { useArticleDisplay } from './display-context'

export function FigureView({ figure, heading, text }: { figure: Figure; heading?: string; text?: string }) {
  const t = useT()
  const { images } = useArticleDisplay()
  const [failed, setFailed] = useState(false)
  const ratio = figure.width && figure.height ? `${figure.width} / ${figure.height}` : '16 / 9'
  const source = imageSource(figure)
  const showImage = images && source !== '' && !failed
  return (
    <figure className="article-figure">
      <div
        className={`figure-box${showImage ? ' loaded' : ' figure-placeholder'}`}
        role={showImage ? undefined : 'img'}
        aria-label={showImage ? undefined : figure.alt || figure.caption || t.image}
        ref={(el) => el?.style.setProperty('aspect-ratio', ratio)}
      >
        {showImage ? (
          <img
            src={remoteImageUrl(source)}
            alt={figure.alt || figure.caption || ''}
            loading="lazy"
            decoding="async"
            referrerPolicy="no-referrer"
            onError={() => setFailed(true)}
          />
        ) : (
          <span className="figure-alt">{failed ? t.imageFailed : figure.alt || t.imageNotLoaded}</span>
        )}
      </div>
      {(figure.caption || figure.credit || heading || text) && (
        <figcaption>
          {heading && <strong className="figure-heading">{heading}</strong>}
          {text && <span className="figure-text">{text}</span>}
          {figure.caption && <span className="figure-caption">{figure.caption}</span>}
          {figure.credit && <span className="figure-credit">{figure.credit}</span>}
        </figcaption>
      )}
    </figure>
  )
}
