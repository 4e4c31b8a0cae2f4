/**
 * Simplified or Traditional, from the text itself: the same outlet publishes both (DW's /zh/ pages carry
 * Traditional articles), so the URL alone cannot say. Counts characters that exist in only one script.
 */
import type { Script } from '../../../common/article'

const SIMPLIFIED_ONLY =
  '们这说时国为过来发对会学经还没进动长问么样现开关头当实给应点让认将从种两东华边务区车书资与团关难级称议'
const TRADITIONAL_ONLY =
  '們這說時國為過來發對會學經還沒進動長問麼樣現開關頭當實給應點讓認將從種兩東華邊務區車書資與團關難級稱議'

// All of them are in the BMP: a table by code unit spares a string per character of every article.
const SIMPLIFIED = 1
const TRADITIONAL = 2
const TELLING = new Uint8Array(0x10000)
for (const ch of SIMPLIFIED_ONLY) TELLING[ch.charCodeAt(0)] = SIMPLIFIED
for (const ch of TRADITIONAL_ONLY) TELLING[ch.charCodeAt(0)] = TRADITIONAL

/** Null when the text has too few telling characters to decide. */
export function detectScript(text: string): Script | null {
  let simplified = 0
  let traditional = 0
  for (let i = 0; i < text.length; i++) {
    const kind = TELLING[text.charCodeAt(i)]
    if (kind === SIMPLIFIED) simplified++
    else if (kind === TRADITIONAL) traditional++
  }
  if (simplified + traditional < 5) return null
  return traditional > simplified * 2 ? 'Hant' : simplified > traditional * 2 ? 'Hans' : null
}
