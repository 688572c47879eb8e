import type { JsonValue } from '../store/types'

export type QueryErrorCode = 'INVALID_FILTER_FIELDS_PARAM' | 'INVALID_ORDERING' | 'INVALID_FIELD'

/** A refused query, with the code and details the CMA answers 422 with. */
export class QueryError extends Error {
  constructor(
    readonly code: QueryErrorCode,
    readonly details: Record<string, JsonValue>,
  ) {
    super(`${code}: ${JSON.stringify(details)}`)
    this.name = 'QueryError'
  }
}
