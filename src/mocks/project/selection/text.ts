import { normalizeText } from '../../query'
import type { TextQuery } from './types'

const WORD = /[\p{L}\p{N}]+/gu

/**
 * Words of a text as `q` terms match them: lower-cased and accent-free, the way the CMA's
 * full-text search compares text too (`caffe` finds "caffè").
 */
export function tokenize(text: string): string[] {
  return normalizeText(text).match(WORD) ?? []
}

/**
 * Parses Unicat's `q`: `+term` must occur, `-term` must not, plain terms need at least one hit
 * when there is no `+` term. A term that spans several words (`e-mail`) needs all of them.
 * Returns null when `q` has no searchable term at all.
 */
export function parseTextQuery(q: string): TextQuery | null {
  const query: TextQuery = { required: [], forbidden: [], optional: [] }
  for (const raw of q.split(/\s+/)) {
    if (raw === '') continue
    const sign = raw[0]
    const words = tokenize(sign === '+' || sign === '-' ? raw.slice(1) : raw)
    if (words.length === 0) continue
    if (sign === '+') query.required.push(words)
    else if (sign === '-') query.forbidden.push(words)
    else query.optional.push(words)
  }
  const isEmpty = query.required.length + query.forbidden.length + query.optional.length === 0
  return isEmpty ? null : query
}

/** Whether a record whose text has `words` satisfies the query. */
export function matchesTextQuery(query: TextQuery, words: ReadonlySet<string>): boolean {
  const has = (term: string[]) => term.every((word) => words.has(word))
  if (!query.required.every(has)) return false
  if (query.forbidden.some(has)) return false
  if (query.required.length === 0 && query.optional.length > 0) return query.optional.some(has)
  return true
}
