/** News agency credits: `（路透社）` after a DW story, `（法新社、路透社）`, `(AFP)` at the end of a caption. */

const LATIN_AGENCIES = new Set([
  'Reuters',
  'AFP',
  'AP',
  'dpa',
  'DPA',
  'EPA',
  'KNA',
  'epd',
  'Kyodo',
  'Xinhua',
  'Bloomberg',
  'Yonhap',
  'ANSA',
  'EFE',
])
const PARENTHESIZED = /[（(]([^（）()]{1,40})[）)]\s*$/

/** The agency names in a trailing parenthesis, or null when it holds anything that is not an agency. */
export function trailingAgencies(text: string): string[] | null {
  const match = PARENTHESIZED.exec(text.trim())
  if (!match) return null
  const names = (match[1] ?? '')
    .split(/[、,，/／;；]|\s+und\s+|\s+and\s+/)
    .map((name) => name.trim())
    .filter(Boolean)
  if (names.length === 0) return null
  return names.every(isAgencyName) ? names : null
}

function isAgencyName(name: string): boolean {
  return /^[\p{Script=Han}]{1,6}社$/u.test(name) || LATIN_AGENCIES.has(name)
}
