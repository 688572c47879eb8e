/**
 * The Project API's JWTs: real three-part tokens (base64url header.payload.signature) whose
 * expiry is read against the mock clock. The signature is a keyed FNV-1a digest, not HMAC:
 * it exists so a hand-edited or foreign token is refused, and it must be synchronous and work
 * outside secure contexts (a demo served over plain http has no `crypto.subtle`).
 */

/** Lifetime of a Project API JWT, in mock-clock milliseconds. */
export const JWT_TTL_MS = 15 * 60 * 1000

export type ProjectRole = 'editor' | 'viewer'

export interface JwtClaims {
  /** Project gid the token is valid for. */
  project: string
  role: ProjectRole
  /** Issued at / expires at, UNIX seconds of the mock clock. */
  iat: number
  exp: number
  /** Distinguishes tokens issued in the same second. */
  jti: number
}

// Fixed on purpose: a JWT issued before a page reload stays valid after it, as a real one would.
const SIGNING_KEY = 'content-ops-console/unicat-mock/v1'

let issued = 0

function encodeBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function decodeBase64Url(segment: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(segment)) return null
  const padded = segment.replace(/-/g, '+').replace(/_/g, '/')
  try {
    const binary = atob(padded + '='.repeat((4 - (padded.length % 4)) % 4))
    return new TextDecoder().decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)))
  } catch {
    return null
  }
}

function sign(input: string): string {
  // Two FNV-1a passes with different offsets give 64 bits: plenty to reject tampering.
  let a = 0x811c9dc5
  let b = 0x050c5d1f
  const keyed = `${SIGNING_KEY}.${input}`
  for (let i = 0; i < keyed.length; i++) {
    const code = keyed.charCodeAt(i)
    a = Math.imul(a ^ code, 0x01000193) >>> 0
    b = Math.imul(b ^ code ^ (i & 0xff), 0x01000193) >>> 0
  }
  return encodeBase64Url(a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0'))
}

export function issueJwt(project: string, role: ProjectRole, nowMs: number): string {
  issued += 1
  const iat = Math.floor(nowMs / 1000)
  const claims: JwtClaims = {
    project,
    role,
    iat,
    exp: Math.floor((nowMs + JWT_TTL_MS) / 1000),
    jti: issued,
  }
  const head = `${encodeBase64Url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${encodeBase64Url(JSON.stringify(claims))}`
  return `${head}.${sign(head)}`
}

export type JwtCheck =
  { ok: true; claims: JwtClaims } | { ok: false; reason: 'malformed' | 'expired' }

function isClaims(value: unknown): value is JwtClaims {
  if (typeof value !== 'object' || value === null) return false
  const claims = value as Record<string, unknown>
  return (
    typeof claims.project === 'string' &&
    (claims.role === 'editor' || claims.role === 'viewer') &&
    typeof claims.iat === 'number' &&
    typeof claims.exp === 'number'
  )
}

export function verifyJwt(token: string, nowMs: number): JwtCheck {
  const parts = token.split('.')
  if (parts.length !== 3) return { ok: false, reason: 'malformed' }
  const [header = '', payload = '', signature = ''] = parts
  if (sign(`${header}.${payload}`) !== signature) return { ok: false, reason: 'malformed' }
  const json = decodeBase64Url(payload)
  if (json === null) return { ok: false, reason: 'malformed' }
  let claims: unknown
  try {
    claims = JSON.parse(json)
  } catch {
    return { ok: false, reason: 'malformed' }
  }
  if (!isClaims(claims)) return { ok: false, reason: 'malformed' }
  if (nowMs >= claims.exp * 1000) return { ok: false, reason: 'expired' }
  return { ok: true, claims }
}
