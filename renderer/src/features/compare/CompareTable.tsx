/** The articles of the open panes, lined up: outlet, dates, length, figures and credits. */
import type { Article } from '../../../../common/article'
import { formatDateTime } from '../reader/dates'
import { OutletBadge } from '../reader/OutletBadge'

function credits(article: Article): string {
  const all = article.blocks.flatMap((b) =>
    b.type === 'figure' ? [b.figure.credit] : b.type === 'gallery' ? b.items.map((i) => i.figure.credit) : [],
  )
  return [...new Set([...all.filter((c): c is string => !!c), ...article.agencies])].join(', ') || '—'
}

export function CompareTable({ articles }: { articles: Article[] }) {
  return (
    <table className="compare-table" aria-label="Comparison">
      <thead>
        <tr>
          <th scope="col">Outlet</th>
          <th scope="col">Published</th>
          <th scope="col">Length</th>
          <th scope="col">Figures</th>
          <th scope="col">Credits</th>
        </tr>
      </thead>
      <tbody>
        {articles.map((article) => (
          <tr key={article.id}>
            <td>
              <OutletBadge id={article.outlet.id} name={article.outlet.name} />
            </td>
            <td>{formatDateTime(article.published ?? article.feedDate)}</td>
            <td>{article.counts.characters.toLocaleString()} characters</td>
            <td>
              {article.counts.images} ({article.counts.captions} captioned)
            </td>
            <td>{credits(article)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
