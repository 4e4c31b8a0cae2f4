/**
 * Bytes to text. Snapshots are UTF-8 in practice, but archives passed through Windows tools turn up as
 * UTF-16 or a legacy Chinese encoding; those are decoded when the evidence is clear and refused otherwise,
 * so that a user never reads mojibake.
 */
import { isUtf8 } from 'node:buffer'
import { snapshotError, type SnapshotError } from '../../../common/snapshot-error'

/** Larger files are not news articles; refusing them keeps one file from stalling a worker. */
export const MAX_SNAPSHOT_BYTES = 8 * 1024 * 1024

export interface Decoded {
  text: string
  /** Set when the file was not UTF-8, so the user can be told. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5'
}

export type DecodeResult = { ok: true; value: Decoded } | { ok: false; error: SnapshotError }

/**
 * Characters that are frequent in real Chinese prose in either script. A wrong legacy decoding produces
 * rare characters instead, so counting these tells GB18030 from Big5.
 */
const COMMON_HAN = new Set(
  '的一是不了在人有我他这這中大来來上国國个個到说說们們为為子和你地出道也时時年得就那要下以生会會自着著去之过過后後然家可对對于於',
)

export function decodeSnapshot(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return fail('empty', 'The file is empty.')
  if (bytes.length > MAX_SNAPSHOT_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1)
    return fail('too-large', `The file is ${mb} MB; snapshots larger than 8 MB are not opened.`)
  }
  const bom = bomOf(bytes)
  if (bom) {
    const text = tryDecode(bom.encoding, bytes.subarray(bom.length))
    return text === null
      ? fail(
          'undecodable',
          `The file starts with a ${bom.encoding.toUpperCase()} mark but is not valid ${bom.encoding.toUpperCase()}.`,
        )
      : ok(text, bom.encoding)
  }
  if (looksBinary(bytes)) return fail('binary', 'The file holds binary data (it is not a text snapshot).')

  // The common case, natively: validate, then decode without the fatal decoder's overhead.
  if (isUtf8(bytes))
    return ok(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'), 'utf-8')

  // Not UTF-8: try the two legacy encodings of Chinese archives and keep the one that reads as prose.
  const candidates = (['gb18030', 'big5'] as const)
    .map((encoding) => ({ encoding, text: tryDecode(encoding, bytes) }))
    .filter((c): c is { encoding: 'gb18030' | 'big5'; text: string } => c.text !== null)
    .map((c) => ({ ...c, score: commonHanRatio(c.text) }))
    .sort((a, b) => b.score - a.score)
  const best = candidates[0]
  if (best && best.score >= 0.05) return ok(best.text, best.encoding)
  return fail('undecodable', 'The file is not valid UTF-8 and does not read as GB18030 or Big5 either.')
}

function ok(text: string, encoding: Decoded['encoding']): DecodeResult {
  return { ok: true, value: { text, encoding } }
}

function fail(code: SnapshotError['code'], message: string): DecodeResult {
  return { ok: false, error: snapshotError(code, message) }
}

function bomOf(bytes: Uint8Array): { encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 }
  return null
}

/** NUL bytes never occur in UTF-8 or legacy-encoded text; a few in the first block mean binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8192)
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true
  return false
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    return null
  }
}

function commonHanRatio(text: string): number {
  let han = 0
  let common = 0
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0
    if (code >= 0x3400 && code <= 0x9fff) {
      han++
      if (COMMON_HAN.has(ch)) common++
    }
  }
  return han === 0 ? 0 : common / han
}
