import { ApiError } from '../http/api-error'
import { parseCmaErrors } from '../http/cma-client'
import { describeApiError } from '../http/describe-api-error'
import type { JobError } from './job-types'

/** A CMA job result: the delayed answer of the operation, with its own HTTP status. */
export interface CmaJobResult {
  status: number
  statusText?: string
  payload: unknown
}

export type JobOutcome = { state: 'done'; result: unknown } | { state: 'failed'; error: JobError }

/** The job result's own status decides: 2xx is done with its payload, anything else failed. */
export function outcomeOfCmaJobResult(
  result: CmaJobResult,
  request: { method: string; url: string },
): JobOutcome {
  if (result.status >= 200 && result.status < 300) return { state: 'done', result: result.payload }
  const { errors } = parseCmaErrors(result.payload)
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
