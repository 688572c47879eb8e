import { ApiError, type ApiErrorDetail } from './api-error'
import { readRateLimit, type RateLimitSnapshot } from './rate-limit'
import { createRateLimiter, type RateLimiter } from './rate-limiter'

export interface CmaClientConfig {
  baseUrl: string
  token: string
  /** Sandbox environment; omitted means the primary one. */
  environment?: string | undefined
}

export type QueryValue = string | number | boolean | undefined | null
export type QueryParams = Record<string, QueryValue>

export interface CmaRequestOptions {
  query?: QueryParams
  body?: unknown
  signal?: AbortSignal
}

export interface CmaResponse<T> {
  status: number
  body: T
}

export interface CmaClient {
  request<T>(method: string, path: string, options?: CmaRequestOptions): Promise<CmaResponse<T>>
  get<T>(path: string, options?: Omit<CmaRequestOptions, 'body'>): Promise<T>
  /** The rate-limit headers of the last response, so schedulers can pace themselves. */
  lastRateLimit(): RateLimitSnapshot | undefined
}

export function buildUrl(baseUrl: string, path: string, query?: QueryParams): string {
  const url = new URL(path.replace(/^\//, ''), baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`)
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '')
      url.searchParams.set(key, String(value))
  }
  return url.toString()
}

/** The `api_error` entries of a CMA error body (also the payload of a failed job result). */
export function parseCmaErrors(body: unknown): { errors: ApiErrorDetail[]; isTransient: boolean } {
  const data = (body as { data?: unknown } | null)?.data
  if (!Array.isArray(data)) return { errors: [], isTransient: false }
  let isTransient = false
  const errors = data.flatMap((entry): ApiErrorDetail[] => {
    const attributes = (
      entry as { attributes?: { code?: unknown; details?: unknown; transient?: unknown } }
    ).attributes
    if (!attributes || typeof attributes.code !== 'string') return []
    if (attributes.transient === true || (entry as { transient?: unknown }).transient === true)
      isTransient = true
    return [
      {
        code: attributes.code,
        details:
          attributes.details && typeof attributes.details === 'object'
            ? (attributes.details as Record<string, unknown>)
            : {},
      },
    ]
  })
  return { errors, isTransient }
}

export interface CmaClientOptions {
  /** Defaults to the global fetch, looked up per call so interceptors installed later apply. */
  fetchImpl?: typeof fetch
  /** Paces requests under the server's limit; one limiter per token. */
  limiter?: RateLimiter
}

/** The one HTTP client for DatoCMS's Content Management API: the only CMA caller of `fetch`. */
export function createCmaClient(
  config: CmaClientConfig,
  clientOptions: CmaClientOptions = {},
): CmaClient {
  const { fetchImpl, limiter = createRateLimiter() } = clientOptions
  let rateLimit: RateLimitSnapshot | undefined

  async function request<T>(
    method: string,
    path: string,
    options: CmaRequestOptions = {},
  ): Promise<CmaResponse<T>> {
    const url = buildUrl(config.baseUrl, path, options.query)
    // Error reports carry the path and query, never the token (which only travels in a header).
    const described = { method, url }
    const headers = new Headers({
      Accept: 'application/json',
      Authorization: `Bearer ${config.token}`,
      'X-Api-Version': '3',
    })
    if (config.environment) headers.set('X-Environment', config.environment)
    if (options.body !== undefined) headers.set('Content-Type', 'application/vnd.api+json')

    await limiter.acquire(options.signal)
    let response: Response
    try {
      response = await (fetchImpl ?? globalThis.fetch)(url, {
        method,
        headers,
        body: options.body === undefined ? undefined : JSON.stringify(options.body),
        signal: options.signal,
      })
    } catch (cause) {
      if (options.signal?.aborted) throw cause
      throw new ApiError({ kind: 'network', status: 0, request: described, cause })
    }

    rateLimit = readRateLimit(response.headers, response.status, Date.now())
    if (rateLimit.blockedUntilMs) limiter.blockUntil(rateLimit.blockedUntilMs)
    const text = await response.text()
    let body: unknown = undefined
    if (text) {
      try {
        body = JSON.parse(text)
      } catch (cause) {
        throw new ApiError({
          kind: 'invalid-response',
          status: response.status,
          request: described,
          cause,
        })
      }
    }

    if (!response.ok) {
      const { errors, isTransient } = parseCmaErrors(body)
      const resetSeconds = response.headers.get('X-RateLimit-Reset')
      throw new ApiError({
        kind: 'http',
        status: response.status,
        request: described,
        errors,
        isTransient: isTransient || response.status === 429 || response.status >= 500,
        retryAfterSeconds: resetSeconds === null ? undefined : Number(resetSeconds),
      })
    }
    return { status: response.status, body: body as T }
  }

  return {
    request,
    async get<T>(path: string, options?: Omit<CmaRequestOptions, 'body'>) {
      return (await request<T>('GET', path, options)).body
    },
    lastRateLimit: () => rateLimit,
  }
}
