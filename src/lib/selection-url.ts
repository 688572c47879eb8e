/**
 * Selections travel between pages as the Project API's selection JSON, base64url-encoded in
 * `/selections?s=…`: the records page writes it, the selection builder reads it, and what the
 * builder previews is exactly what the link says.
 */

export type ProjectFilterNode = [string, string, unknown]

export interface SearchSelectionEntry {
  search: { language: string; q?: string; filter?: ProjectFilterNode }
  exclude?: string[]
}

export interface ChildrenSelectionEntry {
  children: string
  channel?: string
  ordering?: string
  exclude?: string[]
}

/** One entry: a record gid, a record's children in a channel, or a search. */
export type SelectionEntry = string | ChildrenSelectionEntry | SearchSelectionEntry
export type Selection = SelectionEntry[]

export const SELECTION_PARAM = 's'

function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text)
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(encoded: string): string {
  const base64 = encoded.replace(/-/g, '+').replace(/_/g, '/')
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4)
  const binary = atob(padded)
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0))
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((entry) => typeof entry === 'string')
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isFilterNode(value: unknown): value is ProjectFilterNode {
  return (
    Array.isArray(value) &&
    value.length === 3 &&
    typeof value[0] === 'string' &&
    typeof value[1] === 'string'
  )
}

/** Shape check only: the server decides whether gids, channels and filters exist. */
export function isSelectionEntry(value: unknown): value is SelectionEntry {
  if (typeof value === 'string') return value.trim() !== ''
  if (!isObject(value)) return false
  if (value.exclude !== undefined && !isStringList(value.exclude)) return false
  if ('children' in value) {
    return (
      typeof value.children === 'string' &&
      (value.channel === undefined || typeof value.channel === 'string') &&
      (value.ordering === undefined || typeof value.ordering === 'string')
    )
  }
  if ('search' in value && isObject(value.search)) {
    const { language, q, filter } = value.search
    return (
      typeof language === 'string' &&
      (q === undefined || typeof q === 'string') &&
      (filter === undefined || isFilterNode(filter)) &&
      (q !== undefined || filter !== undefined)
    )
  }
  return false
}

export function encodeSelection(selection: Selection): string {
  return toBase64Url(JSON.stringify(selection))
}

/** The selection in `s`, or undefined when the text is not a well-formed selection. */
export function decodeSelection(encoded: string | null | undefined): Selection | undefined {
  if (!encoded) return undefined
  try {
    const parsed: unknown = JSON.parse(fromBase64Url(encoded))
    if (!Array.isArray(parsed) || !parsed.every(isSelectionEntry)) return undefined
    return parsed
  } catch {
    return undefined
  }
}

/** `/selections?s=…` for a selection (router path, without the deploy base). */
export function selectionBuilderPath(selection: Selection): string {
  return `/selections?${SELECTION_PARAM}=${encodeSelection(selection)}`
}
