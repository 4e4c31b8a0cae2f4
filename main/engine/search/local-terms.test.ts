// LocalTerms numbers terms by their code units instead of their strings. Checked against the plain
// string-keyed count of the same text, on every real file we have (the fixtures, and ../shared/corpus
// when present), with a code table that starts tiny so that it grows many times on the way.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIXTURES, SHARED_CORPUS, filesUnder, hasSharedCorpus } from '../../test/fixtures'
import { bodyText } from '../snapshot/article-text'
import { parseSnapshot } from '../snapshot/parse'
import { foldText } from './fold'
import { TITLE_FLAG } from './search-index'
import { LocalTerms, TermDictionary, TermTranslator, type LocalTermIds } from './term-dictionary'
import { termCounts } from './tokenize'

/** What `encode` must produce, by term: count (capped) | title flag. */
function expected(title: string, body: string): Map<string, number> {
  const titleCounts = termCounts(title)
  const counts = termCounts(body)
  for (const [term, count] of titleCounts) counts.set(term, (counts.get(term) ?? 0) + count)
  return new Map(
    [...counts].map(([term, count]) => [
      term,
      Math.min(count, 0x7f) | (titleCounts.has(term) ? TITLE_FLAG : 0),
    ]),
  )
}

function decoded(encoded: LocalTermIds, translator: TermTranslator, dictionary: TermDictionary) {
  const ids = translator.translate(encoded)
  return new Map([...ids].map((id, i) => [dictionary.term(id), encoded.counts[i] ?? -1]))
}

describe('LocalTerms', () => {
  it('counts terms of one and two code units apart from each other and from longer words', () => {
    const dictionary = new TermDictionary()
    const local = new LocalTerms()
    const translator = new TermTranslator(dictionary)
    // 'a' and 'ab' and '香', '香港' and the Ext-B pair 𠀀𠀁 (two surrogate pairs) are all distinct keys.
    const title = foldText('香港 a')
    const body = foldText('香 ab a abc 香港香港 𠀀𠀁 𠀀')
    const got = decoded(local.encode(title, body), translator, dictionary)
    expect(got).toEqual(expected(title, body))
    expect(got.get('香港')).toBe(3 | TITLE_FLAG)
    expect(got.get('𠀀𠀁')).toBe(1)
    expect(got.get('𠀀')).toBe(1)
    expect(got.get('a')).toBe(2 | TITLE_FLAG)
  })

  it('caps a count at 127 and still adds every occurrence to the length', () => {
    const local = new LocalTerms()
    const encoded = local.encode('', 'x '.repeat(300))
    expect([...encoded.counts]).toEqual([0x7f])
    expect(encoded.length).toBe(300)
  })

  it('sends a term once, and a document after it starts clean', () => {
    const local = new LocalTerms()
    const first = local.encode('', '国安 police')
    const second = local.encode('police', '国安')
    expect(first.fresh.split('\n')).toEqual(['国安', 'police'])
    expect(second.fresh).toBe('')
    expect([...second.counts]).toEqual([1 | TITLE_FLAG, 1])
  })

  const files = [
    ...filesUnder(FIXTURES).map((name) => path.join(FIXTURES, name)),
    ...(hasSharedCorpus
      ? filesUnder(SHARED_CORPUS, (name) => name !== 'SOURCES.md').map((name) =>
          path.join(SHARED_CORPUS, name),
        )
      : []),
  ]
  it(`matches the string-keyed count on ${files.length} real files`, () => {
    const dictionary = new TermDictionary()
    const local = new LocalTerms(16)
    const translator = new TermTranslator(dictionary)
    let documents = 0
    for (const file of files) {
      const parsed = parseSnapshot(readFileSync(file), file)
      if (!parsed.ok) continue
      const title = foldText(parsed.article.title)
      const body = foldText(bodyText(parsed.article))
      const encoded = local.encode(title, body)
      expect(decoded(encoded, translator, dictionary), file).toEqual(expected(title, body))
      documents++
    }
    expect(documents).toBeGreaterThan(hasSharedCorpus ? 1000 : 40)
    expect(dictionary.size).toBeGreaterThan(10_000)
  })
})
