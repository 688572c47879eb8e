/**
 * The Project API's `selection` parameter, as the wire carries it and as the engine reads it
 * after validation. The wire types are loose on purpose (clients send anything); the parsed
 * types are what the resolver trusts.
 */

/** One entry of a selection on the wire. */
export type SelectionEntryInput = string | ChildrenEntryInput | SearchEntryInput

export interface ChildrenEntryInput {
  children: string
  channel?: string
  ordering?: string
  exclude?: string[]
}

export interface SearchEntryInput {
  search: { language?: string; q?: string; filter?: unknown }
  exclude?: string[]
}

export const CHANNEL_KEYS = ['__all__', 'web', 'print'] as const
export type ChannelKey = (typeof CHANNEL_KEYS)[number]

export const ORDERING_KEYS = ['__default__', 'title', '-updated'] as const
export type OrderingKey = (typeof ORDERING_KEYS)[number]

export type StatusValue = 'draft' | 'updated' | 'published'

export type FieldOperator =
  'is' | 'is_not' | 'contains' | '<' | '>' | 'is_empty' | 'is_true' | 'is_false'

export type ValidationOperator = 'is_empty' | 'not_translated' | 'any'

/** A validated filter tree. Field filters keep their api_key; types are checked per model later. */
export type FilterNode =
  | { kind: 'and'; children: FilterNode[] }
  | { kind: 'or'; children: FilterNode[] }
  | { kind: 'not'; child: FilterNode }
  | { kind: 'classes'; modelApiKey: string }
  | { kind: 'definition'; negate: boolean; model: string }
  | { kind: 'status'; negate: boolean; status: StatusValue }
  /** Compares `meta.updatedAt` (epoch ms) against `at`; `before` is `<`. */
  | { kind: 'updated_relative'; before: boolean; amount: number; unitMs: number }
  /** Inclusive range in epoch ms. */
  | { kind: 'updated_between'; fromMs: number; untilMs: number }
  | { kind: 'validation'; operator: ValidationOperator }
  | { kind: 'field'; apiKey: string; operator: FieldOperator; operand: unknown }

/** Parsed `q`: words every record must have, must not have, and of which at least one. */
export interface TextQuery {
  required: string[][]
  forbidden: string[][]
  optional: string[][]
}

export type SelectionEntry =
  | { kind: 'record'; id: string }
  | {
      kind: 'children'
      parentId: string
      channel: ChannelKey
      ordering: OrderingKey
      exclude: string[]
    }
  | {
      kind: 'search'
      language: string
      query: TextQuery | null
      filter: FilterNode | null
      exclude: string[]
    }

/** Why an entry cannot be resolved: becomes 422 code 1006 `info: {entry, reason}`. */
export class SelectionEntryError extends Error {
  readonly entry: number
  readonly reason: string

  constructor(entry: number, reason: string) {
    super(`selection[${entry}]: ${reason}`)
    this.name = 'SelectionEntryError'
    this.entry = entry
    this.reason = reason
  }
}
