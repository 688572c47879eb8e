import type { JsonValue } from '../store/types'

/** Realm of the Project API's bearer challenge, as Unicat sends it. */
export const JWT_REALM = 'JWT access to Unicat.'

const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8' }

/** What a failing Project API call reports in `result`. */
export interface ProjectApiFailure {
  status: number
  code: number
  message: string
  info: Record<string, JsonValue>
}

/**
 * Thrown anywhere below a handler to answer with Unicat's failure envelope; the handler wrapper
 * turns it into a response, so validation code stays free of HTTP plumbing.
 */
export class ProjectApiError extends Error {
  readonly status: number
  readonly code: number
  readonly info: Record<string, JsonValue>

  constructor(status: number, code: number, message: string, info: Record<string, JsonValue> = {}) {
    super(message)
    this.name = 'ProjectApiError'
    this.status = status
    this.code = code
    this.info = info
  }
}

export function badRequest(message: string, info: Record<string, JsonValue> = {}): ProjectApiError {
  return new ProjectApiError(400, 400, message, info)
}

export function unauthorized(message = 'Permission denied'): ProjectApiError {
  return new ProjectApiError(401, 401, message)
}

export function forbidden(message = 'Forbidden'): ProjectApiError {
  return new ProjectApiError(403, 403, message)
}

/** Unicat's app error 1006: a selection that cannot be resolved, pointing at the entry at fault. */
export function selectionError(entry: number | null, reason: string): ProjectApiError {
  return new ProjectApiError(422, 1006, 'Bulk selection error', { entry, reason })
}

export function successResponse(
  result: Record<string, JsonValue>,
  data: Record<string, JsonValue> = {},
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ success: true, result, data }), {
    status: 200,
    headers: { ...JSON_HEADERS, ...headers },
  })
}

export function failureResponse(error: ProjectApiError): Response {
  const headers: Record<string, string> = { ...JSON_HEADERS }
  // Unicat's client treats WWW-Authenticate as "the JWT is gone: authenticate again".
  if (error.status === 401) headers['WWW-Authenticate'] = `Bearer realm="${JWT_REALM}"`
  const body = {
    success: false,
    result: { code: error.code, message: error.message, info: error.info },
    data: {},
  }
  return new Response(JSON.stringify(body), { status: error.status, headers })
}
