// @vitest-environment node
import '../testing/node-storage-shim'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_CMA_BASE_URL, DEFAULT_PROJECT_API_BASE_URL } from '../../api/demo-constants'
import { createTestClock, type TestClock } from '../clock'
import { demoCredentials, mockContext, resetMockApi, server } from '../node'

/**
 * The Project API inside the full mock (`server` from `node.ts`, the demo seed): one store
 * with the CMA, so what a bulk duplicate copies is a CMA item, and CMA requests move the job
 * forward too.
 */
const PROJECT = `${DEFAULT_PROJECT_API_BASE_URL}/api/p/${demoCredentials.projectGid}`
let clock: TestClock

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterAll(() => server.close())
afterEach(() => server.resetHandlers())
beforeEach(() => {
  clock = createTestClock()
  resetMockApi({ clock })
})

async function unicat(path: string, body: unknown, jwt = ''): Promise<Record<string, unknown>> {
  const url = path.startsWith('/sync')
    ? `${DEFAULT_PROJECT_API_BASE_URL}${path}`
    : `${PROJECT}${path}`
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: jwt },
    body: JSON.stringify(body),
  })
  const envelope = (await response.json()) as { success: boolean; result: Record<string, unknown> }
  expect(envelope.success, JSON.stringify(envelope.result)).toBe(true)
  if (path === '/auth') return { jwt: response.headers.get('Authorization') }
  return envelope.result
}

function cma(path: string): Promise<Response> {
  return fetch(`${DEFAULT_CMA_BASE_URL}${path}`, {
    headers: { Authorization: `Bearer ${demoCredentials.editorToken}` },
  })
}

describe('Project API over the demo seed', () => {
  it('duplicates a web section’s children; the copies are CMA items, placed after their originals', async () => {
    const { jwt } = (await unicat('/auth', { api_key: demoCredentials.editorToken })) as {
      jwt: string
    }
    const { store } = mockContext
    const web = store.getChannel('web')
    const parent = Object.values(web?.parents ?? {}).find((id) => id !== null) ?? ''
    const children = (await unicat(
      '/records/bulk/get',
      {
        selection: [{ children: parent, channel: 'web', ordering: 'title' }],
        language: 'en',
      },
      jwt,
    )) as { records: string[] }
    expect(children.records.length).toBeGreaterThan(0)

    const cursor = (await unicat('/sync/cursors', {}, jwt))['cc.cursor'] as number
    const started = await unicat(
      '/records/bulk/duplicate',
      { selection: [{ children: parent, channel: 'web' }] },
      jwt,
    )
    const token = started['job.token'] as string

    // A CMA request after the job's time is up brings it forward as well as /sync/get would.
    clock.advance(60_000)
    expect((await cma('/items?page[limit]=1')).status).toBe(200)
    const job = store.getJob(token)
    expect(job?.state).toBe('done')

    const sync = (await unicat('/sync/get', { cc_cursor: cursor }, jwt)).sync as {
      data_key: string
      data: { status: string; info: { remaining: number }; result?: { records: string[] } }
    }[]
    const events = sync.filter((event) => event.data_key === token)
    expect(events[0]?.data.status).toBe('queued')
    expect(events.at(-1)?.data.status).toBe('done')
    const remaining = events.map((event) => event.data.info.remaining)
    expect(remaining).toEqual([...remaining].sort((a, b) => b - a))

    const copies = events.at(-1)?.data.result?.records ?? []
    expect(copies).toHaveLength(children.records.length)
    const response = await cma(`/items/${copies[0]}`)
    expect(response.status).toBe(200)
    const item = (await response.json()) as {
      data: { attributes: { title: Record<string, string> }; meta: { status: string } }
    }
    expect(item.data.attributes.title.en).toMatch(/ \(duplicate\)$/)
    expect(item.data.meta.status).toBe('draft')
    // Originals are copied in selection order; in the web channel each copy sits right after
    // its original (the title ordering above was only for reading).
    const originals = (
      (await unicat(
        '/records/bulk/get',
        { selection: [{ children: parent, channel: 'web' }] },
        jwt,
      )) as { records: string[] }
    ).records.filter((id) => !copies.includes(id))
    expect(originals).toHaveLength(copies.length)
    copies.forEach((copy, index) => {
      const originalPosition = web?.positions[originals[index] ?? ''] ?? NaN
      expect(web?.positions[copy]).toBe(originalPosition + 1)
    })
  })
})
