// Measures the records table in Chromium against the production build (demo connection, mock
// in the service worker): the time from a 500-record page's data arriving in the page to that
// page being painted, and frame times while scrolling it.
import { spawn } from 'node:child_process'
import { chromium } from 'playwright-core'
import { CHROMIUM_ARGS, waitForServer } from './support.mjs'

export const RECORDS_PAINT_GOAL_MS = 100
export const RECORDS_FRAME_GOAL_MS = 50

const PORT = 4181
const SCROLL_DURATION_MS = 3000

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0
}

// Runs in the page before the app: notes when the body of a 500-record list has been read
// (the moment the app has its data), then, on the first frame where the table shows it, when
// that frame has been painted (a message posted from requestAnimationFrame runs after paint).
function instrumentPage() {
  const originalFetch = window.fetch.bind(window)
  window.__bench = { samples: [] }
  window.fetch = async (input, init) => {
    const response = await originalFetch(input, init)
    const url = typeof input === 'string' ? input : input.url
    if (/\/items\?/.test(url) && /page%5Blimit%5D=500/.test(url)) {
      const readText = response.text.bind(response)
      response.text = async () => {
        const text = await readText()
        const arrivedAt = performance.now()
        const offset = new URL(url).searchParams.get('page[offset]') ?? '0'
        const expected = `${(Number(offset) + 1).toLocaleString()}–`
        const watch = () => {
          const table = document.querySelector('table[aria-label="Records"]')
          const footer = table?.closest('div')?.parentElement?.textContent ?? ''
          const isShown =
            table &&
            table.getAttribute('aria-busy') !== 'true' &&
            table.querySelectorAll('tbody tr[data-row-index]').length > 0 &&
            footer.includes(expected)
          if (!isShown) {
            requestAnimationFrame(watch)
            return
          }
          const channel = new MessageChannel()
          channel.port1.onmessage = () =>
            window.__bench.samples.push({ url, paintMs: performance.now() - arrivedAt })
          channel.port2.postMessage(null)
        }
        requestAnimationFrame(watch)
        return text
      }
    }
    return response
  }
}

async function scrollFrames(page) {
  return page.evaluate(async (durationMs) => {
    const table = document.querySelector('table[aria-label="Records"]')
    const scroller = table?.parentElement
    if (!scroller) throw new Error('no records table')
    const frames = []
    const started = performance.now()
    let last = started
    let direction = 1
    await new Promise((resolve) => {
      const step = (now) => {
        frames.push(now - last)
        last = now
        const max = scroller.scrollHeight - scroller.clientHeight
        if (scroller.scrollTop >= max - 1) direction = -1
        if (scroller.scrollTop <= 0) direction = 1
        // About a screenful every few frames: far faster than anyone reads.
        scroller.scrollTop += direction * 240
        if (now - started < durationMs) requestAnimationFrame(step)
        else resolve()
      }
      requestAnimationFrame(step)
    })
    return { frames: frames.slice(1), rendered: table.querySelectorAll('tbody tr').length }
  }, SCROLL_DURATION_MS)
}

/** @param {{ executablePath: string }} options */
export async function measureRecordsTable({ executablePath }) {
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
    env: { ...process.env, BASE_PATH: '/' },
    stdio: 'ignore',
    detached: true,
  })
  try {
    const base = `http://localhost:${PORT}`
    await waitForServer(`${base}/`)
    const browser = await chromium.launch({
      executablePath,
      args: CHROMIUM_ARGS,
    })
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
    await context.addInitScript(instrumentPage)
    const page = await context.newPage()
    await page.goto(`${base}/records?model=blog_post`)
    const table = page.getByRole('table', { name: 'Records' })
    await table.locator('tbody tr[data-row-index]').first().waitFor({ timeout: 30_000 })

    // Every view is a new query, so each sample renders freshly fetched data.
    const views = [
      'per=500',
      'per=500&page=2',
      'per=500&page=3',
      'per=500&sort=title',
      'per=500&sort=-title',
      'per=500&sort=_created_at',
      'per=500&sort=-_created_at&density=compact',
      'per=500&sort=_updated_at&density=compact',
    ]
    for (const [index, view] of views.entries()) {
      await page.evaluate((search) => {
        window.history.pushState(null, '', `/records?model=blog_post&${search}`)
        window.dispatchEvent(new PopStateEvent('popstate'))
      }, view)
      await page.waitForFunction((count) => window.__bench.samples.length > count, index, {
        timeout: 30_000,
      })
    }
    const paints = await page.evaluate(() => window.__bench.samples.map((sample) => sample.paintMs))
    const scroll = await scrollFrames(page)
    await browser.close()
    return {
      paintMedianMs: percentile(paints, 50),
      paintMaxMs: Math.max(...paints),
      paints,
      frameCount: scroll.frames.length,
      frameP95Ms: percentile(scroll.frames, 95),
      frameMaxMs: Math.max(...scroll.frames),
      renderedRows: scroll.rendered,
    }
  } finally {
    process.kill(-server.pid)
  }
}
