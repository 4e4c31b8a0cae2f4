/**
 * One unit of work for a parse worker: read a file and either index it (compact metadata and search
 * terms) or return the whole article. Runs the same in a worker thread or in-thread.
 */
import { readFile } from 'node:fs/promises'
import type { Article } from '../../../common/article'
import { snapshotError, type SnapshotError } from '../../../common/snapshot-error'
import { parseSnapshot } from '../snapshot/parse'

export interface Job {
  id: number
  kind: 'index' | 'article'
  path: string
  relativePath: string
}

/** What the list, the facets and the story grouping need of an article: small, kept for every file. */
export interface ArticleMeta {
  id: string
  title: string
  url: string | null
  outlet: { id: string; name: string }
  published: string | null
  feedDate: string | null
  images: number
}

/** `T` is how the terms travel: local numbers from a worker, dictionary ids once translated. */
export type IndexOutcome<T> =
  { ok: true; meta: ArticleMeta; terms: T } | { ok: false; error: SnapshotError; missing: boolean }

export type ArticleOutcome =
  { ok: true; article: Article } | { ok: false; error: SnapshotError; missing: boolean }

export type JobResult<T> =
  | { id: number; kind: 'index'; outcome: IndexOutcome<T> }
  | { id: number; kind: 'article'; outcome: ArticleOutcome }

/** `encodeTerms` turns a parsed article into its index terms; it runs synchronously right after parsing. */
export async function runJob<T>(job: Job, encodeTerms: (article: Article) => T): Promise<JobResult<T>> {
  let bytes: Buffer
  try {
    bytes = await readFile(job.path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const missing = code === 'ENOENT'
    const reason = missing
      ? 'it no longer exists'
      : code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : (code ?? String(error))
    const failure = {
      ok: false as const,
      error: snapshotError('unreadable', `The file cannot be read (${reason}).`),
      missing,
    }
    return job.kind === 'index'
      ? { id: job.id, kind: 'index', outcome: failure }
      : { id: job.id, kind: 'article', outcome: failure }
  }
  const parsed = parseSnapshot(bytes, job.relativePath)
  if (job.kind === 'article') {
    return {
      id: job.id,
      kind: 'article',
      outcome: parsed.ok
        ? { ok: true, article: parsed.article }
        : { ok: false, error: parsed.error, missing: false },
    }
  }
  if (!parsed.ok)
    return { id: job.id, kind: 'index', outcome: { ok: false, error: parsed.error, missing: false } }
  const a = parsed.article
  return {
    id: job.id,
    kind: 'index',
    outcome: {
      ok: true,
      meta: {
        id: a.id,
        title: a.title,
        url: a.url,
        outlet: { id: a.outlet.id, name: a.outlet.name },
        published: a.published,
        feedDate: a.feedDate,
        images: a.counts.images,
      },
      terms: encodeTerms(a),
    },
  }
}

/** What a parse worker posts once it has loaded, before any result. */
export const WORKER_READY = { kind: 'ready' } as const
