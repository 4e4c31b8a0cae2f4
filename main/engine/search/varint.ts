/** Unsigned LEB128 varints: posting lists store small gaps between ascending document numbers. */
export function writeVarint(buffer: Uint8Array, offset: number, value: number): number {
  let v = value
  while (v >= 0x80) {
    buffer[offset++] = (v & 0x7f) | 0x80
    v >>>= 7
  }
  buffer[offset++] = v
  return offset
}

/** Reads a varint at `offset`; returns the value and the offset after it, packed to avoid allocation. */
export function readVarint(buffer: Uint8Array, offset: number, out: { value: number; offset: number }): void {
  let value = 0
  let shift = 0
  let byte: number
  do {
    byte = buffer[offset++] ?? 0
    value |= (byte & 0x7f) << shift
    shift += 7
  } while (byte & 0x80)
  out.value = value >>> 0
  out.offset = offset
}
