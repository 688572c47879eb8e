import { defineConfig, devices } from '@playwright/test'

const PORT = 4173
const BASE_PATH = process.env.BASE_PATH ?? '/console/'

// scripts/run-e2e.mjs resolves the browser (env, Debian's chromium, or Playwright's own).
const executablePath = process.env.CHROMIUM_PATH || undefined

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://localhost:${PORT}${BASE_PATH}`,
    trace: 'retain-on-failure',
    // Colour transitions and toast fade-ins would let axe sample a half-drawn frame; editors who
    // ask for reduced motion see exactly this, and everyone else sees the same end state.
    reducedMotion: 'reduce',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath,
          args: [
            '--no-sandbox',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-gpu',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  webServer: {
    // The production build (made by scripts/run-e2e.mjs with BASE_PATH) served under the sub-path.
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}${BASE_PATH}`,
    reuseExistingServer: !process.env.CI,
    env: { BASE_PATH },
    timeout: 60_000,
  },
})
