import { QueryClient } from '@tanstack/react-query'
import { isApiError } from './http/api-error'

/** Retries only what can get better by waiting: network faults, 5xx and 429. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= 3) return false
  return isApiError(error) && error.isTransient
}

export function retryDelayMs(failureCount: number, error: unknown): number {
  if (isApiError(error) && error.status === 429 && error.retryAfterSeconds !== undefined) {
    return error.retryAfterSeconds * 1000
  }
  return Math.min(1000 * 2 ** failureCount, 8000)
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, retryDelay: retryDelayMs, staleTime: 15_000 },
      mutations: { retry: false },
    },
  })
}
