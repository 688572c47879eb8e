// @vitest-environment node
import './testing/node-storage-shim'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startStandaloneServer, type StandaloneServer } from './standalone'

const CALM = { latencyMs: 0, latencyJitterMs: 0 }
let server: StandaloneServer

beforeAll(async () => {
  server = await startStandaloneServer({ port: 0, faults: CALM })
})
afterAll(() => server.close())

describe('standalone server', () => {
  it('listens on loopback at an ephemeral port', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
  })

  it('serves the CMA at /', async () => {
    const response = await fetch(`${server.url}/items?filter[type]=blog_post&page[limit]=2`, {
      headers: {
        Authorization: `Bearer ${server.credentials.editorToken}`,
        Origin: 'http://localhost:5173',
      },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(response.headers.get('x-ratelimit-limit')).toBe('60')
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173')
    const exposed = response.headers.get('access-control-expose-headers') ?? ''
    for (const header of ['X-RateLimit-Remaining', 'X-RateLimit-Reset', 'Authorization'])
      expect(exposed).toContain(header)
    const body = (await response.json()) as { data: unknown[]; meta: { total_count: number } }
    expect(body.data).toHaveLength(2)
    expect(body.meta.total_count).toBeGreaterThan(100)

    const unauthorized = await fetch(`${server.url}/items`)
    expect(unauthorized.status).toBe(401)
  })

  it('serves the Project API at /api/p/… and /sync/… on the same origin', async () => {
    const { editorToken, projectGid } = server.credentials
    const auth = await fetch(`${server.url}/api/p/${projectGid}/auth`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ api_key: editorToken }),
    })
    expect(auth.status).toBe(200)
    const jwt = auth.headers.get('authorization') ?? ''
    expect(jwt.split('.')).toHaveLength(3)
    const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${jwt}` }

    const cursors = await fetch(`${server.url}/sync/cursors`, {
      method: 'POST',
      headers,
      body: '{}',
    })
    expect(
      ((await cursors.json()) as { result: { 'cc.cursor': number } }).result['cc.cursor'],
    ).toEqual(expect.any(Number))

    const get = await fetch(`${server.url}/api/p/${projectGid}/records/bulk/get`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        selection: [{ search: { filter: ['classes', 'has', 'product'] } }],
        'page.size': 5,
      }),
    })
    const body = (await get.json()) as {
      success: boolean
      result: { records: string[]; 'records.size': number }
    }
    expect(body.success).toBe(true)
    expect(body.result.records).toHaveLength(5)
    expect(body.result['records.size']).toBeGreaterThan(5)

    // The CMA sees the same store: a record the Project API lists is a CMA item.
    const item = await fetch(`${server.url}/items/${body.result.records[0]}`, {
      headers: { Authorization: `Bearer ${editorToken}` },
    })
    expect(item.status).toBe(200)
  })

  it('answers CORS preflight for both dialects', async () => {
    for (const path of [
      '/items',
      `/api/p/${server.credentials.projectGid}/records/bulk/get`,
      '/sync/get',
    ]) {
      const response = await fetch(`${server.url}${path}`, {
        method: 'OPTIONS',
        headers: {
          Origin: 'https://console.example',
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization, content-type, x-api-version',
        },
      })
      expect(response.status).toBe(204)
      expect(response.headers.get('access-control-allow-origin')).toBe('https://console.example')
      expect(response.headers.get('access-control-allow-methods')).toContain('POST')
      expect(response.headers.get('access-control-allow-headers')).toBe(
        'authorization, content-type, x-api-version',
      )
    }
  })

  it('drops the connection for an injected network fault', async () => {
    server.context.setFaults({ dropRate: 1 })
    try {
      await expect(
        fetch(`${server.url}/items`, { headers: { Authorization: 'Bearer demo-editor-token' } }),
      ).rejects.toThrow()
    } finally {
      server.context.setFaults({ dropRate: 0 })
    }
  })
})
