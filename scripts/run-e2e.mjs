// Builds the production bundle under a sub-path and runs the Playwright journeys against it.
import { spawnSync } from 'node:child_process'
import { findChromium } from './find-chromium.mjs'

export const E2E_BASE_PATH = '/console/'

function run(command, args, env) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

const executablePath = await findChromium()
console.log(`[e2e] Chromium: ${executablePath}`)
if (!process.argv.includes('--no-build')) {
  run('npx', ['vite', 'build', '--logLevel', 'warn'], { BASE_PATH: E2E_BASE_PATH })
}
const passThrough = process.argv.slice(2).filter((arg) => arg !== '--no-build')
run('npx', ['playwright', 'test', ...passThrough], {
  CHROMIUM_PATH: executablePath,
  BASE_PATH: E2E_BASE_PATH,
})
