/**
 * Deterministic id generation: ids derive from a counter kept in the snapshot, so a seeded or
 * replayed store produces the same ids every time (tests can assert on them) and a persisted
 * store continues its sequence after a reload.
 */

/** murmur3 fmix32: a bijection on 32-bit integers, so distinct inputs give distinct outputs. */
function fmix32(input: number): number {
  let h = input >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

function wordsToBytes(words: number[]): number[] {
  const bytes: number[] = []
  for (const word of words)
    bytes.push(word >>> 24, (word >>> 16) & 255, (word >>> 8) & 255, word & 255)
  return bytes
}

function bytesToBase64Url(bytes: number[]): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] ?? 0
    const b1 = bytes[i + 1] ?? 0
    const b2 = bytes[i + 2] ?? 0
    const triple = (b0 << 16) | (b1 << 8) | b2
    const chars = i + 1 >= bytes.length ? 2 : i + 2 >= bytes.length ? 3 : 4
    for (let c = 0; c < chars; c++) out += BASE64URL[(triple >>> (18 - 6 * c)) & 63]
  }
  return out
}

function wordsFor(seq: number, salt: number): number[] {
  // The first word is a bijection of the sequence number, which is what guarantees uniqueness.
  return [
    fmix32(seq ^ salt),
    fmix32(seq + 0x9e3779b9 + salt),
    fmix32(seq * 31 + 0x7f4a7c15 + salt),
    fmix32(seq * 17 + 0x632be5ab + salt),
  ]
}

/** A 22-character url-safe id like DatoCMS's current record ids (`"dhVR2HqgRVCTGFi0bWqLqA"`). */
export function entityIdFromSeq(seq: number, salt = 0): string {
  return bytesToBase64Url(wordsToBytes(wordsFor(seq, salt)))
}

/** A 24-hex id as DatoCMS uses for jobs. */
export function hexIdFromSeq(seq: number, salt = 0x5a5a): string {
  return wordsFor(seq, salt)
    .slice(0, 3)
    .map((word) => word.toString(16).padStart(8, '0'))
    .join('')
}

/** An RFC 4122-shaped (version 4 layout) uuid, as the Project API uses for job tokens. */
export function uuidFromSeq(seq: number, salt = 0x1234): string {
  const hex = wordsFor(seq, salt)
    .map((word) => word.toString(16).padStart(8, '0'))
    .join('')
  const variant = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`
}
