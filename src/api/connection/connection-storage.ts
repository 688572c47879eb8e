import { z } from 'zod/mini'
import { DEFAULT_CONNECTION, type Connection } from './connection'

const SETTINGS_KEY = 'coc.connection.v1'
const TOKEN_KEY = 'coc.token.v1'

// Everything but the token: safe to keep in localStorage.
const storedSettingsSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('demo'), role: z.enum(['editor', 'viewer']) }),
  z.object({
    kind: z.literal('datocms'),
    environment: z.string(),
    cmaBaseUrl: z.string(),
    projectApiBaseUrl: z.string(),
    projectGid: z.string(),
    rememberToken: z.boolean(),
  }),
])

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
  let parsed: z.infer<typeof storedSettingsSchema>
  try {
    const raw = storages.local.getItem(SETTINGS_KEY)
    if (!raw) return DEFAULT_CONNECTION
    const result = storedSettingsSchema.safeParse(JSON.parse(raw))
    if (!result.success) return DEFAULT_CONNECTION
    parsed = result.data
  } catch {
    return DEFAULT_CONNECTION
  }
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
