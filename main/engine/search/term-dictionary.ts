/**
 * Term ids. One dictionary lives as long as the parse runner, so every index built from its results
 * shares one id space. Workers never see it: they number terms locally, and a TermTranslator (one per
 * worker) maps their numbers to these ids with an array lookup. Hashing each term once per worker, not
 * once per document in the main thread, is what keeps the main thread free while a folder is indexed.
 */
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
  counts: Uint8Array
  length: number
  /** Terms numbered from `freshStart` on, joined by newlines (terms never contain one). */
  fresh: string
  freshStart: number
}

/** A worker's (or the in-thread runner's) own numbering of the terms it has seen. */
export class LocalTerms {
  private readonly ids = new Map<string, number>()

  encode(counts: ReadonlyMap<string, number>, flags: (term: string, count: number) => number): LocalTermIds {
    const freshStart = this.ids.size
    const fresh: string[] = []
    const ids = new Uint32Array(counts.size)
    const bytes = new Uint8Array(counts.size)
    let length = 0
    let i = 0
    for (const [term, count] of counts) {
      let id = this.ids.get(term)
      if (id === undefined) {
        id = this.ids.size
        this.ids.set(term, id)
        fresh.push(term)
      }
      ids[i] = id
      bytes[i] = flags(term, count)
      length += count
      i++
    }
    return { ids, counts: bytes, length, fresh: fresh.join('\n'), freshStart }
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
