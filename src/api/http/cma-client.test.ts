// @vitest-environment node
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { ApiError } from './api-error'
import { createCmaClient } from './cma-client'
import { describeApiError } from './describe-api-error'

const BASE = 'https://cma.test'
const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

const client = createCmaClient({ baseUrl: BASE, token: 'tok-123', environment: 'sandbox' })

test('sends the CMA headers and reads the rate limit', async () => {
  server.use(
    http.get(`${BASE}/items`, ({ request }) => {
      expect(request.headers.get('Authorization')).toBe('Bearer tok-123')
      expect(request.headers.get('X-Api-Version')).toBe('3')
      expect(request.headers.get('X-Environment')).toBe('sandbox')
      expect(new URL(request.url).searchParams.get('filter[type]')).toBe('post')
      return HttpResponse.json(
        { data: [] },
        { headers: { 'X-RateLimit-Limit': '60', 'X-RateLimit-Remaining': '59' } },
      )
    }),
  )
  await expect(
    client.get('/items', { query: { 'filter[type]': 'post', 'filter[query]': undefined } }),
  ).resolves.toEqual({
    data: [],
  })
  expect(client.lastRateLimit()).toMatchObject({ limit: 60, remaining: 59 })
})

test('turns an api_error body into a typed ApiError without the token', async () => {
  server.use(
    http.get(`${BASE}/site`, () =>
      HttpResponse.json(
        {
          data: [
            {
              id: 'e1',
              type: 'api_error',
              attributes: { code: 'INVALID_AUTHORIZATION_HEADER', details: {} },
            },
          ],
        },
        { status: 401 },
      ),
    ),
  )
  const error = await client.get('/site').catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(ApiError)
  expect(error).toMatchObject({
    status: 401,
    kind: 'http',
    isTransient: false,
    codes: ['INVALID_AUTHORIZATION_HEADER'],
  })
  expect(JSON.stringify(error) + String(error)).not.toContain('tok-123')
  expect(describeApiError(error)).toMatch(/token was refused/)
})

test('a 429 carries X-RateLimit-Reset and is transient', async () => {
  server.use(
    http.get(`${BASE}/items`, () =>
      HttpResponse.json(
        {
          data: [
            {
              id: 'e2',
              type: 'api_error',
              attributes: { code: 'RATE_LIMIT_EXCEEDED', details: {} },
            },
          ],
        },
        { status: 429, headers: { 'X-RateLimit-Reset': '2' } },
      ),
    ),
  )
  const error = await client.get('/items').catch((caught: unknown) => caught)
  expect(error).toMatchObject({ status: 429, isTransient: true, retryAfterSeconds: 2 })
  expect(client.lastRateLimit()?.blockedUntilMs).toBeGreaterThan(Date.now())
})

test('a dropped connection is a network error in words', async () => {
  server.use(http.get(`${BASE}/site`, () => HttpResponse.error()))
  const error = await client.get('/site').catch((caught: unknown) => caught)
  expect(error).toMatchObject({ kind: 'network', status: 0, isTransient: true })
  expect(describeApiError(error)).toBe(
    'Cannot reach cma.test. Check the address and your network; the server must also allow requests from this site (CORS).',
  )
})

test('a non-JSON answer says the base URL is probably wrong', async () => {
  server.use(http.get(`${BASE}/site`, () => new HttpResponse('<html>', { status: 200 })))
  const error = await client.get('/site').catch((caught: unknown) => caught)
  expect(describeApiError(error)).toMatch(/not JSON/)
})
