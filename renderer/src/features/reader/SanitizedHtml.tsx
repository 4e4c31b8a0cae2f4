/** Shows article HTML only as the sanitizer's DocumentFragment; nothing else in the app inserts HTML. */
import { useLayoutEffect, useRef } from 'react'
import { sanitizeToFragment } from '../../sanitize'
import { convertTextNodes } from './chinese-script'
import { useArticleDisplay } from './display-context'

export function SanitizedHtml({
  html,
  as: Tag = 'p',
  className,
}: {
  html: string
  as?: 'p' | 'li' | 'blockquote' | 'div'
  className?: string
}) {
  const ref = useRef<HTMLElement>(null)
  const { convert } = useArticleDisplay()
  useLayoutEffect(() => {
    const fragment = sanitizeToFragment(html)
    if (convert) convertTextNodes(fragment, convert)
    ref.current?.replaceChildren(fragment)
  }, [html, convert])
  return <Tag ref={ref as never} className={className} />
}
