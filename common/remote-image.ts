/**
 * Where article images come from when the user loads them: a path on the app's own origin, served by
 * main from its image cache. The page never talks to the network itself (the CSP forbids it).
 */
import type { Article, Figure } from './article'

export const REMOTE_IMAGE_PATH = '/remote-image'

/** The URL of a figure's picture: as written in the snapshot (often a resized proxy), else the original. */
export function imageSource(figure: Figure): string {
  return figure.src || figure.original
}

/** A same-origin URL that main answers with the picture (or a refusal). */
export function remoteImageUrl(source: string): string {
  return `${REMOTE_IMAGE_PATH}?src=${encodeURIComponent(source)}`
}

export function articleImageSources(article: Article): string[] {
  const sources: string[] = []
  for (const block of article.blocks) {
    if (block.type === 'figure') sources.push(imageSource(block.figure))
    if (block.type === 'gallery') for (const item of block.items) sources.push(imageSource(item.figure))
  }
  return sources.filter(Boolean)
}
