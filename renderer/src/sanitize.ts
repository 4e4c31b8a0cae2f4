/**
 * The one sanitizer of the app. Article HTML comes from the open web; it only ever reaches the DOM as
 * the DocumentFragment this returns (no innerHTML anywhere, enforced by lint), built by DOMPurify in
 * the renderer's real DOM with a single configuration.
 */
import DOMPurify, { type Config } from 'dompurify'

const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: [
    'style',
    'form',
    'iframe',
    'frame',
    'frameset',
    'object',
    'embed',
    'meta',
    'base',
    'link',
    'script',
    'input',
    'button',
    'textarea',
    'select',
    'option',
    'svg',
    'math',
    'template',
    'noscript',
    'img',
    'picture',
    'source',
    'video',
    'audio',
    'track',
    'canvas',
    'dialog',
    'portal',
  ],
  FORBID_ATTR: [
    'style',
    'srcset',
    'src',
    'action',
    'formaction',
    'background',
    'poster',
    'xlink:href',
    'target',
    'id',
    'name',
  ],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  SAFE_FOR_TEMPLATES: true,
  RETURN_DOM_FRAGMENT: true,
}

const purifier = DOMPurify(window)
purifier.addHook('afterSanitizeAttributes', (node) => {
  if (node.nodeName === 'A') {
    if (node.hasAttribute('href')) node.setAttribute('rel', 'noopener noreferrer')
  }
})

export function sanitizeToFragment(html: string): DocumentFragment {
  return purifier.sanitize(html, CONFIG) as unknown as DocumentFragment
}
