// Finds a Chromium for Playwright, in this order: an explicit path from the environment,
// Debian's /usr/bin/chromium (installed with apt-get when running as root on Debian),
// then Playwright's own downloaded browser. Prints the path, or exits 1 with what to do.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const DEBIAN_CHROMIUM = '/usr/bin/chromium'

function fromEnvironment() {
  const explicit = process.env.CHROMIUM_PATH || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH
  if (!explicit) return undefined
  if (!existsSync(explicit)) {
    fail(`CHROMIUM_PATH is set to ${explicit}, but there is no file there.`)
  }
  return explicit
}

function installDebianChromium() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  if (!isRoot || !existsSync('/etc/debian_version') || !existsSync('/usr/bin/apt-get'))
    return undefined
  console.error("[e2e] Installing Debian's chromium package (apt-get install -y chromium)…")
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env })
  return existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined
}

async function playwrightsOwn() {
  try {
    const { chromium } = await import('playwright-core')
    const path = chromium.executablePath()
    return path && existsSync(path) ? path : undefined
  } catch {
    return undefined
  }
}

function fail(message) {
  console.error(`[e2e] ${message}`)
  process.exit(1)
}

export async function findChromium() {
  return (
    fromEnvironment() ??
    (existsSync(DEBIAN_CHROMIUM) ? DEBIAN_CHROMIUM : undefined) ??
    installDebianChromium() ??
    (await playwrightsOwn()) ??
    fail(
      "No Chromium found. Set CHROMIUM_PATH to a Chromium or Chrome binary, install Debian's " +
        '"chromium" package (apt-get install chromium), or run "npx playwright install chromium".',
    )
  )
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await findChromium())
}
