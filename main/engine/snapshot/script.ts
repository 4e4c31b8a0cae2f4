/**
 * Simplified or Traditional, from the text itself: the same outlet publishes both (DW's /zh/ pages carry
 * Traditional articles), so the URL alone cannot say. Counts characters that exist in only one script.
 */
import type { Script } from '../../../common/article'

const SIMPLIFIED_ONLY = new Set(
  '们这说时国为过来发对会学经还没进动长问么样现开关头当实给应点让认将从种两东华边务区车书资与团关难级称议',
)
const TRADITIONAL_ONLY = new Set(
  '們這說時國為過來發對會學經還沒進動長問麼樣現開關頭當實給應點讓認將從種兩東華邊務區車書資與團關難級稱議',
)

/** Null when the text has too few telling characters to decide. */
export function detectScript(text: string): Script | null {
  let simplified = 0
  let traditional = 0
  for (const ch of text) {
    if (SIMPLIFIED_ONLY.has(ch)) simplified++
    else if (TRADITIONAL_ONLY.has(ch)) traditional++
  }
  if (simplified + traditional < 5) return null
  return traditional > simplified * 2 ? 'Hant' : simplified > traditional * 2 ? 'Hans' : null
}
