// Measures the JavaScript and CSS that the first page load fetches on a real connection
// (the mock must not be among them), gzipped, in Chromium against the production build.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, waitForServer } from './support.mjs'

export const FIRST_LOAD_JS_BUDGET_KB = 130

const PORT = 4180

/** @param {{ executablePath: string, distDir: string }} options */
export async function measureFirstLoad({ executablePath, distDir }) {
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
    env: { ...process.env, BASE_PATH: '/' },
    stdio: 'ignore',
    detached: true,
  })
  try {
    await waitForServer(`http://localhost:${PORT}/`)
    const browser = await chromium.launch({
      executablePath,
      args: CHROMIUM_ARGS,
    })
    const context = await browser.newContext()
    // A real connection: the settings the connection page would save (token in sessionStorage).
    await context.addInitScript(() => {
      localStorage.setItem(
        'coc.connection.v1',
        JSON.stringify({
          kind: 'datocms',
          environment: '',
          cmaBaseUrl: 'https://site-api.datocms.com',
          projectApiBaseUrl: '',
          projectGid: '',
          rememberToken: false,
        }),
      )
      sessionStorage.setItem('coc.token.v1', 'bench-token')
    })
    const page = await context.newPage()
    // No network here: answer the API calls with a 401 so the page settles like a real one.
    await page.route('https://site-api.datocms.com/**', (route) =>
      route.fulfill({ status: 401, contentType: 'application/json', body: '{"data":[]}' }),
    )
    const fetched = []
    page.on('response', (response) => {
      const url = new URL(response.url())
      if (url.origin === `http://localhost:${PORT}` && /\.(js|css)$/.test(url.pathname))
        fetched.push(url.pathname)
    })
    await page.goto(`http://localhost:${PORT}/records`, { waitUntil: 'networkidle' })
    await browser.close()

    const files = fetched.map((path) => {
      const bytes = readFileSync(join(distDir, path))
      return { path, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length }
    })
    const sum = (kind) =>
      files
        .filter((file) => file.path.endsWith(kind))
        .reduce((total, file) => total + file.gzipBytes, 0)
    const mockFiles = files.filter((file) => /mock|msw|browser-/i.test(file.path))
    return { files, jsGzipBytes: sum('.js'), cssGzipBytes: sum('.css'), mockFiles }
  } finally {
    process.kill(-server.pid)
  }
}
