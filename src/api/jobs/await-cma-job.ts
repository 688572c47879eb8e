import { abortableSleep } from '@/lib/abortable-sleep'
import { ApiError } from '../http/api-error'
import type { CmaClient } from '../http/cma-client'
import type { CmaJobResult } from './job-outcome'

const FIRST_POLL_MS = 300
const MAX_POLL_MS = 2_000

/**
 * Waits for one CMA job inside a client-orchestrated job: polls `/job-results/:id` (404 while
 * running), backing off, waiting out 429s and transient faults. Resolves with the job result,
 * whose own status says whether the operation succeeded.
 */
export async function awaitCmaJob(
  cma: CmaClient,
  cmaJobId: string,
  signal?: AbortSignal,
): Promise<CmaJobResult> {
  let waitMs = FIRST_POLL_MS
  for (;;) {
    await abortableSleep(waitMs, signal)
    try {
      const body = await cma.get<{ data: { attributes: CmaJobResult } }>(
        `/job-results/${encodeURIComponent(cmaJobId)}`,
        signal ? { signal } : {},
      )
      return body.data.attributes
    } catch (error) {
      if (signal?.aborted) throw error
      const isRunning = error instanceof ApiError && error.status === 404
      if (!isRunning && !(error instanceof ApiError && error.isTransient)) throw error
      if (error instanceof ApiError && error.status === 429 && error.retryAfterSeconds)
        waitMs = Math.max(waitMs, error.retryAfterSeconds * 1000)
      else waitMs = Math.min(MAX_POLL_MS, Math.round(waitMs * 1.5))
    }
  }
}

/** Starts a CMA job (`202 {data:{type:"job",id}}`) and waits for its result. */
export async function runCmaJob(
  cma: CmaClient,
  method: string,
  path: string,
  body: unknown,
  signal?: AbortSignal,
): Promise<CmaJobResult> {
  const response = await cma.request<{ data?: { type?: string; id?: string } }>(method, path, {
    ...(body === undefined ? {} : { body }),
    ...(signal ? { signal } : {}),
  })
  const data = response.body?.data
  if (response.status === 202 && data?.type === 'job' && typeof data.id === 'string')
    return awaitCmaJob(cma, data.id, signal)
  // Answered at once: the operation is already over.
  return { status: response.status, payload: response.body }
}
