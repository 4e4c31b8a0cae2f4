/**
 * A figure as a box of the image's aspect ratio. Offline by default: the image itself is not loaded,
 * the box shows its alt text; caption and credit are always visible.
 */
import type { Figure } from '../../../../common/article'

export function FigureView({ figure, heading, text }: { figure: Figure; heading?: string; text?: string }) {
  const ratio = figure.width && figure.height ? `${figure.width} / ${figure.height}` : '16 / 9'
  return (
    <figure className="article-figure">
      <div
        className="figure-placeholder"
        role="img"
        aria-label={figure.alt || figure.caption || 'Image'}
        ref={(el) => el?.style.setProperty('aspect-ratio', ratio)}
      >
        <span className="figure-alt">{figure.alt || 'Image not loaded (offline)'}</span>
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
