import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { FIXTURES, filesUnder, fixture } from '../../test/fixtures'
import { countReadableCharacters } from './text'

describe('countReadableCharacters', () => {
  it('counts letters and digits of every script, once per character', () => {
    expect(countReadableCharacters('Hello, world! 42')).toBe(12)
    expect(countReadableCharacters('金正恩与普京：互致信函。')).toBe(10)
    expect(countReadableCharacters('Déjà vu — Москва, 서울 ２０２１')).toBe(18)
    // Ext-B ideographs are one character each; an emoji and punctuation are none.
    expect(countReadableCharacters('𠀀𠀁 🙂 «»')).toBe(2)
  })

  it('agrees with the plain Unicode definition on every fixture', () => {
    for (const name of filesUnder(FIXTURES)) {
      const text = readFileSync(fixture(name), 'utf8')
      expect(countReadableCharacters(text), name).toBe(text.match(/[\p{L}\p{N}]/gu)?.length ?? 0)
    }
  })
})
