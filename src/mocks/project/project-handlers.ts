import { http, type HttpHandler } from 'msw'
import { DEMO_EDITOR_TOKEN, DEMO_PROJECT_GID, DEMO_VIEWER_TOKEN } from '../../api/demo-constants'
import type { Clock } from '../clock'
import type { JobRunner } from '../jobs/job-runner'
import { withFaults, type FaultHooks, type FaultSettings } from '../faults'
import { DEMO_ACCOUNT_ID, type ContentStore, type JsonValue, type StoredRecord } from '../store'
import {
  BULK_DUPLICATE_JOB,
  settleBulkDuplicateJobs,
  startBulkDuplicateJob,
  toSyncEvent,
} from './bulk-duplicate-job'
import {
  badRequest,
  failureResponse,
  forbidden,
  ProjectApiError,
  selectionError,
  successResponse,
  unauthorized,
} from './envelope'
import { issueJwt, verifyJwt, type JwtClaims, type ProjectRole } from './jwt'
import { ModelCatalog, SelectionEntryError, resolveSelection, titleIn } from './selection'

/** `/records/bulk/get` page size: default and ceiling. */
export const BULK_GET_DEFAULT_PAGE_SIZE = 100
export const BULK_GET_MAX_PAGE_SIZE = 500
/** `/sync/get` hands out at most this many events per call (then `warning`). */
export const SYNC_MAX_EVENTS = 500

export interface ProjectHandlersOptions {
  store: ContentStore
  clock: Clock
  /** Origin the Project API answers on, e.g. `https://unicat.app` (no trailing slash needed). */
  baseUrl: string
  /** Read on every request, so a settings change applies to the next one (and the next job). */
  faults: () => FaultSettings
  /** Source of randomness for fault injection (injectable for reproducible tests). */
  random?: () => number
  /**
   * The shared job runner, when the CMA runs beside this dialect: bulk-duplicate jobs then
   * advance whenever either dialect settles jobs (copies show up in CMA lists too).
   */
  jobs?: Pick<JobRunner, 'registerSettler' | 'settle'>
  /** Awaited after a request that may have changed the store, before its answer is sent. */
  afterMutation?: () => Promise<void>
}

const ROLES_BY_API_KEY: Record<string, ProjectRole> = {
  [DEMO_EDITOR_TOKEN]: 'editor',
  [DEMO_VIEWER_TOKEN]: 'viewer',
}

const API_KEYS_BY_ROLE: Record<ProjectRole, string> = {
  editor: DEMO_EDITOR_TOKEN,
  viewer: DEMO_VIEWER_TOKEN,
}

const KNOWN_PROJECTS: ReadonlySet<string> = new Set([DEMO_PROJECT_GID])

type Body = Record<string, unknown>

async function readBody(request: Request): Promise<Body> {
  const text = await request.text()
  if (text.trim() === '') return {}
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw badRequest('The request body is not valid JSON.')
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw badRequest('The request body must be a JSON object.')
  }
  return parsed as Body
}

/** Unicat takes parameters flat (`"page.size": 100`); nested `page: {size}` is accepted too. */
function pageParam(body: Body, key: 'size' | 'cursor'): unknown {
  const flat = body[`page.${key}`]
  if (flat !== undefined) return flat
  const page = body.page
  return typeof page === 'object' && page !== null
    ? (page as Record<string, unknown>)[key]
    : undefined
}

function bearerOf(request: Request): string | null {
  const header = request.headers.get('Authorization')
  if (!header) return null
  // Unicat sends the bare JWT and accepts it with or without the Bearer scheme.
  const token = header.replace(/^Bearer\s+/i, '').trim()
  return token === '' ? null : token
}

/** Cursors are opaque to clients; here an offset into the re-resolved selection. */
function encodeCursor(offset: number): string {
  return btoa(JSON.stringify({ offset }))
}

function decodeCursor(cursor: unknown): number {
  if (cursor === undefined || cursor === null || cursor === '') return 0
  if (typeof cursor !== 'string')
    throw selectionError(null, 'page.cursor must be a cursor from a previous page')
  try {
    const parsed = JSON.parse(atob(cursor)) as { offset?: unknown }
    if (typeof parsed.offset === 'number' && Number.isInteger(parsed.offset) && parsed.offset >= 0)
      return parsed.offset
  } catch {
    // Falls through to the error below: any undecodable cursor is the client's mistake.
  }
  throw selectionError(null, 'page.cursor is not a cursor this API handed out')
}

function selectionParam(body: Body): unknown[] {
  const selection = body.selection
  if (selection === undefined) throw badRequest('Missing parameter: selection.')
  if (!Array.isArray(selection)) throw badRequest('selection must be a list of entries.')
  return selection
}

function recordSummary(
  catalog: ModelCatalog,
  record: StoredRecord,
  languages: readonly string[],
): Record<string, JsonValue> {
  const title: Record<string, JsonValue> = {}
  for (const language of languages) title[language] = titleIn(catalog, record, language)
  return {
    gid: record.id,
    definition: record.itemTypeId,
    parent: record.parentId,
    title,
    status: record.meta.status,
    updated_on: record.meta.updatedAt / 1000,
  }
}

/**
 * The Project API dialect (Unicat): JWT auth, selections, bulk get, bulk duplicate as a
 * clock-driven job, and the sync feed that reports it.
 */
export function createProjectHandlers(options: ProjectHandlersOptions): HttpHandler[] {
  // Read through `options` on every request: a test or a reset may swap the store or the clock.
  const { jobs } = options
  jobs?.registerSettler(BULK_DUPLICATE_JOB, (now) => settleBulkDuplicateJobs(options.store, now))
  const base = options.baseUrl.replace(/\/+$/, '')

  function authorize(request: Request, projectGid: string | null): JwtClaims {
    const token = bearerOf(request)
    if (token === null) throw unauthorized('Missing JWT: authenticate first.')
    const check = verifyJwt(token, options.clock.now())
    if (!check.ok) throw unauthorized(check.reason === 'expired' ? 'JWT expired.' : 'Invalid JWT.')
    if (
      projectGid !== null &&
      (!KNOWN_PROJECTS.has(projectGid) || check.claims.project !== projectGid)
    ) {
      throw forbidden('Not a member of this project.')
    }
    return check.claims
  }

  function requireKnownProject(projectGid: string): void {
    if (!KNOWN_PROJECTS.has(projectGid)) throw forbidden('Not a member of this project.')
  }

  const faultHooks: FaultHooks = {
    getSettings: options.faults,
    random: options.random ?? Math.random,
    errorResponse: (status) =>
      failureResponse(
        new ProjectApiError(
          status,
          status,
          status === 503 ? 'Service unavailable' : 'Internal server error',
        ),
      ),
    rateLimitResponse: () => {
      const response = failureResponse(new ProjectApiError(429, 429, 'Too many requests'))
      response.headers.set('Retry-After', '1')
      return response
    },
  }

  /**
   * Wraps a resolver: injected faults first (a faulted request never reaches the store), then
   * every thrown API or selection error becomes Unicat's failure envelope.
   */
  function route(
    resolve: (request: Request, params: Record<string, string>) => Promise<Response>,
  ): (info: {
    request: Request
    params: Record<string, string | readonly string[] | undefined>
  }) => Promise<Response> {
    return withFaults(faultHooks, async ({ request, params }) => {
      const flat: Record<string, string> = {}
      for (const [key, value] of Object.entries(params))
        if (typeof value === 'string') flat[key] = value
      try {
        const response = await resolve(request, flat)
        // Every Project API call is a POST; only these change the store.
        if (/\/records\/bulk\/duplicate$/.test(new URL(request.url).pathname)) {
          await options.afterMutation?.()
        }
        return response
      } catch (error) {
        if (error instanceof ProjectApiError) return failureResponse(error)
        if (error instanceof SelectionEntryError)
          return failureResponse(selectionError(error.entry, error.reason))
        throw error
      }
    })
  }

  /** Brings jobs up to the clock's now before a request reads or adds any. */
  const settle = (): void => {
    if (jobs) jobs.settle()
    else settleBulkDuplicateJobs(options.store, options.clock.now())
  }

  return [
    http.post(
      `${base}/api/p/:projectGid/auth`,
      route(async (request, { projectGid = '' }) => {
        requireKnownProject(projectGid)
        const body = await readBody(request)
        if (body.api_key === undefined) throw badRequest('Missing parameter: api_key.')
        if (typeof body.api_key !== 'string') throw badRequest('api_key must be a string.')
        const role = ROLES_BY_API_KEY[body.api_key]
        if (role === undefined) throw unauthorized('Unknown API key.')
        settle()
        const jwt = issueJwt(projectGid, role, options.clock.now())
        return successResponse(
          { user: DEMO_ACCOUNT_ID, project: projectGid, 'cc.cursor': options.store.eventCursor },
          {},
          { Authorization: jwt },
        )
      }),
    ),

    http.post(
      `${base}/api/p/:projectGid/records/bulk/get`,
      route(async (request, { projectGid = '' }) => {
        authorize(request, projectGid)
        const body = await readBody(request)
        const selection = selectionParam(body)
        const locales = options.store.site.locales
        const language = body.language
        if (
          language !== undefined &&
          (typeof language !== 'string' || !locales.includes(language as never))
        ) {
          throw badRequest(`language must be one of ${locales.join(', ')}.`)
        }
        const size = pageParam(body, 'size') ?? BULK_GET_DEFAULT_PAGE_SIZE
        if (
          typeof size !== 'number' ||
          !Number.isInteger(size) ||
          size < 1 ||
          size > BULK_GET_MAX_PAGE_SIZE
        ) {
          throw badRequest(`page.size must be an integer from 1 to ${BULK_GET_MAX_PAGE_SIZE}.`)
        }
        const offset = decodeCursor(pageParam(body, 'cursor'))
        settle()
        const ids = resolveSelection(options.store, selection, {
          nowMs: options.clock.now(),
          language: typeof language === 'string' ? language : undefined,
        })
        const page = ids.slice(offset, offset + size)
        const catalog = new ModelCatalog(options.store)
        const languages = typeof language === 'string' ? [language] : locales
        const records: Record<string, JsonValue> = {}
        for (const id of page) {
          const record = options.store.getRecord(id)
          if (record) records[id] = recordSummary(catalog, record, languages)
        }
        return successResponse(
          {
            records: page,
            'records.size': ids.length,
            'page.cursor': offset + size < ids.length ? encodeCursor(offset + size) : null,
          },
          { records },
        )
      }),
    ),

    http.post(
      `${base}/api/p/:projectGid/records/bulk/duplicate`,
      route(async (request, { projectGid = '' }) => {
        const claims = authorize(request, projectGid)
        const body = await readBody(request)
        if (claims.role !== 'editor') throw forbidden('This API key may only read.')
        const selection = selectionParam(body)
        const faults = options.faults()
        // Earlier jobs' events first, so the new job's cursor follows them in time.
        settle()
        const now = options.clock.now()
        const recordIds = resolveSelection(options.store, selection, { nowMs: now })
        const job = startBulkDuplicateJob(options.store, {
          projectGid,
          apiKey: API_KEYS_BY_ROLE[claims.role],
          recordIds,
          nowMs: now,
          speed: faults.jobSpeed,
          failureRate: faults.jobFailureRate,
        })
        return successResponse({ 'job.token': job.id })
      }),
    ),

    http.post(
      `${base}/sync/cursors`,
      route(async (request) => {
        authorize(request, null)
        await readBody(request)
        settle()
        return successResponse({ 'cc.cursor': options.store.eventCursor })
      }),
    ),

    http.post(
      `${base}/sync/get`,
      route(async (request) => {
        const claims = authorize(request, null)
        const body = await readBody(request)
        const cursor = body.cc_cursor
        if (cursor === undefined) throw badRequest('Missing parameter: cc_cursor.')
        if (typeof cursor !== 'number' || !Number.isInteger(cursor) || cursor < 0) {
          throw badRequest('cc_cursor must be a non-negative integer.')
        }
        settle()
        const events = options.store
          .listJobEvents(cursor, SYNC_MAX_EVENTS + 1)
          .filter((event) => event.data.project_gid === claims.project)
        const result: Record<string, JsonValue> = {
          sync: events.slice(0, SYNC_MAX_EVENTS).map(toSyncEvent),
        }
        if (events.length > SYNC_MAX_EVENTS) {
          result.warning = `More than ${SYNC_MAX_EVENTS} events: call again from the last cursor.`
        }
        return successResponse(result)
      }),
    ),

    // Anything else under the Project API's paths: Unicat's envelope, not a bypass or a CMA error.
    http.all(
      `${base}/api/p/*`,
      route(async () => {
        throw new ProjectApiError(404, 404, 'Not found')
      }),
    ),
    http.all(
      `${base}/sync/*`,
      route(async () => {
        throw new ProjectApiError(404, 404, 'Not found')
      }),
    ),
  ]
}
