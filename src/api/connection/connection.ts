import type { CmaClientConfig } from '../http/cma-client'
import {
  DEFAULT_CMA_BASE_URL,
  DEFAULT_PROJECT_API_BASE_URL,
  DEMO_EDITOR_TOKEN,
  DEMO_ENVIRONMENT,
  DEMO_PROJECT_GID,
  DEMO_VIEWER_TOKEN,
} from '../demo-constants'

export type DemoRole = 'editor' | 'viewer'

/** The demo: the mock API runs inside the page (service worker). */
export interface DemoConnection {
  kind: 'demo'
  role: DemoRole
}

/** A real DatoCMS project (and optionally a Unicat-style Project API). */
export interface DatoConnection {
  kind: 'datocms'
  token: string
  environment: string
  cmaBaseUrl: string
  projectApiBaseUrl: string
  projectGid: string
  /** Keep the token in localStorage instead of sessionStorage. */
  rememberToken: boolean
}

export type Connection = DemoConnection | DatoConnection

export const DEFAULT_CONNECTION: Connection = { kind: 'demo', role: 'editor' }

/** What every API client needs, whatever the connection kind. */
export interface ResolvedEndpoints {
  token: string
  environment: string | undefined
  cmaBaseUrl: string
  projectApiBaseUrl: string | undefined
  projectGid: string | undefined
}

export function resolveEndpoints(connection: Connection): ResolvedEndpoints {
  if (connection.kind === 'demo') {
    return {
      token: connection.role === 'viewer' ? DEMO_VIEWER_TOKEN : DEMO_EDITOR_TOKEN,
      environment: DEMO_ENVIRONMENT,
      cmaBaseUrl: DEFAULT_CMA_BASE_URL,
      projectApiBaseUrl: DEFAULT_PROJECT_API_BASE_URL,
      projectGid: DEMO_PROJECT_GID,
    }
  }
  const hasProjectApi =
    connection.projectApiBaseUrl.trim() !== '' && connection.projectGid.trim() !== ''
  return {
    token: connection.token,
    environment: connection.environment.trim() || undefined,
    cmaBaseUrl: connection.cmaBaseUrl.trim() || DEFAULT_CMA_BASE_URL,
    projectApiBaseUrl: hasProjectApi ? connection.projectApiBaseUrl.trim() : undefined,
    projectGid: hasProjectApi ? connection.projectGid.trim() : undefined,
  }
}

/** The CMA client settings of a connection. */
export function cmaConfigOf(connection: Connection): CmaClientConfig {
  const endpoints = resolveEndpoints(connection)
  return {
    baseUrl: endpoints.cmaBaseUrl,
    token: endpoints.token,
    environment: endpoints.environment,
  }
}

/** A short label for the shell's badge: "Demo · editor" or "my-project · main". */
export function describeConnection(connection: Connection, siteName?: string): string {
  if (connection.kind === 'demo') return `Demo · ${connection.role}`
  const environment = connection.environment.trim() || 'primary environment'
  return `${siteName ?? new URL(connection.cmaBaseUrl || DEFAULT_CMA_BASE_URL).host} · ${environment}`
}
