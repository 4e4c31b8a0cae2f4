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
/** Lists with at least this many postings get a skip table, one entry per SKIP_EVERY postings. */
const SKIP_MIN_DF = 1024
const SKIP_EVERY = 64

/**
 * The best `limit` candidates that `qualifies`, by score then newest document. Instead of sorting every
 * candidate (tens of thousands for a common word), it finds the score of the `want`-th best with a
 * small heap, sorts only the candidates at or above it, and widens `want` if too few of them qualify.
 */
function topHits(
  docs: Int32Array,
  scores: Float64Array,
  limit: number,
  qualifies: (index: number) => boolean,
): Hit[] {
  const n = docs.length
  if (n === 0 || limit <= 0) return []
  let want = Math.min(n, Math.max(limit * 4, 64))
  for (;;) {
    const threshold = kthLargest(scores, want)
    const picked: number[] = []
    for (let i = 0; i < n; i++) if ((scores[i] as number) >= threshold) picked.push(i)
    picked.sort(
      (a, b) => (scores[b] as number) - (scores[a] as number) || (docs[b] as number) - (docs[a] as number),
    )
    const hits: Hit[] = []
    for (const i of picked) {
      if (!qualifies(i)) continue
      hits.push({ doc: docs[i] as number, score: scores[i] as number })
      if (hits.length === limit) return hits
    }
    if (want === n) return hits
    want = Math.min(n, want * 8)
  }
}

/** The k-th largest value (k ≥ 1), with a min-heap of k values: O(n log k), no copy of the array. */
function kthLargest(values: Float64Array, k: number): number {
  // Every value is among the k largest: nothing is cut.
  if (k >= values.length) return -Infinity
  const heap = new Float64Array(k)
  let size = 0
  const down = (from: number): void => {
    let i = from
    for (;;) {
      const l = 2 * i + 1
      const r = l + 1
      let m = i
      if (l < size && (heap[l] as number) < (heap[m] as number)) m = l
      if (r < size && (heap[r] as number) < (heap[m] as number)) m = r
      if (m === i) return
      const t = heap[i] as number
      heap[i] = heap[m] as number
      heap[m] = t
      i = m
    }
  }
  for (let v = 0; v < values.length; v++) {
    const x = values[v] as number
    if (size < k) {
      let i = size++
      heap[i] = x
      while (i > 0) {
        const p = (i - 1) >> 1
        if ((heap[p] as number) <= (heap[i] as number)) break
        const t = heap[p] as number
        heap[p] = heap[i] as number
        heap[i] = t
        i = p
      }
    } else if (x > (heap[0] as number)) {
      heap[0] = x
      down(0)
    }
  }
  return heap[0] as number
}

export class SearchIndex {
  private postings: (Uint8Array | undefined)[] = []
  private used = new Uint32Array(1024)
  private lastDoc = new Int32Array(1024).fill(-1)
  private df = new Uint32Array(1024)
  private alive = new Uint8Array(1024)
  private docLength = new Uint32Array(1024)
  private liveDocs = 0
  /** Skip tables of long posting lists, built when a query first needs one (see skipsFor). */
  private skips = new Map<number, { df: number; table: Int32Array }>()
  /** Per-document score slots for searchAny, all zero between queries. */
  private scratch = new Float64Array(0)
  private candidateDocs = new Int32Array(0)
  private candidateScores = new Float64Array(0)
  private candidateKeep = new Uint8Array(0)
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
    // Every id is the dictionary's, so its size bounds them: room is made once here, not per posting.
    this.ensureTerms(this.dictionary.size)
    for (const id of entry.ids)
      if (id >= this.used.length) throw new RangeError(`term ${id} is not in the dictionary`)
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
    accept: ((doc: number) => boolean) | null,
    limit: number,
  ): { total: number; hits: Hit[] } {
    if (terms.length === 0 || this.liveDocs === 0) return { total: 0, hits: [] }
    const ids = terms
      .map((t) => this.dictionary.id(t))
      .map((id) => (id !== undefined && (this.df[id] ?? 0) > 0 ? id : undefined))
    if (ids.some((id) => id === undefined)) return { total: 0, hits: [] }
    // Rarest term first: the candidate set only shrinks, and the longer lists are only skipped through.
    const ordered = [...new Set(ids as number[])].sort((a, b) => (this.df[a] ?? 0) - (this.df[b] ?? 0))
    const average = this.averageLength()
    const first = ordered[0] as number
    let size = this.df[first] ?? 0
    // Candidates live in buffers kept between queries: a common word has tens of thousands, and fresh
    // arrays for each query would keep the garbage collector busy (and the slowest queries slower).
    if (this.candidateDocs.length < size) {
      this.candidateDocs = new Int32Array(size * 2)
      this.candidateScores = new Float64Array(size * 2)
      this.candidateKeep = new Uint8Array(size * 2)
    }
    let docs = this.candidateDocs
    let scores = this.candidateScores
    const idf = this.idf(first)
    let n = 0
    this.forEachPosting(first, (doc, byte) => {
      docs[n] = doc
      scores[n++] = this.termScore(idf, byte, doc, average)
    })
    size = n
    for (const id of ordered.slice(1)) {
      if (size === 0) break
      size = this.intersect(id, docs, scores, size, average)
    }
    docs = docs.subarray(0, size)
    scores = scores.subarray(0, size)
    let total = 0
    const keep = this.candidateKeep.fill(0, 0, size)
    for (let i = 0; i < size; i++)
      if (this.alive[docs[i] as number] && (accept === null || accept(docs[i] as number))) {
        keep[i] = 1
        total++
      }
    return { total, hits: topHits(docs, scores, limit, (i) => keep[i] === 1) }
  }

  /**
   * Keeps the candidates (ascending documents, with their scores so far) that this term's list also
   * holds, adding its score; returns how many remain (compacted at the front). Long lists are entered
   * through their skip table instead of being decoded from the start.
   */
  private intersect(
    id: number,
    docs: Int32Array,
    scores: Float64Array,
    size: number,
    average: number,
  ): number {
    const list = this.postings[id]
    const end = this.used[id] ?? 0
    if (!list) return 0
    const skips = this.skipsFor(id)
    const idf = this.idf(id)
    let offset = 0
    let doc = -1
    /** The count byte of `doc`, the posting last decoded. */
    let byte = 0
    let block = 0
    let kept = 0
    for (let i = 0; i < size; i++) {
      const wanted = docs[i] as number
      if (skips) {
        // Jump to the last block that starts at or before the wanted document.
        let next = block + 1
        while (next * 3 < skips.length && (skips[next * 3] as number) <= wanted) next++
        if (next - 1 > block) {
          block = next - 1
          if ((skips[block * 3 + 1] as number) > doc) {
            doc = skips[block * 3 + 1] as number
            offset = skips[block * 3 + 2] as number
          }
        }
      }
      while (doc < wanted && offset < end) {
        readVarint(list, offset, decoded)
        doc += decoded.value + 1
        byte = list[decoded.offset] ?? 0
        offset = decoded.offset + 1
      }
      if (doc === wanted) {
        docs[kept] = wanted
        scores[kept++] = (scores[i] as number) + this.termScore(idf, byte, wanted, average)
      } else if (offset >= end && doc < wanted) break
    }
    return kept
  }

  /**
   * For lists longer than SKIP_MIN_DF: every SKIP_EVERY postings, the block's first document, the
   * document before it and its byte offset. Built on first use (one decode of the list), built again
   * once the list has grown (checked here, not on every append: indexing adds millions of postings).
   */
  private skipsFor(id: number): Int32Array | null {
    const df = this.df[id] ?? 0
    if (df < SKIP_MIN_DF) return null
    const cached = this.skips.get(id)
    if (cached?.df === df) return cached.table
    const list = this.postings[id] as Uint8Array
    const end = this.used[id] ?? 0
    const table = new Int32Array(Math.ceil((this.df[id] ?? 0) / SKIP_EVERY) * 3 + 3)
    let offset = 0
    let doc = -1
    let n = 0
    let k = 0
    while (offset < end) {
      if (n % SKIP_EVERY === 0) {
        const at = offset
        readVarint(list, offset, decoded)
        table[k++] = doc + decoded.value + 1
        table[k++] = doc
        table[k++] = at
      } else readVarint(list, offset, decoded)
      doc += decoded.value + 1
      offset = decoded.offset + 1
      n++
    }
    const built = table.subarray(0, k)
    this.skips.set(id, { df, table: built })
    return built
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
    // One score slot per document, reused across queries and cleared after: no map, no allocation.
    if (this.scratch.length < this.nextDoc) this.scratch = new Float64Array(Math.max(1024, this.nextDoc * 2))
    const scratch = this.scratch
    const touched: number[] = []
    const average = this.averageLength()
    for (const [term, weight] of weighted) {
      const id = this.dictionary.id(term)
      if (id === undefined || !this.df[id]) continue
      const idf = this.idf(id)
      this.forEachPosting(id, (doc, byte) => {
        if (scratch[doc] === 0) touched.push(doc)
        scratch[doc] = (scratch[doc] as number) + weight * this.termScore(idf, byte, doc, average)
      })
    }
    const docs = Int32Array.from(touched)
    const scores = Float64Array.from(touched, (doc) => scratch[doc] as number)
    for (const doc of touched) scratch[doc] = 0
    // Only the best are asked whether they qualify: `accept` may be costly, and the total is not needed.
    const hits = topHits(
      docs,
      scores,
      limit,
      (i) => this.alive[docs[i] as number] === 1 && accept(docs[i] as number),
    )
    return { total: hits.length, hits }
  }

  /** Documents holding the term, removed ones included (as in the idf). */
  documentFrequency(term: string): number {
    const id = this.dictionary.id(term)
    return id === undefined ? 0 : (this.df[id] ?? 0)
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

  private averageLength(): number {
    return Math.max(this.liveDocs > 0 ? this.totalLength / this.liveDocs : 1, 1)
  }

  private termScore(idf: number, byte: number, doc: number, average: number): number {
    const tf = byte & MAX_COUNT
    const norm = tf + K1 * (1 - B + (B * (this.docLength[doc] ?? 0)) / average)
    return idf * ((tf * (K1 + 1)) / norm + (byte & TITLE_FLAG ? TITLE_BOOST : 0))
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
