import { ApiError } from './api-error'

export interface ProjectClientConfig {
  baseUrl: string
  projectGid: string
  /** The CMA token, exchanged for a short-lived JWT. */
  apiKey: string
}

interface Envelope<R, D> {
  success: boolean
  result: R
  data: D
}

export interface ProjectClient {
  /** Exchanges the API key for a JWT; returns the current job-event cursor. */
  authenticate(signal?: AbortSignal): Promise<{ cursor: number }>
  /** Calls an endpoint (path relative to the base URL), authenticating first and again on expiry. */
  call<R, D = Record<string, unknown>>(
    path: string,
    body: unknown,
    signal?: AbortSignal,
  ): Promise<{ result: R; data: D }>
  /** `/api/p/<gid>/<path>` for project-scoped endpoints. */
  projectPath(path: string): string
}

/** The one HTTP client for the Project API (Unicat dialect): the only caller of `fetch` for it. */
export function createProjectClient(
  config: ProjectClientConfig,
  fetchImpl?: typeof fetch,
): ProjectClient {
  let jwt: string | undefined
  const base = config.baseUrl.endsWith('/') ? config.baseUrl : `${config.baseUrl}/`
  const projectPath = (path: string) =>
    `api/p/${encodeURIComponent(config.projectGid)}/${path.replace(/^\//, '')}`

  async function post<R, D>(
    path: string,
    body: unknown,
    signal: AbortSignal | undefined,
  ): Promise<{ response: Response; envelope: Envelope<R, D> }> {
    const url = new URL(path.replace(/^\//, ''), base).toString()
    const described = { method: 'POST', url }
    const headers = new Headers({ 'Content-Type': 'application/json', Accept: 'application/json' })
    if (jwt) headers.set('Authorization', `Bearer ${jwt}`)
    let response: Response
    try {
      response = await (fetchImpl ?? globalThis.fetch)(url, {
        method: 'POST',
        headers,
        body: JSON.stringify(body ?? {}),
        signal,
      })
    } catch (cause) {
      if (signal?.aborted) throw cause
      throw new ApiError({ kind: 'network', status: 0, request: described, cause })
    }
    let envelope: Envelope<R, D>
    try {
      envelope = (await response.json()) as Envelope<R, D>
    } catch (cause) {
      throw new ApiError({
        kind: 'invalid-response',
        status: response.status,
        request: described,
        cause,
      })
    }
    if (!response.ok || envelope.success === false) {
      const result = (envelope.result ?? {}) as {
        code?: unknown
        message?: unknown
        info?: unknown
      }
      throw new ApiError({
        kind: 'http',
        status: response.status,
        request: described,
        errors: [
          {
            code: String(result.code ?? response.status),
            details: {
              message: typeof result.message === 'string' ? result.message : undefined,
              info: result.info,
            },
          },
        ],
      })
    }
    return { response, envelope }
  }

  async function authenticate(signal?: AbortSignal) {
    jwt = undefined
    const { response, envelope } = await post<{ 'cc.cursor'?: number }, unknown>(
      projectPath('auth'),
      { api_key: config.apiKey },
      signal,
    )
    const header = response.headers.get('Authorization')
    jwt = header?.replace(/^Bearer\s+/i, '') || undefined
    return { cursor: envelope.result['cc.cursor'] ?? 0 }
  }

  async function call<R, D>(path: string, body: unknown, signal?: AbortSignal) {
    if (!jwt) await authenticate(signal)
    try {
      return (await post<R, D>(path, body, signal)).envelope
    } catch (error) {
      // JWTs expire (15 minutes on the demo); authenticate once more, then give up honestly.
      if (error instanceof ApiError && error.status === 401) {
        await authenticate(signal)
        return (await post<R, D>(path, body, signal)).envelope
      }
      throw error
    }
  }

  return { authenticate, call, projectPath }
}
