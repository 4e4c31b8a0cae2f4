import { useEffect, useState } from 'react'
import type { ArticleResult } from '../../../../common/ipc/contract'
import { bridge, errorMessage } from '../../bridge'

export type ArticleLoad =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'loaded'; result: ArticleResult }
  | { status: 'error'; message: string }

/** The article with this id, fetched from main; the state is derived from which id was last answered. */
export function useArticle(id: string | null): ArticleLoad {
  const [answer, setAnswer] = useState<{ id: string; load: ArticleLoad } | null>(null)
  useEffect(() => {
    if (!id) return
    let current = true
    bridge()
      .getArticle(id)
      .then((result) => current && setAnswer({ id, load: { status: 'loaded', result } }))
      .catch(
        (error: unknown) =>
          current && setAnswer({ id, load: { status: 'error', message: errorMessage(error) } }),
      )
    return () => {
      current = false
    }
  }, [id])
  if (!id) return { status: 'idle' }
  return answer?.id === id ? answer.load : { status: 'loading' }
}
