/** What `inspect` prints: one JSON line per file, or a table by outlet. Kept apart from I/O so it is testable. */
import type { Article, Figure } from '../../common/article'
import type { ParseResult } from '../engine/snapshot/parse'

export interface InspectLine {
  path: string
  ok: boolean
  error: string | null
  title: string | null
  url: string | null
  outlet: string | null
  published: string | null
  byline: string | null
  blocks: Record<string, number>
  figures: { src: string; caption: string | null; credit: string | null }[]
  warnings: string[]
}

export function inspectLine(path: string, result: ParseResult): InspectLine {
  if (!result.ok) {
    return {
      path,
      ok: false,
      error: result.error.message,
      title: null,
      url: null,
      outlet: null,
      published: null,
      byline: null,
      blocks: {},
      figures: [],
      warnings: [],
    }
  }
  const a = result.article
  return {
    path,
    ok: true,
    error: null,
    title: a.title,
    url: a.url,
    outlet: a.outlet.id,
    published: a.published,
    byline: a.byline,
    blocks: countBlocks(a),
    figures: allFigures(a).map((f) => ({ src: f.original, caption: f.caption, credit: f.credit })),
    warnings: a.warnings,
  }
}

export function countBlocks(article: Article): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const block of article.blocks) counts[block.type] = (counts[block.type] ?? 0) + 1
  return counts
}

export function allFigures(article: Article): Figure[] {
  return article.blocks.flatMap((b) =>
    b.type === 'figure' ? [b.figure] : b.type === 'gallery' ? b.items.map((i) => i.figure) : [],
  )
}

interface OutletRow {
  files: number
  failures: number
  figures: number
  captions: number
  warnings: number
}

export class InspectSummary {
  private readonly rows = new Map<string, OutletRow>()
  readonly failures: { path: string; reason: string }[] = []

  add(line: InspectLine): void {
    const key = line.outlet ?? '(failed)'
    const row = this.rows.get(key) ?? { files: 0, failures: 0, figures: 0, captions: 0, warnings: 0 }
    row.files++
    if (!line.ok) {
      row.failures++
      this.failures.push({ path: line.path, reason: line.error ?? '' })
    }
    row.figures += line.figures.length
    row.captions += line.figures.filter((f) => f.caption).length
    row.warnings += line.warnings.length
    this.rows.set(key, row)
  }

  format(): string {
    const header = ['outlet', 'files', 'failures', 'figures', 'captions', 'warnings']
    const body = [...this.rows.entries()]
      .sort((a, b) => b[1].files - a[1].files)
      .map(([outlet, r]) => [outlet, r.files, r.failures, r.figures, r.captions, r.warnings].map(String))
    const total = [...this.rows.values()].reduce(
      (t, r) => ({
        files: t.files + r.files,
        failures: t.failures + r.failures,
        figures: t.figures + r.figures,
        captions: t.captions + r.captions,
        warnings: t.warnings + r.warnings,
      }),
      { files: 0, failures: 0, figures: 0, captions: 0, warnings: 0 },
    )
    body.push(
      ['total', total.files, total.failures, total.figures, total.captions, total.warnings].map(String),
    )
    const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)))
    const line = (cells: string[]): string =>
      cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ')
    const failures = this.failures.map((f) => `  ${f.path}: ${f.reason}`)
    return [
      line(header),
      ...body.map(line),
      ...(failures.length ? ['', 'Files that could not be read:', ...failures] : []),
    ].join('\n')
  }
}
