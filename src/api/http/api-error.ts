/** One error detail as the server reported it (CMA `api_error` or Project API `result`). */
export interface ApiErrorDetail {
  code: string
  details: Record<string, unknown>
}

export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'invalid-response'

export interface ApiErrorInit {
  kind: ApiErrorKind
  status: number
  request: { method: string; url: string }
  errors?: ApiErrorDetail[]
  isTransient?: boolean
  retryAfterSeconds?: number
  cause?: unknown
}

/**
 * Every failed call, whatever the dialect, becomes an ApiError. It never holds request headers,
 * so the token cannot leak into a log line or an error report.
 */
export class ApiError extends Error {
  readonly kind: ApiErrorKind
  /** HTTP status; 0 when no response arrived. */
  readonly status: number
  readonly request: { method: string; url: string }
  readonly errors: ApiErrorDetail[]
  readonly isTransient: boolean
  readonly retryAfterSeconds: number | undefined

  constructor(init: ApiErrorInit) {
    const codes = init.errors?.map((error) => error.code).join(', ')
    super(
      `${init.request.method} ${init.request.url} failed: ${
        init.kind === 'http' ? `${init.status}${codes ? ` ${codes}` : ''}` : init.kind
      }`,
      { cause: init.cause },
    )
    this.name = 'ApiError'
    this.kind = init.kind
    this.status = init.status
    this.request = init.request
    this.errors = init.errors ?? []
    this.isTransient = init.isTransient ?? (init.kind !== 'http' || init.status >= 500)
    this.retryAfterSeconds = init.retryAfterSeconds
  }

  get codes(): string[] {
    return this.errors.map((error) => error.code)
  }

  hasCode(code: string): boolean {
    return this.errors.some((error) => error.code === code)
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}
