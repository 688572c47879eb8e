/**
 * `npm run mock:serve`: the mock API (both dialects) as a local HTTP server on 127.0.0.1.
 *
 * Environment:
 *   PORT         port to listen on (default 8787; 0 picks a free one)
 *   MOCK_FAULTS  fault settings as the demo's URL takes them, e.g. `mock.latency=0&mock.errors=0.1`
 *   MOCK_SEED    `demo` (default) or `large` (50,000+ records, for benchmarks)
 *
 * Node can't run the TypeScript sources directly, so Vite (already a dev dependency) loads
 * `src/mocks/standalone.ts` through its module runner: transformed on the fly, no build step,
 * no extra tool.
 */
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'

const root = fileURLToPath(new URL('..', import.meta.url))

function parsePort(raw) {
  if (raw === undefined || raw === '') return 8787
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be an integer from 0 to 65535, got "${raw}"`)
    process.exit(1)
  }
  return port
}

const seedSize = process.env.MOCK_SEED ?? 'demo'
if (seedSize !== 'demo' && seedSize !== 'large') {
  console.error(`MOCK_SEED must be "demo" or "large", got "${seedSize}"`)
  process.exit(1)
}

const startedAt = performance.now()
const { module } = await runnerImport('/src/mocks/standalone.ts', {
  root,
  configFile: false,
  logLevel: 'error',
})
const server = await module.startStandaloneServer({
  port: parsePort(process.env.PORT),
  faultsSearch: process.env.MOCK_FAULTS ?? '',
  seedSize,
})
const { editorToken, viewerToken, projectGid } = server.credentials
const seconds = ((performance.now() - startedAt) / 1000).toFixed(1)

console.log(`Mock API (CMA + Project API) listening on ${server.url}  [${seedSize} seed, ${server.context.store.recordCount} records, ready in ${seconds} s]

  CMA base URL          ${server.url}
  Project API base URL  ${server.url}   (/api/p/<gid>/… and /sync/…)
  Editor token          ${editorToken}
  Viewer token          ${viewerToken}   (read only)
  Project gid           ${projectGid}

  # -g stops curl from reading the brackets of filter[type] as a URL glob
  curl -g '${server.url}/items?filter[type]=blog_post' -H 'Authorization: Bearer ${editorToken}'
  curl -i -X POST ${server.url}/api/p/${projectGid}/auth -H 'Content-Type: application/json' -d '{"api_key":"${editorToken}"}'

Content lives in memory and starts from the seed on every run. Ctrl+C stops.`)

let closing = false
function shutdown() {
  if (closing) return
  closing = true
  server.close().then(
    () => process.exit(0),
    (error) => {
      console.error(error)
      process.exit(1)
    },
  )
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
