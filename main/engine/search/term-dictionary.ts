/**
 * Term ids. One dictionary lives as long as the parse runner, so every index built from its results
 * shares one id space. Workers never see it: they number terms locally, and a TermTranslator (one per
 * worker) maps their numbers to these ids with an array lookup. Hashing each term once per worker, not
 * once per document in the main thread, is what keeps the main thread free while a folder is indexed.
 */
import { TITLE_FLAG } from './search-index'
import { scanTerms } from './tokenize'

export class TermDictionary {
  private readonly ids = new Map<string, number>()
  private readonly terms: string[] = []

  get size(): number {
    return this.terms.length
  }

  intern(term: string): number {
    let id = this.ids.get(term)
    if (id === undefined) {
      id = this.terms.length
      this.ids.set(term, id)
      this.terms.push(term)
    }
    return id
  }

  id(term: string): number | undefined {
    return this.ids.get(term)
  }

  term(id: number): string {
    return this.terms[id] ?? ''
  }
}

/** Terms of one document in a worker's local numbering; `fresh` are the worker's new terms, in order. */
export interface LocalTermIds {
  ids: Uint32Array
  /** Per term: its count (≤ 127) | TITLE_FLAG when the title contains it. */
  counts: Uint8Array
  /** All the terms' occurrences. */
  length: number
  /** Terms numbered from `freshStart` on, joined by newlines (terms never contain one). */
  fresh: string
  freshStart: number
}

/**
 * A worker's (or the in-thread runner's) own numbering of the terms it has seen, and the counting of one
 * document's terms. Most terms are CJK bigrams, and a worker meets hundreds of thousands of distinct
 * ones: a Map keyed by their strings cost a string and a cache-missing lookup per occurrence, and was a
 * third of all indexing time. A term of one or two UTF-16 units is known here by those units as one
 * number, in an open-addressing table; only longer terms (Latin words) go through a Map.
 */
export class LocalTerms {
  private readonly byText = new Map<string, number>()
  private keys: Uint32Array
  private values: Uint32Array
  private coded = 0
  private size = 0
  // Per document, indexed by local id; cleared through `touched` after each document.
  private counts = new Uint32Array(1 << 12)
  private inTitle = new Uint8Array(1 << 12)
  private readonly touched: number[] = []
  private fresh: string[] = []

  /** `tableSize` (a power of two) only sets where the code table starts; it doubles as needed. */
  constructor(tableSize = 1 << 16) {
    this.keys = new Uint32Array(tableSize)
    this.values = new Uint32Array(tableSize)
  }

  /** One document's terms; `title` and `body` are folded text. */
  encode(title: string, body: string): LocalTermIds {
    const freshStart = this.size
    this.count(title, true)
    this.count(body, false)
    const n = this.touched.length
    const ids = new Uint32Array(n)
    const bytes = new Uint8Array(n)
    let length = 0
    for (let i = 0; i < n; i++) {
      const id = this.touched[i] ?? 0
      const count = this.counts[id] ?? 0
      ids[i] = id
      bytes[i] = Math.min(count, 0x7f) | (this.inTitle[id] ? TITLE_FLAG : 0)
      length += count
      this.counts[id] = 0
      this.inTitle[id] = 0
    }
    this.touched.length = 0
    const fresh = this.fresh.join('\n')
    this.fresh = []
    return { ids, counts: bytes, length, fresh, freshStart }
  }

  private count(text: string, title: boolean): void {
    scanTerms(text, (start, end) => {
      const id = this.idOf(text, start, end)
      if (this.counts[id] === 0) this.touched.push(id)
      this.counts[id] = (this.counts[id] ?? 0) + 1
      if (title) this.inTitle[id] = 1
    })
  }

  private idOf(text: string, start: number, end: number): number {
    if (end - start > 2) {
      const term = text.slice(start, end)
      let id = this.byText.get(term)
      if (id === undefined) {
        id = this.number(term)
        this.byText.set(term, id)
      }
      return id
    }
    // One or two code units as one number: never 0, since no term starts with U+0000.
    const key =
      end - start === 1
        ? text.charCodeAt(start)
        : ((text.charCodeAt(start) << 16) | text.charCodeAt(start + 1)) >>> 0
    const mask = this.keys.length - 1
    let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask
    for (;;) {
      const found = this.keys[slot] ?? 0
      if (found === key) return this.values[slot] ?? 0
      if (found === 0) break
      slot = (slot + 1) & mask
    }
    const id = this.number(text.slice(start, end))
    this.keys[slot] = key
    this.values[slot] = id
    if (++this.coded * 2 > this.keys.length) this.growTable()
    return id
  }

  /** Gives a new term the next local id, and makes room for it in the per-document arrays. */
  private number(term: string): number {
    const id = this.size++
    this.fresh.push(term)
    if (this.size > this.counts.length) {
      const counts = new Uint32Array(this.counts.length * 2)
      counts.set(this.counts)
      this.counts = counts
      const inTitle = new Uint8Array(this.inTitle.length * 2)
      inTitle.set(this.inTitle)
      this.inTitle = inTitle
    }
    return id
  }

  private growTable(): void {
    const [keys, values] = [this.keys, this.values]
    this.keys = new Uint32Array(keys.length * 2)
    this.values = new Uint32Array(keys.length * 2)
    const mask = this.keys.length - 1
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] ?? 0
      if (key === 0) continue
      let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask
      while (this.keys[slot] !== 0) slot = (slot + 1) & mask
      this.keys[slot] = key
      this.values[slot] = values[i] ?? 0
    }
  }
}

/** Maps one producer's local term numbers to dictionary ids. */
export class TermTranslator {
  private table = new Int32Array(4096)
  private known = 0

  constructor(private readonly dictionary: TermDictionary) {}

  translate(local: LocalTermIds): Uint32Array {
    if (local.freshStart !== this.known) {
      throw new Error(`term numbering out of step (${local.freshStart} ≠ ${this.known})`)
    }
    if (local.fresh !== '') {
      for (const term of local.fresh.split('\n')) {
        if (this.known >= this.table.length) {
          const bigger = new Int32Array(this.table.length * 2)
          bigger.set(this.table)
          this.table = bigger
        }
        this.table[this.known++] = this.dictionary.intern(term)
      }
    }
    const global = new Uint32Array(local.ids.length)
    for (let i = 0; i < local.ids.length; i++) global[i] = this.table[local.ids[i] ?? 0] ?? 0
    return global
  }
}
