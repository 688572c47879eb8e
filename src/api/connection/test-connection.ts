import type { RawApiTypes } from '@datocms/cma-client'
import { describeApiError } from '../http/describe-api-error'
import { createCmaClient } from '../http/cma-client'
import { createProjectClient } from '../http/project-client'
import { cmaConfigOf, resolveEndpoints, type Connection } from './connection'

export type ConnectionTestResult =
  | {
      ok: true
      siteName: string
      environment: string
      locales: string[]
      projectApi: 'ok' | 'not-configured'
    }
  | { ok: false; message: string; status: number }

/**
 * Tries the connection with one cheap authenticated call (`GET /site`) and, when configured,
 * the Project API's auth call. Never throws; the outcome is in words.
 */
export async function testConnection(
  connection: Connection,
  signal?: AbortSignal,
): Promise<ConnectionTestResult> {
  const endpoints = resolveEndpoints(connection)
  const client = createCmaClient(cmaConfigOf(connection))
  let site: RawApiTypes.Site
  try {
    site = (await client.get<{ data: RawApiTypes.Site }>('/site', { signal })).data
  } catch (error) {
    return { ok: false, message: describeApiError(error), status: statusOf(error) }
  }

  let projectApi: 'ok' | 'not-configured' = 'not-configured'
  if (endpoints.projectApiBaseUrl && endpoints.projectGid) {
    const project = createProjectClient({
      baseUrl: endpoints.projectApiBaseUrl,
      projectGid: endpoints.projectGid,
      apiKey: endpoints.token,
    })
    try {
      await project.authenticate(signal)
      projectApi = 'ok'
    } catch (error) {
      const status = statusOf(error)
      return {
        ok: false,
        status,
        message:
          status === 403
            ? 'The CMA works, but this token is not a member of that Project API project (check the project gid).'
            : `The CMA works, but the Project API did not accept the connection: ${describeApiError(error)}`,
      }
    }
  }

  return {
    ok: true,
    siteName: site.attributes.name,
    environment: endpoints.environment ?? 'primary',
    locales: site.attributes.locales,
    projectApi,
  }
}

function statusOf(error: unknown): number {
  return typeof error === 'object' &&
    error !== null &&
    'status' in error &&
    typeof error.status === 'number'
    ? error.status
    : 0
}
