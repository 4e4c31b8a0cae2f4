/**
 * How the article being shown is displayed, for the components deep inside it: whether its images may
 * load, and the Chinese script conversion to apply to sanitized text (null: as written).
 */
import { createContext, useContext } from 'react'
import type { Convert } from './chinese-script'

export interface ArticleDisplay {
  images: boolean
  convert: Convert | null
}

export const ArticleDisplayContext = createContext<ArticleDisplay>({ images: false, convert: null })

export function useArticleDisplay(): ArticleDisplay {
  return useContext(ArticleDisplayContext)
}
