// Search over real articles: CJK bigrams, Traditional/Simplified folding, Latin words, filters, ranking.
import { describe, expect, it } from 'vitest'
import { FIXTURES } from '../../test/fixtures'
import { Library } from '../library/library'
import { foldText } from './fold'
import { highlightRanges } from './highlight'
import { SearchIndex } from './search-index'
import { LocalTerms, TermDictionary, TermTranslator } from './term-dictionary'
import { queryTerms, scanTerms } from './tokenize'

function allTerms(folded: string): string[] {
  const found: string[] = []
  scanTerms(folded, (start, end) => found.push(folded.slice(start, end)))
  return found
}

describe('tokenizer', () => {
  it('splits CJK runs into bigrams and keeps Latin words whole', () => {
    expect(allTerms(foldText('金正恩與Putin会面 2019年'))).toEqual([
      '金正',
      '正恩',
      '恩与',
      'putin',
      '会面',
      '2019',
      '年',
    ])
  })

  it('folds Traditional to Simplified, full width and case', () => {
    expect(foldText('國安法 ＡＢＣ 臺灣')).toBe('国安法 abc 台湾')
  })
})

describe('SearchIndex', () => {
  const doc = (dictionary: TermDictionary, terms: string[], counts: number[], length: number) => ({
    ids: Uint32Array.from(terms, (t) => dictionary.intern(t)),
    counts: Uint8Array.from(counts),
    length,
  })

  it('round-trips through its serialized form, into another dictionary', () => {
    const dictionary = new TermDictionary()
    const index = new SearchIndex(dictionary)
    index.add(0, doc(dictionary, ['香港', 'hk'], [2, 0x81], 3))
    index.add(5, doc(dictionary, ['香港'], [1], 1))
    index.remove(0)
    const other = new TermDictionary()
    other.intern('unrelated')
    const copy = SearchIndex.deserialize(index.serialize(), other)
    expect(copy.search(['香港'], () => true, 10).hits.map((h) => h.doc)).toEqual([5])
    expect(copy.size).toBe(1)
    copy.add(6, doc(other, ['香港'], [1], 1))
    expect(copy.search(['香港'], () => true, 10).total).toBe(2)
  })

  it('intersects long lists through their skip tables exactly as a full scan would', () => {
    // 6,000 documents over a small vocabulary: lists of thousands of postings, with gaps of every size.
    let seed = 7
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const dictionary = new TermDictionary()
    const index = new SearchIndex(dictionary)
    const vocabulary = ['a', 'b', 'c', 'd', 'e', 'f', 'rare1', 'rare2']
    const held: Set<string>[] = []
    let number = 0
    for (let i = 0; i < 6000; i++) {
      number += 1 + Math.floor(random() * 3)
      const terms = vocabulary.filter((t) => random() < (t.startsWith('rare') ? 0.03 : 0.4 + random() * 0.3))
      if (terms.length === 0) continue
      held[number] = new Set(terms)
      index.add(
        number,
        doc(
          dictionary,
          terms,
          terms.map(() => 1 + Math.floor(random() * 5)),
          10 + terms.length,
        ),
      )
    }
    for (let removed = 3; removed < held.length; removed += 97) index.remove(removed)
    for (const query of [
      ['a', 'b'],
      ['a', 'b', 'c', 'd'],
      ['rare1', 'a'],
      ['f', 'rare2', 'e'],
      ['c', 'c'],
    ]) {
      const { total, hits } = index.search(query, () => true, 100_000)
      const expected = held.flatMap((terms, d) =>
        terms && index.has(d) && query.every((t) => terms.has(t)) ? [d] : [],
      )
      expect(total, query.join(' ')).toBe(expected.length)
      expect(hits.map((h) => h.doc).sort((x, y) => x - y)).toEqual(expected)
      // Scores agree with the any-term search (no skipping there) on documents holding every term.
      const any = new Map(
        index
          .searchAny(new Map([...new Set(query)].map((t) => [t, 1])), () => true, 100_000)
          .hits.map((h) => [h.doc, h.score]),
      )
      for (const hit of hits.slice(0, 200)) expect(hit.score).toBeCloseTo(any.get(hit.doc) ?? -1, 9)
      // Best first.
      for (let i = 1; i < hits.length; i++)
        expect(hits[i - 1]?.score).toBeGreaterThanOrEqual(hits[i]?.score ?? 0)
    }
    // The top of a long result is the same whether few or all are asked for.
    const all = index.search(['a'], () => true, 100_000).hits.slice(0, 10)
    expect(index.search(['a'], () => true, 10).hits).toEqual(all)
  })

  it('finds documents added after a query built the skip tables of their lists', () => {
    const dictionary = new TermDictionary()
    const index = new SearchIndex(dictionary)
    for (let d = 0; d < 3000; d++) index.add(d, doc(dictionary, d % 2 ? ['a', 'b'] : ['a'], [1, 1], 2))
    expect(index.search(['a', 'b'], () => true, 10).total).toBe(1500)
    for (let d = 3000; d < 3200; d++) index.add(d, doc(dictionary, ['a', 'b'], [1, 1], 2))
    const { total, hits } = index.search(['b', 'a'], () => true, 5000)
    expect(total).toBe(1700)
    expect(hits.filter((h) => h.doc >= 3000)).toHaveLength(200)
  })

  it('refuses a term the dictionary does not hold, before changing anything', () => {
    const dictionary = new TermDictionary()
    const index = new SearchIndex(dictionary)
    index.add(0, doc(dictionary, ['a'], [1], 1))
    expect(() => index.add(1, { ids: Uint32Array.of(5000), counts: Uint8Array.of(1), length: 1 })).toThrow(
      RangeError,
    )
    expect(index.size).toBe(1)
    index.add(1, doc(dictionary, ['a'], [1], 1))
    expect(index.search(['a'], () => true, 10).total).toBe(2)
  })

  it('refuses documents out of order, which would corrupt the posting lists', () => {
    const dictionary = new TermDictionary()
    const index = new SearchIndex(dictionary)
    index.add(3, doc(dictionary, ['a'], [1], 1))
    expect(() => index.add(2, doc(dictionary, ['a'], [1], 1))).toThrow(RangeError)
  })
})

describe('term numbering across threads', () => {
  it('translates each producer’s local numbers to shared ids, sending each term once', () => {
    const dictionary = new TermDictionary()
    const [a, b] = [new LocalTerms(), new LocalTerms()]
    const [ta, tb] = [new TermTranslator(dictionary), new TermTranslator(dictionary)]
    const first = a.encode('', 'hong kong police police')
    const second = b.encode('', 'police')
    const third = a.encode('police', 'arrests')
    expect(third.fresh).toBe('arrests')
    const ids = [ta.translate(first), tb.translate(second), ta.translate(third)]
    expect([...(ids[0] ?? [])].map((id) => dictionary.term(id))).toEqual(['hong', 'kong', 'police'])
    expect([...(ids[1] ?? [])].map((id) => dictionary.term(id))).toEqual(['police'])
    expect([...(ids[2] ?? [])].map((id) => dictionary.term(id))).toEqual(['police', 'arrests'])
  })

  it('refuses results out of step rather than mislabel terms', () => {
    const local = new LocalTerms()
    const translator = new TermTranslator(new TermDictionary())
    local.encode('', 'a')
    expect(() => translator.translate(local.encode('', 'b'))).toThrow(/out of step/)
  })
})

describe('Library search on the fixtures', () => {
  const library = new Library({ watch: false })
  const ready = library.open(FIXTURES)
  const titles = async (query: string, filter = {}) => {
    await ready
    return library.search(query, filter, 0, 100).hits.map((h) => h.row.title)
  }

  it('finds a Chinese phrase, title matches first', async () => {
    const found = await titles('金正恩 普京')
    expect(found[0]).toMatch(/金正恩与普京互致信函|普京金正恩互相致信/)
    expect(found).toContain('普京金正恩互相致信关键词：同志友谊，先进武器，乌克兰')
  })

  it('finds Traditional text with a Simplified query and the other way round', async () => {
    expect(await titles('明报 尊子')).toContain('告別《明報》40年政治漫畫 尊子：希望就在轉角位')
    expect(await titles('顛覆國家政權')).toContain(
      '香港约50名参与民主派初选人士被捕 涉违反国安法颠覆国家政权罪--媒体',
    )
  })

  it('finds English words regardless of case', async () => {
    expect(await titles('DIPLOMACY')).toContain('The dereliction of American diplomacy')
  })

  it('requires every term and returns nothing for an unknown one', async () => {
    expect(await titles('金正恩 xyzzyq')).toEqual([])
  })

  it('filters by outlet and date', async () => {
    const bbcOnly = await titles('香港', { outlets: ['bbc'] })
    expect(bbcOnly.length).toBeGreaterThan(0)
    await ready
    const all = library.search('香港', { outlets: ['bbc'] }, 0, 100).hits
    expect(all.every((h) => h.row.outlet.id === 'bbc')).toBe(true)
    const in2021 = library.search('香港', { from: '2021-01-01', to: '2021-12-31' }, 0, 100).hits
    expect(in2021.length).toBeGreaterThan(0)
    expect(in2021.every((h) => (h.row.date ?? '').startsWith('2021'))).toBe(true)
  })

  it('returns highlight offsets in the original title', async () => {
    await ready
    const hit = library.search('國安法', {}, 0, 50).hits.find((h) => h.row.title.includes('国安法'))
    const [start, end] = hit?.titleRanges[0] ?? [0, 0]
    expect(hit?.row.title.slice(start, end)).toBe('国安法')
  })
})

describe('highlightRanges', () => {
  it('maps folded matches back to the original characters', () => {
    expect(highlightRanges('香港國安法生效', queryTerms(foldText('国安法')))).toEqual([[2, 5]])
    expect(highlightRanges('Hello HELLO', ['hello'])).toEqual([
      [0, 5],
      [6, 11],
    ])
  })
})
