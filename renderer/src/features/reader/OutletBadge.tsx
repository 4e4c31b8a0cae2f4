/** A small coloured badge per outlet; the colour is derived from the id so every outlet keeps its own. */
const KNOWN: Record<string, string> = {
  dw: '#0a5ea8',
  bbc: '#b80000',
  voa: '#1d4e89',
  rfa: '#2b6a3f',
  rfi: '#c8102e',
  nyt: '#333333',
  reuters: '#ff8000',
  ft: '#a3612b',
  cdt: '#6b3fa0',
}

export function outletColor(id: string): string {
  const known = KNOWN[id]
  if (known) return known
  let hash = 0
  for (const ch of id) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0
  return `hsl(${hash % 360} 45% 38%)`
}

export function OutletBadge({ id, name }: { id: string; name: string }) {
  return (
    <span
      className="outlet-badge"
      data-outlet={id}
      ref={(el) => el?.style.setProperty('--badge', outletColor(id))}
    >
      {name}
    </span>
  )
}
