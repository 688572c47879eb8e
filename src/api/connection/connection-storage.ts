import {
  DEFAULT_CONNECTION,
  type Connection,
  type DatoConnection,
  type DemoConnection,
} from './connection'

const SETTINGS_KEY = 'coc.connection.v1'
const TOKEN_KEY = 'coc.token.v1'

type StoredSettings = DemoConnection | Omit<DatoConnection, 'token'>

// Everything but the token: safe to keep in localStorage. Checked by hand rather than with zod
// because this runs on every first page load, where each kilobyte counts.
function parseStoredSettings(value: unknown): StoredSettings | undefined {
  if (!value || typeof value !== 'object') return undefined
  const record = value as Record<string, unknown>
  if (record.kind === 'demo') {
    return record.role === 'editor' || record.role === 'viewer'
      ? { kind: 'demo', role: record.role }
      : undefined
  }
  const strings = ['environment', 'cmaBaseUrl', 'projectApiBaseUrl', 'projectGid'] as const
  if (record.kind !== 'datocms' || typeof record.rememberToken !== 'boolean') return undefined
  if (!strings.every((key) => typeof record[key] === 'string')) return undefined
  return {
    kind: 'datocms',
    environment: record.environment as string,
    cmaBaseUrl: record.cmaBaseUrl as string,
    projectApiBaseUrl: record.projectApiBaseUrl as string,
    projectGid: record.projectGid as string,
    rememberToken: record.rememberToken,
  }
}

export interface ConnectionStorages {
  local: Storage
  session: Storage
}

function browserStorages(): ConnectionStorages {
  return { local: localStorage, session: sessionStorage }
}

/**
 * Reads the saved connection. A real connection whose token is gone (the tab that held it
 * closed) falls back to the demo rather than calling the API without credentials.
 */
export function loadConnection(storages: ConnectionStorages = browserStorages()): Connection {
  let parsed: StoredSettings | undefined
  try {
    const raw = storages.local.getItem(SETTINGS_KEY)
    parsed = raw ? parseStoredSettings(JSON.parse(raw)) : undefined
  } catch {
    return DEFAULT_CONNECTION
  }
  if (!parsed) return DEFAULT_CONNECTION
  if (parsed.kind === 'demo') return parsed
  const token = (parsed.rememberToken ? storages.local : storages.session).getItem(TOKEN_KEY)
  if (!token) return DEFAULT_CONNECTION
  return { ...parsed, token }
}

/** Saves the connection; the token goes to sessionStorage unless the user chose to remember it. */
export function saveConnection(
  connection: Connection,
  storages: ConnectionStorages = browserStorages(),
): void {
  storages.local.removeItem(TOKEN_KEY)
  storages.session.removeItem(TOKEN_KEY)
  if (connection.kind === 'demo') {
    storages.local.setItem(SETTINGS_KEY, JSON.stringify(connection))
    return
  }
  const { token, ...settings } = connection
  storages.local.setItem(SETTINGS_KEY, JSON.stringify(settings))
  ;(connection.rememberToken ? storages.local : storages.session).setItem(TOKEN_KEY, token)
}
