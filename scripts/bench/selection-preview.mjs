// Measures the selection builder in Chromium against the production build, connected to the
// standalone mock (both dialects on one local origin) with the large dataset:
//  - preview time of a three-entry selection: from opening it to its total and first page
//    painted (every request to the Project API included);
//  - how often the Jobs tray updates while a 1,000-record bulk duplicate runs (real job speed).
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, waitForServer } from './support.mjs'
import { runnerImport } from 'vite'

export const SELECTION_PREVIEW_GOAL_MS = 300
export const TRAY_UPDATES_GOAL_PER_S = 1

const PORT = 4182
const PREVIEW_RUNS = 5
const TRAY_WINDOW_MS = 15_000

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

function titleOf(record) {
  const title = record.attributes.title
  return title && typeof title === 'object' ? title.en : undefined
}

/** Opens a saved selection and resolves when its total and first page are painted. */
function openAndTime(page, name, expectedTotal) {
  return page.evaluate(
    ({ name, expectedTotal }) =>
      new Promise((resolve, reject) => {
        const button = [...document.querySelectorAll('button')].find(
          (candidate) => candidate.getAttribute('aria-label') === `Open ‘${name}’`,
        )
        if (!button) return reject(new Error(`no saved selection ${name}`))
        const started = performance.now()
        button.click()
        const watch = () => {
          const preview = document.querySelector('section[aria-label="Preview"]')
          const text = preview?.textContent ?? ''
          const isShown =
            text.includes(`${expectedTotal} records`) &&
            !text.includes('updating…') &&
            (preview?.querySelectorAll('tbody tr').length ?? 0) > 0
          if (performance.now() - started > 20_000) return reject(new Error(`timeout: ${text}`))
          if (!isShown) return requestAnimationFrame(watch)
          // A message posted from requestAnimationFrame arrives after that frame is painted.
          const channel = new MessageChannel()
          channel.port1.onmessage = () => resolve(performance.now() - started)
          channel.port2.postMessage(null)
        }
        requestAnimationFrame(watch)
      }),
    { name, expectedTotal },
  )
}

async function openBrowserOn(browser, base, mock, saved) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
  await context.addInitScript(
    ({ url, gid, token, saved }) => {
      localStorage.setItem(
        'coc.connection.v1',
        JSON.stringify({
          kind: 'datocms',
          environment: '',
          cmaBaseUrl: url,
          projectApiBaseUrl: url,
          projectGid: gid,
          rememberToken: false,
        }),
      )
      sessionStorage.setItem('coc.token.v1', token)
      const key = `coc.saved-selections.v1:${url}|`
      if (!localStorage.getItem(key)) localStorage.setItem(key, JSON.stringify(saved))
    },
    { url: mock.url, gid: mock.credentials.projectGid, token: mock.credentials.editorToken, saved },
  )
  const page = await context.newPage()
  await page.goto(`${base}/selections`)
  await page.getByRole('list', { name: 'Saved selections' }).waitFor({ timeout: 30_000 })
  return page
}

const savedAt = new Date().toISOString()
const format = (value) => value.toLocaleString('en-US')

async function measurePreview({ browser, base, standalone, selection }) {
  // Local network, no added latency: the time measured is the app's and the server's.
  const mock = await standalone.startStandaloneServer({
    port: 0,
    seedSize: 'large',
    faultsSearch: 'mock.latency=0&mock.jitter=0',
  })
  try {
    const { store } = mock.context
    const records = [...store.allRecords()]
    const magazine = records.find((record) => titleOf(record) === 'Magazine')
    const blogPost = store.listItemTypes().find((model) => model.apiKey === 'blog_post')
    const firstPost = store.recordsOfType(blogPost.id)[0]
    const webChildren = store.channelChildrenOf('web', magazine.id).map((record) => record.id)
    // Three entries: a record, the web children of a page, a search with a filter. Each run
    // excludes one more child, so every run is a selection the app has not seen yet.
    const runs = Array.from({ length: PREVIEW_RUNS + 1 }, (_, index) => {
      const exclude = webChildren.slice(0, index)
      const value = [
        firstPost.id,
        { children: magazine.id, channel: 'web', ...(exclude.length ? { exclude } : {}) },
        {
          search: {
            language: 'en',
            q: '+coffee',
            filter: [
              'and',
              '',
              [
                ['classes', 'has', 'blog_post'],
                ['status', 'is', 'published'],
              ],
            ],
          },
        },
      ]
      const total = selection.resolveSelection(store, value, { nowMs: Date.now() }).length
      return { name: `Bench ${index}`, selection: value, total, savedAt }
    })
    const page = await openBrowserOn(browser, base, mock, runs)
    // The first run warms the browser and the server's caches; the others are measured.
    await openAndTime(page, runs[0].name, format(runs[0].total))
    const times = []
    for (const run of runs.slice(1))
      times.push(await openAndTime(page, run.name, format(run.total)))
    await page.context().close()
    return {
      medianMs: median(times),
      maxMs: Math.max(...times),
      runs: times.length,
      total: runs[1].total,
      records: records.length,
    }
  } finally {
    await mock.close()
  }
}

async function measureTray({ browser, base, standalone }) {
  // The demo dataset: the mock copies records far more slowly in the large one (its own cost,
  // not the console's), which would measure the mock rather than the tray.
  const mock = await standalone.startStandaloneServer({
    port: 0,
    seedSize: 'demo',
    faultsSearch: 'mock.latency=0&mock.jitter=0',
  })
  try {
    const { store } = mock.context
    const blogPost = store.listItemTypes().find((model) => model.apiKey === 'blog_post')
    const thousand = store
      .recordsOfType(blogPost.id)
      .slice(0, 1000)
      .map((record) => record.id)
    const page = await openBrowserOn(browser, base, mock, [
      { name: 'Bench 1000', selection: thousand, savedAt },
    ])
    await openAndTime(page, 'Bench 1000', '1,000')
    await page.getByRole('button', { name: 'Duplicate 1,000 records' }).click()
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: 'Duplicate 1,000 records' })
      .click()
    await page.getByRole('button', { name: /^Jobs:/ }).click()
    const progressbar = page
      .getByRole('region', { name: 'Jobs' })
      .getByRole('progressbar', { name: 'Progress of Duplicate 1,000 records' })
    await progressbar.waitFor({ timeout: 30_000 })
    // Real job speed: 1,000 copies take about 40 s; the first 15 s of processing are watched.
    const updates = await progressbar.evaluate(
      (element, windowMs) =>
        new Promise((resolve) => {
          const times = []
          let last = element.getAttribute('aria-valuetext')
          const started = performance.now()
          const observer = new MutationObserver(() => {
            const value = element.getAttribute('aria-valuetext')
            if (value !== last) {
              last = value
              times.push(performance.now() - started)
            }
          })
          observer.observe(element, { attributes: true, attributeFilter: ['aria-valuetext'] })
          setTimeout(() => {
            observer.disconnect()
            resolve({ times, last })
          }, windowMs)
        }),
      TRAY_WINDOW_MS,
    )
    await page.context().close()
    const { times } = updates
    const gaps = times.slice(1).map((time, index) => time - (times[index] ?? 0))
    const span = (times.at(-1) ?? 0) - (times[0] ?? 0)
    return {
      updates: times.length,
      // Cadence between the first and the last update seen (the window's edges aside).
      perSecond: times.length > 1 ? (times.length - 1) / (span / 1000) : 0,
      medianGapMs: median(gaps),
      maxGapMs: gaps.length ? Math.max(...gaps) : TRAY_WINDOW_MS,
      lastProgress: updates.last,
    }
  } finally {
    await mock.close()
  }
}

/** @param {{ executablePath: string }} options */
export async function measureSelections({ executablePath }) {
  const root = fileURLToPath(new URL('../..', import.meta.url))
  const load = async (path) =>
    (await runnerImport(path, { root, configFile: false, logLevel: 'error' })).module
  const standalone = await load('/src/mocks/standalone.ts')
  const selection = await load('/src/mocks/project/selection/index.ts')
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
    env: { ...process.env, BASE_PATH: '/' },
    stdio: 'ignore',
    detached: true,
  })
  const base = `http://localhost:${PORT}`
  let browser
  try {
    await waitForServer(`${base}/`)
    browser = await chromium.launch({
      executablePath,
      args: CHROMIUM_ARGS,
    })
    const preview = await measurePreview({ browser, base, standalone, selection })
    const tray = await measureTray({ browser, base, standalone })
    return { preview, tray }
  } finally {
    await browser?.close()
    try {
      process.kill(-server.pid)
    } catch {
      // Already gone.
    }
  }
}
