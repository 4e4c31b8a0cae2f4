/**
 * The article model: what one snapshot file becomes once parsed.
 *
 * Shared by every process. The zod schemas are the source of truth (the parser's output is checked
 * against them in tests and fuzzing); the renderer only ever imports the inferred types.
 */
import { z } from 'zod'

/** ISO 8601: a full date-time in UTC (`…Z`) or, when the source gives only a day, `YYYY-MM-DD`. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{3})?Z)?$/)

export const scriptSchema = z.enum(['Hans', 'Hant', 'other'])
export type Script = z.infer<typeof scriptSchema>

export const outletSchema = z.object({
  /** Stable short id: `dw`, `bbc`, … or `unknown`. */
  id: z.string().min(1),
  name: z.string().min(1),
  /** BCP 47 language of the edition, e.g. `zh`, `en`. */
  language: z.string().min(1),
  script: scriptSchema,
})
export type Outlet = z.infer<typeof outletSchema>

export const figureSchema = z.object({
  /** The URL as written in the snapshot (often an images.weserv.nl proxy). */
  src: z.string(),
  /** The image's own URL, unwrapped from any proxy. */
  original: z.string(),
  srcset: z.string().nullable(),
  alt: z.string(),
  width: z.number().int().positive().nullable(),
  height: z.number().int().positive().nullable(),
  caption: z.string().nullable(),
  credit: z.string().nullable(),
})
export type Figure = z.infer<typeof figureSchema>

export const galleryItemSchema = z.object({
  figure: figureSchema,
  heading: z.string(),
  text: z.string(),
})
export type GalleryItem = z.infer<typeof galleryItemSchema>

/** Inline HTML in blocks is reduced to a few inline tags by the parser and sanitized again by the renderer. */
export const blockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), html: z.string().min(1) }),
  z.object({ type: z.literal('heading'), level: z.number().int().min(2).max(6), text: z.string().min(1) }),
  z.object({ type: z.literal('list'), ordered: z.boolean(), items: z.array(z.string()).min(1) }),
  z.object({ type: z.literal('quote'), html: z.string().min(1) }),
  z.object({ type: z.literal('figure'), figure: figureSchema }),
  z.object({ type: z.literal('gallery'), title: z.string(), items: z.array(galleryItemSchema).min(1) }),
  /** Data tables keep their cells as plain text; `header` marks rows made of header cells. */
  z.object({
    type: z.literal('table'),
    caption: z.string(),
    rows: z.array(z.object({ header: z.boolean(), cells: z.array(z.string()) })).min(1),
  }),
  z.object({
    type: z.literal('embed'),
    kind: z.enum(['video', 'tweet', 'frame']),
    url: z.string(),
    title: z.string(),
  }),
])
export type Block = z.infer<typeof blockSchema>
export type BlockType = Block['type']

export const relatedLinkSchema = z.object({ title: z.string(), url: z.string() })
export type RelatedLink = z.infer<typeof relatedLinkSchema>

export const snapshotFormatSchema = z.enum([
  /** `<!--ms-->`, `[title](url)`, `------`, body. */
  'plain',
  /** Jekyll front matter, then the plain format. */
  'front-matter',
  /** Jekyll front matter and a body, no snapshot header (nei.st). */
  'front-matter-only',
  /** `[title](url)`, `------`, `日期：<RFC-822 date>`, body (early China Digital Times). */
  'dated-line',
])
export type SnapshotFormat = z.infer<typeof snapshotFormatSchema>

export const articleSchema = z.object({
  /** Stable id derived from the file's path relative to the library root. */
  id: z.string().min(1),
  format: snapshotFormatSchema,
  title: z.string().min(1),
  /** Canonical URL of the original article, or null when the snapshot has none. */
  url: z.string().nullable(),
  outlet: outletSchema,
  /** The feed item's date (the `<!--ms-->` line, `日期：`, or the front matter's `date`); not the capture time. */
  feedDate: isoDate.nullable(),
  /** The date printed in the article body, where there is one. */
  published: isoDate.nullable(),
  byline: z.string().nullable(),
  lead: z.string().nullable(),
  blocks: z.array(blockSchema),
  related: z.array(relatedLinkSchema),
  /** News agencies credited for the story, e.g. `路透社`. */
  agencies: z.array(z.string()),
  copyright: z.string().nullable(),
  tags: z.array(z.string()),
  counts: z.object({
    characters: z.number().int().nonnegative(),
    images: z.number().int().nonnegative(),
    captions: z.number().int().nonnegative(),
  }),
  /** What the parser dropped or guessed, in words a user understands. */
  warnings: z.array(z.string()),
})
export type Article = z.infer<typeof articleSchema>
