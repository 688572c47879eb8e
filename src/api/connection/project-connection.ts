import { createProjectClient, type ProjectClient } from '../http/project-client'
import { getActiveConnection, subscribeToConnection } from './active-connection'
import { resolveEndpoints } from './connection'

// Apart from the CMA client: only bulk selections and their jobs need the Project API, so its
// client stays out of the first page load.
let project: ProjectClient | null | undefined
subscribeToConnection(() => {
  project = undefined
})

/** The Project API client of the active connection, or undefined when it has none. */
export function projectApi(): ProjectClient | undefined {
  if (project === undefined) {
    const endpoints = resolveEndpoints(getActiveConnection())
    project =
      endpoints.projectApiBaseUrl && endpoints.projectGid
        ? createProjectClient({
            baseUrl: endpoints.projectApiBaseUrl,
            projectGid: endpoints.projectGid,
            apiKey: endpoints.token,
          })
        : null
  }
  return project ?? undefined
}

/** Test hook: forget the client so the next call reads the connection again. */
export function resetProjectApiForTests(): void {
  project = undefined
}
