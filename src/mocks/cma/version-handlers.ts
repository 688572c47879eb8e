import { http } from 'msw'
import type { MockContext } from '../context'
import { cmaRoute, notFound, paramString } from './cma-http'
import { CMA_JOB_KINDS, startSingleCmaJob } from './cma-jobs'
import { pageParams, parseBracketParams } from './query-params'
import { serializeItemVersion } from './serializers'

/** Versions: default and maximum page size of the CMA. */
export const VERSIONS_PAGE_DEFAULT = 15
export const VERSIONS_PAGE_MAX = 50

/** `/items/:id/versions`, `/versions/:id`, `/versions/:id/restore`. */
export function createVersionHandlers(context: MockContext, baseUrl: string) {
  return [
    http.get(
      `${baseUrl}/items/:id/versions`,
      cmaRoute(context, { mutation: false }, ({ params, url }) => {
        const id = paramString(params, 'id')
        if (!context.store.getRecord(id)) throw notFound(`No record with id "${id}"`)
        const page = pageParams(
          parseBracketParams(url.searchParams),
          VERSIONS_PAGE_DEFAULT,
          VERSIONS_PAGE_MAX,
        )
        const versions = context.store.listVersions(id)
        return {
          status: 200,
          body: {
            data: versions
              .slice(page.offset, page.offset + page.limit)
              .map((version) => serializeItemVersion(context.store, version)),
            meta: { total_count: versions.length },
          },
        }
      }),
    ),
    http.get(
      `${baseUrl}/versions/:id`,
      cmaRoute(context, { mutation: false }, ({ params }) => {
        const version = context.store.getVersion(paramString(params, 'id'))
        if (!version) throw notFound(`No version with id "${paramString(params, 'id')}"`)
        return { status: 200, body: { data: serializeItemVersion(context.store, version) } }
      }),
    ),
    http.post(
      `${baseUrl}/versions/:id/restore`,
      cmaRoute(context, { mutation: true }, ({ params, token }) => {
        const version = context.store.getVersion(paramString(params, 'id'))
        if (!version) throw notFound(`No version with id "${paramString(params, 'id')}"`)
        return startSingleCmaJob(context, CMA_JOB_KINDS.restoreVersion, token, {
          versionId: version.id,
        })
      }),
    ),
  ]
}
