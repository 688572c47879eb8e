import { HttpResponse } from 'msw'
import { DEMO_EDITOR_TOKEN, DEMO_ENVIRONMENT, DEMO_VIEWER_TOKEN } from '../../api/demo-constants'
import type { MockContext } from '../context'
import { withFaults } from '../faults'
import { QueryError } from '../query/query-error'
import type { JsonValue } from '../store/types'

export type CmaRole = 'editor' | 'viewer'

/** Tokens the CMA mock knows, and what they may do. */
export const CMA_TOKENS: Readonly<Record<string, CmaRole>> = {
  [DEMO_EDITOR_TOKEN]: 'editor',
  [DEMO_VIEWER_TOKEN]: 'viewer',
}

const DOC_URL = 'https://www.datocms.com/docs/content-management-api/errors'

/** One `api_error` entry. */
export interface CmaErrorEntry {
  code: string
  details: Record<string, JsonValue>
  transient?: boolean
}

/** Thrown inside handlers to answer with an error envelope (nothing has been applied yet). */
export class CmaError extends Error {
  readonly errors: CmaErrorEntry[]
  constructor(
    readonly status: number,
    errors: CmaErrorEntry | CmaErrorEntry[],
  ) {
    const list = Array.isArray(errors) ? errors : [errors]
    super(list.map((entry) => entry.code).join(', '))
    this.name = 'CmaError'
    this.errors = list
  }
}

let errorSeq = 0
/** A short hex id like the real API's (`"ce9dcb"`). */
function errorId(): string {
  errorSeq = (errorSeq + 1) % 0xffffff
  return ((errorSeq * 2654435761) >>> 8).toString(16).padStart(6, '0').slice(-6)
}

export function errorBody(errors: CmaErrorEntry[]): { data: JsonValue[] } {
  return {
    data: errors.map((entry) => ({
      id: errorId(),
      type: 'api_error',
      attributes: {
        code: entry.code,
        details: entry.details,
        doc_url: `${DOC_URL}#${entry.code}`,
        ...(entry.transient ? { transient: true } : {}),
      },
    })),
  }
}

export function notFound(message: string): CmaError {
  return new CmaError(404, { code: 'NOT_FOUND', details: { message } })
}

export function invalidField(
  field: string,
  code: string,
  extra: Record<string, JsonValue> = {},
): CmaErrorEntry {
  return { code: 'INVALID_FIELD', details: { field, code, ...extra } }
}

interface ResponseMeta {
  limit: number
  remaining: number
  resetSeconds?: number
}

/** Headers every CMA answer carries (content type with charset: the client loops on others). */
function cmaHeaders(meta: ResponseMeta): Headers {
  const headers = new Headers({
    'Content-Type': 'application/json; charset=utf-8',
    'X-Api-Version': '3',
    'X-Environment': DEMO_ENVIRONMENT,
    'X-RateLimit-Limit': String(meta.limit),
    'X-RateLimit-Remaining': String(meta.remaining),
    'Cache-Control': 'no-cache',
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers':
      'x-ratelimit-limit, x-ratelimit-remaining, x-ratelimit-reset, x-api-version, x-environment',
  })
  if (meta.resetSeconds !== undefined) {
    headers.set('X-RateLimit-Reset', String(meta.resetSeconds))
    headers.set('Retry-After', String(meta.resetSeconds))
  }
  return headers
}

function jsonResponse(body: JsonValue | object, status: number, meta: ResponseMeta): Response {
  return new HttpResponse(JSON.stringify(body), { status, headers: cmaHeaders(meta) })
}

export interface CmaRequest {
  request: Request
  params: Record<string, string | readonly string[] | undefined>
  url: URL
  token: string
  role: CmaRole
}

export interface CmaRouteOptions {
  /** Mutations refuse the viewer token with 403. */
  mutation: boolean
}

/** What a CMA route resolver returns: a status and a JSON body. */
export interface CmaReply {
  status: number
  body: JsonValue | object
}

/**
 * Wraps a CMA resolver with everything every endpoint shares: faults, auth (401), environment
 * (422), rate limit (429), permissions (403), settling jobs on the clock, the headers, and
 * turning thrown `CmaError`/`QueryError` into error envelopes. Any other exception becomes a
 * 500 `EXCEPTION` answer rather than a crashed request.
 */
export function cmaRoute(
  context: MockContext,
  options: CmaRouteOptions,
  resolve: (input: CmaRequest) => CmaReply | Promise<CmaReply>,
) {
  const calm = (status: number, errors: CmaErrorEntry[], token?: string): Response => {
    const now = context.clock.now()
    const remaining = token ? context.rateLimiter.peek(token, now) : 60
    return jsonResponse(errorBody(errors), status, { limit: 60, remaining: Math.max(0, remaining) })
  }
  return withFaults(
    {
      getSettings: () => context.getFaults(),
      random: () => context.random(),
      errorResponse: (status) =>
        calm(status, [
          {
            code: status === 503 ? 'SERVICE_UNAVAILABLE' : 'EXCEPTION',
            details: { message: 'Injected fault (mock): try again.' },
            transient: true,
          },
        ]),
      rateLimitResponse: () =>
        jsonResponse(
          errorBody([
            { code: 'RATE_LIMIT_EXCEEDED', details: { message: 'Injected 429 (mock).' } },
          ]),
          429,
          { limit: 60, remaining: 0, resetSeconds: 1 },
        ),
    },
    async ({ request, params }: { request: Request; params: CmaRequest['params'] }) => {
      const authorization = request.headers.get('authorization') ?? ''
      const match = /^Bearer\s+(.+)$/i.exec(authorization.trim())
      const token = match?.[1]?.trim() ?? ''
      const role = CMA_TOKENS[token]
      if (!role) {
        return calm(401, [
          {
            code: 'INVALID_AUTHORIZATION_HEADER',
            details: {
              message: token ? 'Unknown API token' : 'Missing Authorization: Bearer <token> header',
            },
          },
        ])
      }
      const environment = request.headers.get('x-environment')
      if (environment !== null && environment !== DEMO_ENVIRONMENT) {
        return calm(
          422,
          [
            {
              code: 'INVALID_ENVIRONMENT',
              details: { environment, message: `Environment "${environment}" does not exist` },
            },
          ],
          token,
        )
      }
      const verdict = context.rateLimiter.hit(token, context.clock.now())
      if (!verdict.allowed) {
        return jsonResponse(
          errorBody([
            { code: 'RATE_LIMIT_EXCEEDED', details: { limit: verdict.limit, window_seconds: 3 } },
          ]),
          429,
          { limit: verdict.limit, remaining: 0, resetSeconds: verdict.resetSeconds },
        )
      }
      const meta = { limit: verdict.limit, remaining: verdict.remaining }
      if (options.mutation && role !== 'editor') {
        return jsonResponse(
          errorBody([
            {
              code: 'INSUFFICIENT_PERMISSIONS',
              details: { message: 'This API token is read-only' },
            },
          ]),
          403,
          meta,
        )
      }
      try {
        context.jobs.settle()
        const reply = await resolve({ request, params, url: new URL(request.url), token, role })
        if (request.method !== 'GET') await context.afterMutation()
        return jsonResponse(reply.body, reply.status, meta)
      } catch (error) {
        if (error instanceof CmaError)
          return jsonResponse(errorBody(error.errors), error.status, meta)
        if (error instanceof QueryError) {
          return jsonResponse(errorBody([{ code: error.code, details: error.details }]), 422, meta)
        }
        const message = error instanceof Error ? error.message : String(error)
        return jsonResponse(errorBody([{ code: 'EXCEPTION', details: { message } }]), 500, meta)
      }
    },
  )
}

/**
 * Reads a JSON body (`application/json` or `application/vnd.api+json`); malformed JSON is
 * 422 `INVALID_JSON_BODY`.
 */
export async function readJsonBody(request: Request): Promise<unknown> {
  const text = await request.text()
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new CmaError(422, {
      code: 'INVALID_JSON_BODY',
      details: { message: 'The request body is not valid JSON' },
    })
  }
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The `data` object of a JSON:API body, with the expected `type`. */
export function requireData(body: unknown, type: string): Record<string, unknown> {
  if (!isObject(body) || !isObject(body.data)) {
    throw new CmaError(
      422,
      invalidField('data', 'VALIDATION_REQUIRED', { message: 'Expected {"data": {…}}' }),
    )
  }
  if (body.data.type !== type) {
    throw new CmaError(
      422,
      invalidField('type', 'VALIDATION_INCLUSION', {
        message: `Expected data.type "${type}"`,
        expected: type,
      }),
    )
  }
  return body.data
}

export function paramString(params: CmaRequest['params'], name: string): string {
  const value = params[name]
  return typeof value === 'string' ? decodeURIComponent(value) : ''
}
