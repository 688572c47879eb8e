import { ApiError, type ApiErrorDetail } from '../http/api-error'
import { describeApiError } from '../http/describe-api-error'
import type { JobError } from './job-types'

/** A CMA job result: the delayed answer of the operation, with its own HTTP status. */
export interface CmaJobResult {
  status: number
  statusText?: string
  payload: unknown
}

export type JobOutcome = { state: 'done'; result: unknown } | { state: 'failed'; error: JobError }

function errorsOfPayload(payload: unknown): ApiErrorDetail[] {
  const data = (payload as { data?: unknown } | null)?.data
  if (!Array.isArray(data)) return []
  return data.flatMap((entry) => {
    const attributes = (entry as { attributes?: { code?: unknown; details?: unknown } }).attributes
    return attributes && typeof attributes.code === 'string'
      ? [{ code: attributes.code, details: (attributes.details ?? {}) as Record<string, unknown> }]
      : []
  })
}

/** The job result's own status decides: 2xx is done with its payload, anything else failed. */
export function outcomeOfCmaJobResult(
  result: CmaJobResult,
  request: { method: string; url: string },
): JobOutcome {
  if (result.status >= 200 && result.status < 300) return { state: 'done', result: result.payload }
  const errors = errorsOfPayload(result.payload)
  const apiError = new ApiError({
    kind: 'http',
    status: result.status,
    request,
    errors,
    isTransient: result.status >= 500,
  })
  return { state: 'failed', error: { message: describeApiError(apiError), codes: apiError.codes } }
}

/** For errors thrown while starting or following a job. */
export function jobErrorOf(error: unknown): JobError {
  return { message: describeApiError(error), codes: error instanceof ApiError ? error.codes : [] }
}
