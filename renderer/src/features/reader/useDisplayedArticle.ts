/** The article as displayed: converted to the chosen Chinese script once the converter is loaded. */
import { useEffect, useMemo, useState } from 'react'
import type { Article } from '../../../../common/article'
import type { Preferences } from '../../../../common/preferences'
import { convertArticle, loadConverter, type Convert } from './chinese-script'

export function useDisplayedArticle(
  article: Article | null,
  script: Preferences['chineseScript'],
): { article: Article | null; convert: Convert | null } {
  const [loaded, setLoaded] = useState<{ script: string; convert: Convert } | null>(null)
  useEffect(() => {
    let current = true
    void loadConverter(script)?.then((convert) => current && setLoaded({ script, convert }))
    return () => {
      current = false
    }
  }, [script])
  const convert = script !== 'original' && loaded?.script === script ? loaded.convert : null
  const displayed = useMemo(
    () => (article && convert ? convertArticle(article, convert) : article),
    [article, convert],
  )
  return { article: displayed, convert }
}
