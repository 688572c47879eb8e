import { http, HttpResponse } from 'msw'
import { createTestClock, type TestClock } from '@/mocks/clock'
import { DEMO_EDITOR_TOKEN, DEMO_PROJECT_GID } from '../demo-constants'
import { createCmaClient } from '../http/cma-client'
import { createProjectClient } from '../http/project-client'
import { useMockApi } from '@/testing/mock-api'
import { JobEngine } from './job-engine'
import type { Job } from './job-types'

const CMA = 'https://site-api.datocms.com'
const PROJECT = 'https://unicat.app'

let clock: TestClock
const { server, mockContext } = useMockApi()

beforeEach(() => {
  clock = createTestClock()
  mockContext.setClock(clock)
})

function createEngine() {
  const cma = createCmaClient({ baseUrl: CMA, token: DEMO_EDITOR_TOKEN, environment: 'main' })
  const project = createProjectClient({
    baseUrl: PROJECT,
    projectGid: DEMO_PROJECT_GID,
    apiKey: DEMO_EDITOR_TOKEN,
  })
  return new JobEngine({ cma: () => cma, project: () => project, connectionScope: () => 'demo' })
}

function countRequests(matcher: (request: Request) => boolean): { count: () => number } {
  let count = 0
  server.events.on('request:start', ({ request }) => {
    if (matcher(request)) count += 1
  })
  return { count: () => count }
}

async function firstRecordId(model = 'blog_post'): Promise<string> {
  const response = await fetch(`${CMA}/items?filter[type]=${model}&page[limit]=1`, {
    headers: { Authorization: `Bearer ${DEMO_EDITOR_TOKEN}` },
  })
  const body = (await response.json()) as { data: { id: string }[] }
  return (body.data[0] as { id: string }).id
}

function duplicateRequest(id: string) {
  return {
    kind: 'record-duplicate' as const,
    label: 'Duplicate record',
    targets: [{ type: 'record' as const, id, label: 'A record' }],
    dedupeKey: `record-duplicate:${id}`,
    operation: { dialect: 'cma' as const, method: 'POST' as const, path: `/items/${id}/duplicate` },
  }
}

describe('CMA jobs', () => {
  test('404 while running, then done with the job result payload', async () => {
    const engine = createEngine()
    const id = await firstRecordId()
    const job = await engine.startCmaJob(duplicateRequest(id))
    expect(job.state).toBe('processing')
    expect(job.driver).toMatchObject({
      type: 'cma',
      cmaJobId: expect.stringMatching(/^[0-9a-f]{24}$/),
    })

    expect(await engine.pollCmaJob(job.id)).toBe(false)
    expect(engine.store.get(job.id)).toMatchObject({ state: 'processing', requestCount: 1 })

    clock.advance(5000)
    expect(await engine.pollCmaJob(job.id)).toBe(true)
    const done = engine.store.get(job.id) as Job
    expect(done.state).toBe('done')
    expect(done.result).toMatchObject({ data: { type: 'item', id: expect.any(String) } })
    expect((done.result as { data: { id: string } }).data.id).not.toBe(id)
    expect(done.requestCount).toBe(2)
  })

  test("a failed job result ends the job as failed, with the server's reason in words", async () => {
    mockContext.setFaults({ jobFailureRate: 1 })
    const engine = createEngine()
    const job = await engine.startCmaJob(duplicateRequest(await firstRecordId()))
    clock.advance(5000)
    await engine.pollCmaJob(job.id)
    const failed = engine.store.get(job.id) as Job
    expect(failed.state).toBe('failed')
    expect(failed.error?.message).toMatch(/\w/)
    expect(failed.result).toBeUndefined()
  })

  test('a double click starts one job, not two', async () => {
    const engine = createEngine()
    const id = await firstRecordId()
    const posts = countRequests(
      (request) => request.method === 'POST' && request.url.endsWith('/duplicate'),
    )
    const [first, second] = await Promise.all([
      engine.startCmaJob(duplicateRequest(id)),
      engine.startCmaJob(duplicateRequest(id)),
    ])
    const third = await engine.startCmaJob(duplicateRequest(id))
    expect(second.id).toBe(first.id)
    expect(third.id).toBe(first.id)
    expect(posts.count()).toBe(1)
  })

  test('a 429 while polling makes the job wait for X-RateLimit-Reset', async () => {
    const engine = createEngine()
    const job = await engine.startCmaJob(duplicateRequest(await firstRecordId()))
    server.use(
      http.get(
        `${CMA}/job-results/:id`,
        () =>
          HttpResponse.json(
            {
              data: [
                {
                  id: 'x',
                  type: 'api_error',
                  attributes: { code: 'RATE_LIMIT_EXCEEDED', details: {} },
                },
              ],
            },
            { status: 429, headers: { 'X-RateLimit-Reset': '2' } },
          ),
        { once: true },
      ),
    )
    const before = Date.now()
    expect(await engine.pollCmaJob(job.id)).toBe(false)
    expect(engine.store.get(job.id)?.blockedUntil).toBeGreaterThanOrEqual(before + 2000)
    clock.advance(5000)
    expect(await engine.pollCmaJob(job.id)).toBe(true)
    expect(engine.store.get(job.id)?.state).toBe('done')
  })

  test('a 429 on start is retried after the reset; a dropped connection is not retried', async () => {
    const engine = createEngine()
    const id = await firstRecordId()
    const posts = countRequests((request) => request.method === 'POST')
    server.use(
      http.post(
        `${CMA}/items/:id/duplicate`,
        () =>
          HttpResponse.json({ data: [] }, { status: 429, headers: { 'X-RateLimit-Reset': '1' } }),
        { once: true },
      ),
    )
    // Real waiting (1 s): the client's rate limiter and the retry both honour the reset.
    const started = await engine.startCmaJob(duplicateRequest(id))
    expect(started.state).toBe('processing')
    expect(posts.count()).toBe(2)

    server.use(http.post(`${CMA}/items/:id/duplicate`, () => HttpResponse.error(), { once: true }))
    const other = await firstRecordId('author')
    const dropped = await engine.startCmaJob(duplicateRequest(other))
    expect(dropped.state).toBe('failed')
    expect(dropped.error?.message).toMatch(/Cannot reach/)
    expect(posts.count()).toBe(3)
  })

  test('a job whose result never comes is reported lost after an hour, not polled forever', async () => {
    const engine = createEngine()
    const job = await engine.startCmaJob(duplicateRequest(await firstRecordId()))
    server.use(
      http.get(`${CMA}/job-results/:id`, () =>
        HttpResponse.json(
          {
            data: [{ id: 'x', type: 'api_error', attributes: { code: 'NOT_FOUND', details: {} } }],
          },
          { status: 404 },
        ),
      ),
    )
    expect(await engine.pollCmaJob(job.id)).toBe(false)
    engine.store.update(job.id, { startedAt: Date.now() - 61 * 60 * 1000 })
    expect(await engine.pollCmaJob(job.id)).toBe(true)
    expect(engine.store.get(job.id)).toMatchObject({
      state: 'failed',
      error: { codes: ['JOB_LOST'] },
    })
  })

  test('a reload in the middle of a job resumes it from storage', async () => {
    const job = await createEngine().startCmaJob(duplicateRequest(await firstRecordId()))
    const afterReload = createEngine()
    expect(afterReload.store.get(job.id)).toMatchObject({ state: 'processing' })
    clock.advance(5000)
    await afterReload.pollCmaJob(job.id)
    expect(afterReload.store.get(job.id)?.state).toBe('done')
  })

  test('a client job of a tab that closed fails; one another open tab is running does not', () => {
    const engine = createEngine()
    const clientJob = (id: string, originTabId: string, updatedAt: number) => ({
      id,
      kind: 'bulk-publish' as const,
      label: 'Publish',
      targets: [],
      dedupeKey: `bulk-publish:${id}`,
      driver: { type: 'client' as const },
      connectionScope: 'demo',
      originTabId,
      state: 'processing' as const,
      startedAt: updatedAt,
      updatedAt,
      operation: { dialect: 'client' as const, recipe: 'publish', params: {} },
      requestCount: 0,
    })
    localStorage.setItem('coc.tabs.v1', JSON.stringify({ 'open-tab': Date.now() }))
    engine.store.upsert(clientJob('closed', 'closed-tab', Date.now() - 60_000))
    engine.store.upsert(clientJob('elsewhere', 'open-tab', Date.now() - 60_000))
    const afterReload = createEngine()
    expect(afterReload.store.get('closed')).toMatchObject({
      state: 'failed',
      error: { codes: ['INTERRUPTED'] },
    })
    expect(afterReload.store.get('elsewhere')?.state).toBe('processing')
  })

  test('a job whose start was cut off by a reload is failed honestly, not left spinning', async () => {
    const engine = createEngine()
    engine.store.upsert({
      id: 'cut-off',
      kind: 'record-delete',
      label: 'Delete',
      targets: [],
      dedupeKey: 'record-delete:1',
      driver: { type: 'cma', cmaJobId: '' },
      connectionScope: 'demo',
      originTabId: engine.tabId,
      state: 'queued',
      startedAt: Date.now(),
      updatedAt: Date.now(),
      operation: { dialect: 'cma', method: 'DELETE', path: '/items/1' },
      requestCount: 0,
    })
    const afterReload = createEngine()
    expect(afterReload.store.get('cut-off')).toMatchObject({
      state: 'failed',
      error: { codes: ['INTERRUPTED'] },
    })
  })
})

describe('Project API jobs', () => {
  async function startBulkDuplicate(engine: JobEngine, selection: unknown[]) {
    return engine.startProjectJob({
      kind: 'bulk-duplicate',
      label: 'Duplicate records',
      targets: [{ type: 'selection', id: 'sel', label: 'Selection' }],
      dedupeKey: 'bulk-duplicate:test',
      operation: { dialect: 'project', path: 'records/bulk/duplicate', body: { selection } },
    })
  }

  test('one feed follows the job from queued through progress to done, with the copies', async () => {
    const engine = createEngine()
    const ids = [
      await firstRecordId('blog_post'),
      await firstRecordId('author'),
      await firstRecordId('category'),
    ]
    const job = await startBulkDuplicate(engine, ids)
    expect(job.driver).toMatchObject({ type: 'project', jobToken: expect.any(String) })

    const remainings: number[] = []
    for (
      let step = 0;
      step < 60 && !['done', 'failed'].includes(engine.store.get(job.id)?.state ?? '');
      step += 1
    ) {
      clock.advance(500)
      await engine.pollSyncFeed()
      const progress = engine.store.get(job.id)?.progress
      if (progress) remainings.push(progress.remaining)
    }
    const done = engine.store.get(job.id) as Job
    expect(done.state).toBe('done')
    expect(done.progress?.total).toBe(3)
    expect(remainings).toEqual([...remainings].sort((a, b) => b - a))
    expect((done.result as { records: string[] }).records).toHaveLength(3)
  })

  test('a rejection ends the job with the reason', async () => {
    const engine = createEngine()
    const job = await startBulkDuplicate(engine, [await firstRecordId()])
    const token = (job.driver as { jobToken: string }).jobToken
    server.use(
      http.post(`${PROJECT}/sync/get`, () =>
        HttpResponse.json({
          success: true,
          result: {
            sync: [
              {
                type: 'cc',
                cursor: 999_999,
                action: 'UPDATE',
                data_type: 'jobs',
                data_key: token,
                data: {
                  status: 'rejected',
                  info: { reason: 'The selection has 12,000 records; the limit is 10,000.' },
                },
              },
            ],
          },
          data: {},
        }),
      ),
    )
    await engine.pollSyncFeed()
    expect(engine.store.get(job.id)).toMatchObject({
      state: 'rejected',
      error: { message: 'The selection has 12,000 records; the limit is 10,000.' },
    })
  })

  test('an expired JWT is renewed and the feed goes on', async () => {
    const engine = createEngine()
    const job = await startBulkDuplicate(engine, [await firstRecordId()])
    const auths = countRequests((request) => request.url.endsWith('/auth'))
    clock.advance(16 * 60 * 1000)
    await engine.pollSyncFeed()
    expect(auths.count()).toBe(1)
    expect(engine.store.get(job.id)?.state).toBe('done')
  })
})
