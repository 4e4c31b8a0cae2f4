/**
 * The date formats found in snapshot bodies and headers, all turned into ISO 8601 in UTC.
 * A date without a zone (`2020-07-16T09:01:00`, `2020-07-15 18:07:52`) is read as UTC: the feeds do not
 * say otherwise, and guessing a zone per outlet would be a silent lie.
 */

const ISO_LIKE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/
/** RFI: `16/07/2020 - 22:47`. */
const DAY_FIRST = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s*-\s*(\d{1,2}):(\d{2}))?$/
/** RFC 822 / 1123, as in `Thu, 02 Jul 2020 10:40:48 +0000` or `… GMT`. */
const RFC_822 =
  /^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[A-Z]{1,4}|[+-]\d{4})$/

/** `zone` applies to dates written without one (see outlets.bodyDateZone). */
export function parseLooseDate(raw: string, zone = 'Z'): string | null {
  const text = raw.trim()
  if (!text) return null
  const iso = ISO_LIKE.exec(text)
  if (iso) {
    const [, y, mo, d, h, mi, s, frac, offset] = iso
    if (h === undefined) return validDay(Number(y), Number(mo), Number(d))
    const stamp = `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${frac ?? ''}${normalizeZone(offset ?? zone)}`
    return toIso(Date.parse(stamp))
  }
  const dayFirst = DAY_FIRST.exec(text)
  if (dayFirst) {
    const [, d, mo, y, h, mi] = dayFirst
    return toIso(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0)))
  }
  if (RFC_822.test(text)) return toIso(Date.parse(text))
  return null
}

/** BBC prints `3 分钟前` ("3 minutes ago") relative to when the page was captured; the feed date is the anchor. */
const RELATIVE = /^(\d+)\s*(秒|分钟|分鐘|小时|小時|天|日)前$/
const UNIT_MS: Record<string, number> = {
  秒: 1000,
  分钟: 60_000,
  分鐘: 60_000,
  小时: 3_600_000,
  小時: 3_600_000,
  天: 86_400_000,
  日: 86_400_000,
}

export function resolveRelative(text: string, anchorIso: string | null): string | null {
  if (!anchorIso) return null
  const match = RELATIVE.exec(text.trim())
  if (!match) return null
  const unit = UNIT_MS[match[2] ?? '']
  if (unit === undefined) return null
  return toIso(Date.parse(anchorIso) - Number(match[1]) * unit)
}

function normalizeZone(zone: string | undefined): string {
  if (!zone || zone === 'Z') return 'Z'
  return zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`
}

function validDay(y: number, mo: number, d: number): string | null {
  const date = new Date(Date.UTC(y, mo - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null
  return date.toISOString().slice(0, 10)
}

function toIso(ms: number): string | null {
  if (!Number.isFinite(ms)) return null
  const date = new Date(ms)
  const year = date.getUTCFullYear()
  return year >= 1970 && year <= 2100 ? date.toISOString() : null
}
