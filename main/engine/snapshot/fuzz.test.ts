// Property-based fuzzing of the parser from real snapshots: whatever the mutation, it returns an article
// that satisfies the model's schema or a typed failure, and never needs its last-resort catch.
import { readFileSync, readdirSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { articleSchema } from '../../../common/article'
import { snapshotErrorSchema } from '../../../common/snapshot-error'
import { FIXTURES, fixture } from '../../test/fixtures'
import { parseSnapshot } from './parse'

const seeds = readdirSync(FIXTURES)
  .filter((name) => /\.(md|txt)$/.test(name) && name !== 'SOURCES.md' && name !== 'large-report.md')
  .map((name) => readFileSync(fixture(name)))

const FRAGMENTS = [
  '<',
  '>',
  '</div>',
  '<div>',
  '<p>',
  '<img src=x onerror=1>',
  '<figure>',
  '<noscript>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<svg><style>',
  '&#x0;',
  '&amp',
  '\u0000',
  '\uFEFF',
  '\r',
  '------\n',
  '[',
  '](',
  ')',
  '---\n',
  '<!--1700000000000-->\n',
  '日期：',
  '<time dateTime="2022-08-16">3 分钟前</time>',
  '<p role="text"><span>图像来源，</span><span>X</span></p>',
  '<h3>相关图集</h3>',
  '<div><small>',
  '<table><tr><td>',
  '\uD800',
]

type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'bytes'; at: number; bytes: number[] }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    text: fc.oneof(
      fc.constantFrom(...FRAGMENTS),
      fc.string({ maxLength: 40 }),
      fc.string({ unit: 'binary', maxLength: 20 }),
    ),
  }),
  fc.record({
    kind: fc.constant('bytes' as const),
    at: fc.nat(),
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 16 }),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
  fc.record({
    kind: fc.constant('duplicate' as const),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 2000 }),
  }),
)

function apply(bytes: Buffer, m: Mutation): Buffer {
  const at = bytes.length === 0 ? 0 : m.at % (bytes.length + 1)
  switch (m.kind) {
    case 'truncate':
      return bytes.subarray(0, at)
    case 'insert':
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(m.text), bytes.subarray(at)])
    case 'bytes':
      return Buffer.concat([bytes.subarray(0, at), Buffer.from(m.bytes), bytes.subarray(at)])
    case 'delete':
      return Buffer.concat([bytes.subarray(0, at), bytes.subarray(at + m.length)])
    case 'duplicate':
      return Buffer.concat([bytes.subarray(0, at + m.length), bytes.subarray(at)])
  }
}

describe('parser fuzzing', () => {
  it('always returns a valid article or a typed failure', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: seeds.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        (seed, mutations) => {
          const input = mutations.reduce(apply, seeds[seed] as Buffer)
          const result = parseSnapshot(input, 'fuzz.md')
          if (result.ok) {
            const check = articleSchema.safeParse(result.article)
            if (!check.success)
              throw new Error(
                `schema: ${check.error.issues[0]?.message} at ${check.error.issues[0]?.path.join('.')}`,
              )
          } else {
            expect(snapshotErrorSchema.safeParse(result.error).success).toBe(true)
            expect(result.error.message).not.toMatch(/could not be parsed/)
          }
        },
      ),
      { numRuns: 400, seed: 20261122 },
    )
  })

  it('parses random markup soup without trouble', () => {
    const header = '<!--1700000000000-->\n[Soup](https://example.com/soup)\n------\n\n'
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 })), { maxLength: 200 }),
        (parts) => {
          const soup = header + parts.join('')
          const result = parseSnapshot(Buffer.from(soup), 'soup.md')
          // A NUL byte means binary data: refused with that reason. Anything else reads as an article.
          if (soup.includes('\u0000')) expect(!result.ok && result.error.code).toBe('binary')
          else expect(result.ok && articleSchema.safeParse(result.article).success).toBe(true)
        },
      ),
      { numRuns: 300, seed: 7 },
    )
  })
})
