/**
 * The mock API as a local HTTP server (`npm run mock:serve`): both dialects on one origin — the
 * CMA at `/`, the Project API at `/api/p/…` and `/sync/…` — with CORS on, so other tools, other
 * machines' browsers (through a tunnel) and shared demos can use it. Requests are dispatched
 * through the very handlers the service worker and `msw/node` use. Content lives in memory:
 * every start begins from the seed.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getResponse } from 'msw'
import { DEMO_EDITOR_TOKEN, DEMO_PROJECT_GID, DEMO_VIEWER_TOKEN } from '../api/demo-constants'
import { realClock } from './clock'
import { createMockContext, type MockContext } from './context'
import { DEFAULT_FAULT_SETTINGS, parseFaultSettingsFromSearch, type FaultSettings } from './faults'
import { createHandlers } from './handlers'
import { warmTextIndex } from './project/selection'
import type { SeedSize } from './store/types'

export const STANDALONE_DEFAULT_PORT = 8787

/** Headers a browser client must be able to read from a cross-origin answer. */
const EXPOSED_HEADERS = [
  'Authorization',
  'WWW-Authenticate',
  'Retry-After',
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
  'X-RateLimit-Reset',
  'X-Api-Version',
  'X-Environment',
].join(', ')

const ALLOWED_METHODS = 'GET, POST, PUT, PATCH, DELETE, OPTIONS'
const DEFAULT_ALLOWED_HEADERS =
  'Authorization, Content-Type, Accept, X-Api-Version, X-Environment, X-Site-Domain'

export interface StandaloneServerOptions {
  /** 0 picks a free port. Default 8787. */
  port?: number
  /** Loopback by default: the mock has no real authentication. */
  host?: string
  faults?: Partial<FaultSettings>
  /** Fault settings as the demo's URL takes them (`mock.latency=0&mock.errors=0.1`); beats `faults`. */
  faultsSearch?: string
  /** `demo` (default) or `large` (50,000+ records, for benchmarks). */
  seedSize?: SeedSize
}

export interface StandaloneServer {
  /** e.g. `http://127.0.0.1:8787` — the base URL of both dialects. */
  url: string
  context: MockContext
  credentials: { editorToken: string; viewerToken: string; projectGid: string }
  close(): Promise<void>
}

function corsHeaders(request: IncomingMessage): Record<string, string> {
  const origin = request.headers.origin
  return {
    // Echoing the origin (rather than `*`) lets clients that send credentials work too.
    'Access-Control-Allow-Origin': typeof origin === 'string' ? origin : '*',
    'Access-Control-Expose-Headers': EXPOSED_HEADERS,
    Vary: 'Origin',
  }
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks)))
    request.on('error', reject)
  })
}

function toFetchRequest(request: IncomingMessage, baseUrl: string, body: Buffer): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  const method = request.method ?? 'GET'
  const hasBody = method !== 'GET' && method !== 'HEAD' && body.length > 0
  return new Request(new URL(request.url ?? '/', baseUrl), {
    method,
    headers,
    body: hasBody ? new Uint8Array(body) : undefined,
  })
}

async function writeResponse(
  response: Response,
  request: IncomingMessage,
  out: ServerResponse,
): Promise<void> {
  // Lower-cased names, so the server's CORS headers replace a dialect's own instead of doubling.
  const headers: Record<string, string> = {}
  response.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value
  })
  for (const [name, value] of Object.entries(corsHeaders(request))) {
    headers[name.toLowerCase()] = value
  }
  const body = Buffer.from(await response.arrayBuffer())
  out.writeHead(response.status, headers)
  out.end(request.method === 'HEAD' ? undefined : body)
}

async function handle(
  request: IncomingMessage,
  out: ServerResponse,
  baseUrl: string,
  handlers: ReturnType<typeof createHandlers>,
): Promise<void> {
  if (request.method === 'OPTIONS') {
    const requested = request.headers['access-control-request-headers']
    out.writeHead(204, {
      ...corsHeaders(request),
      'Access-Control-Allow-Methods': ALLOWED_METHODS,
      'Access-Control-Allow-Headers':
        typeof requested === 'string' && requested !== '' ? requested : DEFAULT_ALLOWED_HEADERS,
      'Access-Control-Max-Age': '600',
    })
    out.end()
    return
  }
  const body = await readBody(request)
  const response = await getResponse(handlers, toFetchRequest(request, baseUrl, body))
  if (!response) {
    // Every path has a catch-all in one dialect or the other; this is a safety net.
    await writeResponse(
      Response.json(
        { error: `No mock route for ${request.method} ${request.url}` },
        { status: 404 },
      ),
      request,
      out,
    )
    return
  }
  // An injected dropped connection: hang up without an answer, as a broken network would.
  if (response.type === 'error') {
    request.socket.destroy()
    return
  }
  await writeResponse(response, request, out)
}

/** Starts the server; resolves once it listens. */
export async function startStandaloneServer(
  options: StandaloneServerOptions = {},
): Promise<StandaloneServer> {
  const host = options.host ?? '127.0.0.1'
  const context = createMockContext({
    clock: realClock,
    seed: { size: options.seedSize ?? 'demo' },
    faults: {
      ...DEFAULT_FAULT_SETTINGS,
      ...options.faults,
      ...parseFaultSettingsFromSearch(options.faultsSearch ?? ''),
    },
  })
  let handlers: ReturnType<typeof createHandlers> = []
  let baseUrl = ''
  const server: Server = createServer((request, out) => {
    handle(request, out, baseUrl, handlers).catch((error: unknown) => {
      console.error('mock server: request failed', error)
      if (!out.headersSent)
        out.writeHead(500, {
          'Content-Type': 'application/json; charset=utf-8',
          ...corsHeaders(request),
        })
      out.end(JSON.stringify({ error: 'Internal mock error' }))
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? STANDALONE_DEFAULT_PORT, host, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address() as AddressInfo
  const hostForUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address
  baseUrl = `http://${hostForUrl}:${address.port}`
  // Both dialects on one origin: handlers are built for the URL the server actually got.
  handlers = createHandlers(context, { cmaBaseUrl: baseUrl, projectBaseUrl: baseUrl })
  // Build the word index of every locale before the first search arrives.
  for (const locale of context.store.site.locales) warmTextIndex(context.store, locale)

  return {
    url: baseUrl,
    context,
    credentials: {
      editorToken: DEMO_EDITOR_TOKEN,
      viewerToken: DEMO_VIEWER_TOKEN,
      projectGid: DEMO_PROJECT_GID,
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
