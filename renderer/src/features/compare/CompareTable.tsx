/** The articles of the open panes, lined up: outlet, dates, length, figures and credits. */
import type { Article } from '../../../../common/article'
import { useT } from '../../app/preferences'
import { formatDateTime } from '../reader/dates'
import { OutletBadge } from '../reader/OutletBadge'

function credits(article: Article): string {
  const all = article.blocks.flatMap((b) =>
    b.type === 'figure' ? [b.figure.credit] : b.type === 'gallery' ? b.items.map((i) => i.figure.credit) : [],
  )
  return [...new Set([...all.filter((c): c is string => !!c), ...article.agencies])].join(', ') || '—'
}

export function CompareTable({ articles }: { articles: Article[] }) {
  const t = useT()
  return (
    <table className="compare-table" aria-label={t.comparison}>
      <thead>
        <tr>
          {t.compareColumns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {articles.map((article) => (
          <tr key={article.id}>
            <td>
              <OutletBadge id={article.outlet.id} name={article.outlet.name} />
            </td>
            <td>{formatDateTime(article.published ?? article.feedDate, t.locale)}</td>
            <td>{t.charactersCount(article.counts.characters)}</td>
            <td>{t.figuresCount(article.counts.images, article.counts.captions)}</td>
            <td>{credits(article)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
