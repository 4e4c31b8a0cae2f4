/** The article body, block by block, from the parsed model; inline HTML goes through the sanitizer. */
import type { Block } from '../../../../common/article'
import { useT } from '../../app/preferences'
import { FigureView } from './FigureView'
import { SanitizedHtml } from './SanitizedHtml'

export function Blocks({ blocks }: { blocks: Block[] }) {
  return (
    <>
      {blocks.map((block, index) => (
        <BlockView key={index} block={block} />
      ))}
    </>
  )
}

function BlockView({ block }: { block: Block }) {
  const t = useT()
  switch (block.type) {
    case 'paragraph':
      return <SanitizedHtml html={block.html} />
    case 'heading': {
      const Tag = `h${Math.min(block.level + 1, 6)}` as 'h3'
      return <Tag className="article-heading">{block.text}</Tag>
    }
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul'
      return (
        <List>
          {block.items.map((item, i) => (
            <SanitizedHtml key={i} as="li" html={item} />
          ))}
        </List>
      )
    }
    case 'quote':
      return <SanitizedHtml as="blockquote" html={block.html} />
    case 'figure':
      return <FigureView figure={block.figure} />
    case 'gallery':
      return (
        <section className="article-gallery" aria-label={block.title || t.gallery}>
          {block.title && <h3 className="gallery-title">{block.title}</h3>}
          {block.items.map((item, i) => (
            <FigureView key={i} figure={item.figure} heading={item.heading} text={item.text} />
          ))}
        </section>
      )
    case 'table':
      return (
        <div className="article-table">
          <table>
            {block.caption && <caption>{block.caption}</caption>}
            <tbody>
              {block.rows.map((row, r) => (
                <tr key={r}>
                  {row.cells.map((cell, c) =>
                    row.header ? <th key={c}>{cell}</th> : <td key={c}>{cell}</td>,
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )
    case 'embed':
      return (
        <div className="embed-card">
          <span className="embed-kind">{t.embedKinds[block.kind]}</span>{' '}
          <a href={block.url}>{block.title || block.url}</a>
        </div>
      )
  }
}
