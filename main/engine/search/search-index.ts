/**
 * A compact inverted index for full-text search over CJK and Latin text.
 *
 * Why not MiniSearch or FlexSearch: with character bigrams (what CJK search needs), both keep every
 * posting as a JS object or array slot. Measured on the 1,007-file corpus: MiniSearch 160 MB of heap and
 * 8 s to index, FlexSearch 98 MB; at 100,000 articles that is 10–16 GB (docs/BENCHMARKS.md). Here each
 * term's postings are one byte array of varint gaps between ascending document numbers, each followed by
 * one byte: the term's count in the document (capped at 127) and, in the high bit, whether the title has it.
 *
 * Documents are numbered by the caller, in increasing order; a removed document is a tombstone, and a
 * changed one is removed and added again under a new number.
 */
import type { TermDictionary } from './term-dictionary'
import { readVarint, writeVarint } from './varint'

export const TITLE_FLAG = 0x80
const MAX_COUNT = 0x7f
/** BM25 parameters: the usual values. */
const K1 = 1.2
const B = 0.75
const TITLE_BOOST = 1.5

export interface IndexedTerms {
  /** Distinct terms of the document, as dictionary ids. */
  ids: Uint32Array
  /** Per term: its count (≤ 127) | TITLE_FLAG when the title contains it. */
  counts: Uint8Array
  /** Number of terms in the document (with repeats), for length normalization. */
  length: number
}

export interface Hit {
  doc: number
  score: number
}

export interface SerializedIndex {
  vocabulary: string
  postings: Uint8Array
  offsets: Uint32Array
  lastDoc: Int32Array
  df: Uint32Array
  alive: Uint8Array
  docLength: Uint32Array
  nextDoc: number
}

const decoded = { value: 0, offset: 0 }

export class SearchIndex {
  private postings: (Uint8Array | undefined)[] = []
  private used = new Uint32Array(1024)
  private lastDoc = new Int32Array(1024).fill(-1)
  private df = new Uint32Array(1024)
  private alive = new Uint8Array(1024)
  private docLength = new Uint32Array(1024)
  private liveDocs = 0
  private totalLength = 0
  private nextDoc = 0
  private terms = 0

  /** Term ids are the dictionary's, shared with the parse runner that produces the documents. */
  constructor(private readonly dictionary: TermDictionary) {}

  get size(): number {
    return this.liveDocs
  }

  /** One more than the highest document number ever added. */
  get documentCapacity(): number {
    return this.nextDoc
  }

  get termCount(): number {
    return this.terms
  }

  /** Bytes held by postings and per-term and per-document arrays (not counting the vocabulary strings). */
  get byteSize(): number {
    let bytes =
      this.used.byteLength +
      this.lastDoc.byteLength +
      this.df.byteLength +
      this.alive.byteLength +
      this.docLength.byteLength
    for (const list of this.postings) bytes += list?.byteLength ?? 0
    return bytes
  }

  add(doc: number, entry: IndexedTerms): void {
    if (doc < this.nextDoc) throw new RangeError(`document ${doc} is not after ${this.nextDoc - 1}`)
    this.nextDoc = doc + 1
    this.ensureDocs(doc + 1)
    this.alive[doc] = 1
    this.docLength[doc] = entry.length
    this.liveDocs++
    this.totalLength += entry.length
    for (let i = 0; i < entry.ids.length; i++) this.addPosting(entry.ids[i] ?? 0, doc, entry.counts[i] ?? 1)
  }

  remove(doc: number): void {
    if (doc >= this.nextDoc || !this.alive[doc]) return
    this.alive[doc] = 0
    this.liveDocs--
    this.totalLength -= this.docLength[doc] ?? 0
  }

  has(doc: number): boolean {
    return doc < this.nextDoc && this.alive[doc] === 1
  }

  /** Documents holding every term, best first. `accept` filters by the caller's facets. */
  search(
    terms: readonly string[],
    accept: (doc: number) => boolean,
    limit: number,
  ): { total: number; hits: Hit[] } {
    if (terms.length === 0 || this.liveDocs === 0) return { total: 0, hits: [] }
    const ids = terms
      .map((t) => this.dictionary.id(t))
      .map((id) => (id !== undefined && (this.df[id] ?? 0) > 0 ? id : undefined))
    if (ids.some((id) => id === undefined)) return { total: 0, hits: [] }
    // Rarest term first: the candidate set only shrinks.
    const ordered = (ids as number[]).sort((a, b) => (this.df[a] ?? 0) - (this.df[b] ?? 0))
    let docs: number[] | null = null
    let scores: number[] = []
    for (const id of ordered) {
      const idf = this.idf(id)
      const nextDocs: number[] = []
      const nextScores: number[] = []
      let k = 0
      this.forEachPosting(id, (doc, byte) => {
        if (docs) {
          while (k < docs.length && (docs[k] as number) < doc) k++
          if (k >= docs.length || docs[k] !== doc) return
        }
        const base = docs ? (scores[k] as number) : 0
        nextDocs.push(doc)
        nextScores.push(base + this.termScore(idf, byte, doc))
      })
      docs = nextDocs
      scores = nextScores
      if (docs.length === 0) break
    }
    return this.rank(docs ?? [], scores, accept, limit)
  }

  /**
   * Documents sharing any of the weighted terms ("more like this"): each term adds weight × BM25 score.
   * Unknown terms are ignored.
   */
  searchAny(
    weighted: ReadonlyMap<string, number>,
    accept: (doc: number) => boolean,
    limit: number,
  ): { total: number; hits: Hit[] } {
    const scores = new Map<number, number>()
    for (const [term, weight] of weighted) {
      const id = this.dictionary.id(term)
      if (id === undefined || !this.df[id]) continue
      const idf = this.idf(id)
      this.forEachPosting(id, (doc, byte) =>
        scores.set(doc, (scores.get(doc) ?? 0) + weight * this.termScore(idf, byte, doc)),
      )
    }
    return this.rank([...scores.keys()], [...scores.values()], accept, limit)
  }

  /** Inverse document frequency, BM25's variant: rare terms weigh more, and it never goes negative. */
  idfOf(term: string): number {
    const id = this.dictionary.id(term)
    return id === undefined ? Math.log(1 + this.liveDocs + 0.5) : this.idf(id)
  }

  /** The index with its own vocabulary (the terms it holds), independent of the dictionary's numbering. */
  serialize(): SerializedIndex {
    const held: number[] = []
    for (let id = 0; id < this.postings.length; id++) if ((this.used[id] ?? 0) > 0) held.push(id)
    const offsets = new Uint32Array(held.length + 1)
    let total = 0
    held.forEach((id, k) => {
      offsets[k] = total
      total += this.used[id] ?? 0
    })
    offsets[held.length] = total
    const postings = new Uint8Array(total)
    held.forEach((id, k) =>
      postings.set((this.postings[id] as Uint8Array).subarray(0, this.used[id]), offsets[k]),
    )
    return {
      vocabulary: held.map((id) => this.dictionary.term(id)).join('\n'),
      postings,
      offsets,
      lastDoc: Int32Array.from(held, (id) => this.lastDoc[id] ?? -1),
      df: Uint32Array.from(held, (id) => this.df[id] ?? 0),
      alive: this.alive.slice(0, this.nextDoc),
      docLength: this.docLength.slice(0, this.nextDoc),
      nextDoc: this.nextDoc,
    }
  }

  /** Loads a serialized index, numbering its terms in `dictionary` (views into the buffer, no copy). */
  static deserialize(data: SerializedIndex, dictionary: TermDictionary): SearchIndex {
    const index = new SearchIndex(dictionary)
    const vocabulary = data.vocabulary === '' ? [] : data.vocabulary.split('\n')
    const ids = vocabulary.map((term) => dictionary.intern(term))
    index.ensureTerms(dictionary.size)
    ids.forEach((id, k) => {
      index.postings[id] = data.postings.subarray(data.offsets[k], data.offsets[k + 1])
      index.used[id] = (data.offsets[k + 1] ?? 0) - (data.offsets[k] ?? 0)
      index.lastDoc[id] = data.lastDoc[k] ?? -1
      index.df[id] = data.df[k] ?? 0
    })
    index.terms = vocabulary.length
    index.nextDoc = data.nextDoc
    index.ensureDocs(Math.max(1, data.nextDoc))
    index.alive.set(data.alive)
    index.docLength.set(data.docLength)
    for (let doc = 0; doc < data.nextDoc; doc++) {
      if (!index.alive[doc]) continue
      index.liveDocs++
      index.totalLength += index.docLength[doc] ?? 0
    }
    return index
  }

  private idf(id: number): number {
    const df = this.df[id] ?? 0
    return Math.log(1 + (this.liveDocs - df + 0.5) / (df + 0.5))
  }

  private termScore(idf: number, byte: number, doc: number): number {
    const tf = byte & MAX_COUNT
    const average = this.liveDocs > 0 ? this.totalLength / this.liveDocs : 1
    const norm = tf + K1 * (1 - B + (B * (this.docLength[doc] ?? 0)) / Math.max(average, 1))
    return idf * ((tf * (K1 + 1)) / norm + (byte & TITLE_FLAG ? TITLE_BOOST : 0))
  }

  private rank(
    docs: number[],
    scores: number[],
    accept: (doc: number) => boolean,
    limit: number,
  ): { total: number; hits: Hit[] } {
    const hits: Hit[] = []
    docs.forEach((doc, i) => {
      if (this.alive[doc] && accept(doc)) hits.push({ doc, score: scores[i] ?? 0 })
    })
    hits.sort((a, b) => b.score - a.score || b.doc - a.doc)
    return { total: hits.length, hits: hits.slice(0, limit) }
  }

  private forEachPosting(id: number, visit: (doc: number, byte: number) => void): void {
    const list = this.postings[id]
    const end = this.used[id] ?? 0
    if (!list) return
    let offset = 0
    let doc = -1
    while (offset < end) {
      readVarint(list, offset, decoded)
      doc += decoded.value + 1
      const byte = list[decoded.offset] ?? 0
      offset = decoded.offset + 1
      visit(doc, byte)
    }
  }

  private ensureTerms(count: number): void {
    if (count <= this.used.length) return
    const size = Math.max(count, this.used.length * 2)
    this.used = grow(this.used, size)
    this.lastDoc = grow(this.lastDoc, size, -1)
    this.df = grow(this.df, size)
  }

  private addPosting(id: number, doc: number, byte: number): void {
    this.ensureTerms(id + 1)
    const gap = doc - (this.lastDoc[id] ?? -1) - 1
    let list = this.postings[id]
    if (!list) {
      list = new Uint8Array(8)
      this.postings[id] = list
      this.terms++
    }
    const used = this.used[id] ?? 0
    if (used + 6 > list.byteLength) {
      const bigger = new Uint8Array(Math.max(8, list.byteLength * 2))
      bigger.set(list.subarray(0, used))
      list = bigger
      this.postings[id] = list
    }
    const after = writeVarint(list, used, gap)
    list[after] = byte
    this.used[id] = after + 1
    this.lastDoc[id] = doc
    this.df[id] = (this.df[id] ?? 0) + 1
  }

  private ensureDocs(count: number): void {
    if (count <= this.alive.length) return
    const size = Math.max(count, this.alive.length * 2)
    this.alive = grow(this.alive, size)
    this.docLength = grow(this.docLength, size)
  }
}

function grow<T extends Uint8Array | Uint32Array | Int32Array>(array: T, size: number, fill = 0): T {
  const bigger = new (array.constructor as new (n: number) => T)(size)
  if (fill !== 0) bigger.fill(fill)
  bigger.set(array)
  return bigger
}
