/**
 * Jekyll front matter as archive generators write it: flat `key: value` lines, double-quoted strings with
 * JSON escapes, and flow lists (`[ a, b ]`). Deliberately not a YAML parser: anything else is kept as a
 * raw string, so a strange block can never make a snapshot unreadable.
 */
export type FrontMatter = Record<string, string | string[]>

export interface FrontMatterSplit {
  data: FrontMatter
  /** Everything after the closing `---` line. */
  rest: string
}

/** Returns null when the text does not open with a front-matter block. */
export function splitFrontMatter(text: string): FrontMatterSplit | null {
  if (!text.startsWith('---\n')) return null
  const close = text.indexOf('\n---\n', 3)
  const closeAtEnd = text.endsWith('\n---') ? text.length - 4 : -1
  const end = close >= 0 ? close : closeAtEnd
  if (end < 0) return null
  const data: FrontMatter = {}
  for (const line of text.slice(4, end).split('\n')) {
    const match = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line)
    if (!match) continue
    const [, key = '', raw = ''] = match
    data[key] = readValue(raw.trim())
  }
  return { data, rest: text.slice(end + 5) }
}

function readValue(raw: string): string | string[] {
  if (raw.startsWith('[') && raw.endsWith(']')) {
    return raw
      .slice(1, -1)
      .split(',')
      .map((item) => unquote(item.trim()))
      .filter((item) => item.length > 0)
  }
  return unquote(raw)
}

function unquote(raw: string): string {
  if (raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"')) {
    try {
      const value: unknown = JSON.parse(raw)
      if (typeof value === 'string') return value
    } catch {
      // Not JSON-escaped after all: fall through and strip the quotes only.
    }
    return raw.slice(1, -1)
  }
  if (raw.length >= 2 && raw.startsWith("'") && raw.endsWith("'"))
    return raw.slice(1, -1).replaceAll("''", "'")
  return raw
}

export function frontMatterString(data: FrontMatter, key: string): string | null {
  const value = data[key]
  if (typeof value === 'string') return value.trim() || null
  return null
}

export function frontMatterList(data: FrontMatter, key: string): string[] {
  const value = data[key]
  if (Array.isArray(value)) return value
  return typeof value === 'string' && value ? [value] : []
}
