/**
 * Text folding for search: width and compatibility forms (NFKC), case, and Traditional → Simplified
 * Chinese (OpenCC), so that 國 finds 国 and ＡＢＣ finds abc. Index and queries are folded alike.
 */
import { Converter } from 'opencc-js/t2cn'

const toSimplified = Converter({ from: 't', to: 'cn' })

export function foldText(text: string): string {
  return toSimplified(text.normalize('NFKC').toLowerCase())
}
