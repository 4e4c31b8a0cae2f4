/** Shows article HTML only as the sanitizer's DocumentFragment; nothing else in the app inserts HTML. */
import { useLayoutEffect, useRef } from 'react'
import { sanitizeToFragment } from '../../sanitize'

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
  useLayoutEffect(() => {
    ref.current?.replaceChildren(sanitizeToFragment(html))
  }, [html])
  return <Tag ref={ref as never} className={className} />
}
