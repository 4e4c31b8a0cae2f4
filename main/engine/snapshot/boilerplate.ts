/**
 * What is not the article: ads, page chrome, feed footers and anything executable. Each rule names
 * the archives it comes from, so a rule can be retired when its source is.
 */
import { attr, classList, firstText, type Element } from './dom'

export type DropReason = 'script' | 'advertisement' | 'feed footer' | 'page chrome' | 'plugin' | 'rule'

const SCRIPT_TAGS = new Set(['script', 'noembed', 'template'])
const CHROME_TAGS = new Set([
  'style',
  'link',
  'meta',
  'base',
  'head',
  'title',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'nav',
  'footer',
  'aside',
  'header',
  'svg',
  'canvas',
  'map',
  'dialog',
])
const PLUGIN_TAGS = new Set(['object', 'embed', 'applet', 'frameset', 'frame'])

/** BBC (bbccom_slot, mpu-ad, data-e2e=advertisement), 联合早报 (dfp-tag, innity), RFI (o-self-promo, m-interstitial), Reuters (trustBadge). */
const AD_CLASS =
  /(?:^|\s)(?:bbccom_slot|bbccom_advert|mpu-ad|dotcom-ad|dfp-tag-wrapper|o-self-promo|m-interstitial|ad-slot|advert(?:isement)?|StandardArticleBody_trustBadge\w*|sharetools|share-tools|social-share)(?:\s|$)/
const AD_ID = /^(?:dfp-ad|innity|bbccom_mpu|dotcom-mpu|imu$|ad-)/
/** RFA's image zoom button, which carries an icon image. */
const CHROME_ID = /^zoomattribute$/

/** Feed generators' signatures: feedx ("获取更多RSS"), Ozh's Better Feed (China Digital Times). */
const FEED_FOOTER_TEXT = /^(?:获取更多RSS|獲取更多RSS|Feed enhanced by)/

export function dropReason(el: Element): DropReason | null {
  const tag = el.name
  if (SCRIPT_TAGS.has(tag)) return 'script'
  if (PLUGIN_TAGS.has(tag)) return 'plugin'
  if (CHROME_TAGS.has(tag)) return 'page chrome'
  if (tag === 'hr') return 'rule'
  if (attr(el, 'data-e2e') === 'advertisement') return 'advertisement'
  const id = attr(el, 'id')
  if (id && AD_ID.test(id)) return 'advertisement'
  if (id && CHROME_ID.test(id)) return 'page chrome'
  if (AD_CLASS.test(classList(el))) return 'advertisement'
  if ((tag === 'div' || tag === 'p' || tag === 'small') && FEED_FOOTER_TEXT.test(firstText(el)))
    return 'feed footer'
  // CDT's tag list: `<p><small>标签： <a rel="tag">…` after the article.
  if (tag === 'small' && /^(?:标签|標籤)[：:]/.test(firstText(el))) return 'feed footer'
  return null
}

/** Paragraphs that are the feed's or the site's words, not the article's. */
const BOILERPLATE_PARAGRAPH = [
  /^[（(]欢迎.{0,20}订阅/, // NYT 中文网 newsletter prompt
  /^(?:获取更多RSS|獲取更多RSS)/,
  /^Feed enhanced by/,
  /^(?:图片版权|圖片版權)$/, // BBC's off-screen label when it escapes its container
]

export function isBoilerplateParagraph(text: string): boolean {
  return BOILERPLATE_PARAGRAPH.some((pattern) => pattern.test(text))
}
