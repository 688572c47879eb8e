import { http, type HttpHandler } from 'msw'
import { DEFAULT_CMA_BASE_URL } from '../../api/demo-constants'
import type { MockContext } from '../context'
import { createBulkHandlers } from './bulk-handlers'
import { cmaRoute, notFound, paramString } from './cma-http'
import { registerCmaJobs } from './cma-jobs'
import { createItemHandlers } from './item-handlers'
import { createSchemaHandlers } from './schema-handlers'
import { serializeJobResult } from './serializers'
import { createVersionHandlers } from './version-handlers'

export interface CreateCmaHandlersOptions {
  context: MockContext
  /** Origin (and optional path) to answer on; the real `https://site-api.datocms.com` by default. */
  baseUrl?: string
}

function trimBase(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '')
}

/**
 * Every CMA endpoint of the contract over the shared context. Registers the CMA's job kinds on
 * the context's job runner. Put `createCmaFallbackHandlers` after every other handler.
 */
export function createCmaHandlers({
  context,
  baseUrl = DEFAULT_CMA_BASE_URL,
}: CreateCmaHandlersOptions): HttpHandler[] {
  const base = trimBase(baseUrl)
  registerCmaJobs(context)
  return [
    // Bulk before items: `/items/bulk/publish` must not read as `/items/:id/…`.
    ...createBulkHandlers(context, base),
    ...createSchemaHandlers(context, base),
    ...createVersionHandlers(context, base),
    ...createItemHandlers(context, base),
    http.get(
      `${base}/job-results/:id`,
      cmaRoute(context, { mutation: false }, ({ params }) => {
        const id = paramString(params, 'id')
        // cmaRoute has settled due jobs already.
        const job = context.store.getJob(id)
        // While running, the real API answers 404 too: the client keeps polling.
        if (!job || job.dialect !== 'cma' || job.finishedAt === null)
          throw notFound('ActiveRecord::RecordNotFound')
        return { status: 200, body: { data: serializeJobResult(job) } }
      }),
    ),
  ]
}

/**
 * CORS preflight and the JSON 404 for unknown CMA routes. Last in the handler list, so on a
 * shared origin (the standalone server) other dialects' routes match first.
 */
export function createCmaFallbackHandlers({
  context,
  baseUrl = DEFAULT_CMA_BASE_URL,
}: CreateCmaHandlersOptions): HttpHandler[] {
  const base = trimBase(baseUrl)
  return [
    http.options(
      `${base}/*`,
      () =>
        new Response(null, {
          status: 204,
          headers: {
            'Access-Control-Allow-Origin': '*',
            'Access-Control-Allow-Methods': 'GET, POST, PUT, OPTIONS, DELETE',
            'Access-Control-Allow-Headers':
              'authorization, content-type, accept, x-environment, x-api-version, x-site-domain, user-agent',
            'Access-Control-Max-Age': '600',
          },
        }),
    ),
    http.all(
      `${base}/*`,
      cmaRoute(context, { mutation: false }, ({ request }) => {
        const path = new URL(request.url).pathname
        throw notFound(`No route ${request.method} ${path}`)
      }),
    ),
  ]
}
