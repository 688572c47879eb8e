import { DEMO_EDITOR_TOKEN, DEMO_PROJECT_GID } from '../demo-constants'
import { createCmaClient } from '../http/cma-client'
import { createProjectClient } from '../http/project-client'
import { useMockApi } from '@/testing/mock-api'
import { JobEngine } from './job-engine'
import { isTerminal } from './job-types'

const CMA = 'https://site-api.datocms.com'
const JOBS = 50
// 20% of requests fault: a third each dropped, answered 500/503, answered 429.
const FAULTS = {
  dropRate: 0.2 / 3,
  transientErrorRate: 0.2 / 3,
  rateLimitRate: 0.2 / 3,
  jobSpeed: 20,
}

const { mockContext } = useMockApi()

test('with 20% transient faults, 50 jobs all reach their true end and nothing runs twice', async () => {
  const cma = createCmaClient({ baseUrl: CMA, token: DEMO_EDITOR_TOKEN, environment: 'main' })
  const project = createProjectClient({
    baseUrl: 'https://unicat.app',
    projectGid: DEMO_PROJECT_GID,
    apiKey: DEMO_EDITOR_TOKEN,
  })
  const engine = new JobEngine({
    cma: () => cma,
    project: () => project,
    connectionScope: () => 'demo',
  })
  const blogPost = mockContext.store.listItemTypes().find((model) => model.apiKey === 'blog_post')
  const originals = mockContext.store.recordsOfType(blogPost?.id ?? '').slice(0, JOBS)
  expect(originals).toHaveLength(JOBS)
  const recordsBefore = mockContext.store.recordCount
  mockContext.setFaults(FAULTS)

  const jobs = await Promise.all(
    originals.map((record) =>
      engine.startCmaJob({
        kind: 'record-duplicate',
        label: `Duplicate ${record.id}`,
        targets: [{ type: 'record', id: record.id, label: record.id }],
        dedupeKey: `record-duplicate:${record.id}`,
        operation: { dialect: 'cma', method: 'POST', path: `/items/${record.id}/duplicate` },
      }),
    ),
  )
  expect(new Set(jobs.map((job) => job.id)).size).toBe(JOBS)

  for (let round = 0; round < 200; round += 1) {
    const running = engine.store.list().filter((job) => !isTerminal(job.state))
    if (running.length === 0) break
    await Promise.all(running.map((job) => engine.pollCmaJob(job.id)))
    await new Promise((resolve) => setTimeout(resolve, 50))
  }

  const finished = engine.store.list()
  expect(finished.filter((job) => !isTerminal(job.state))).toEqual([])
  // The server's own record of every job we followed agrees with the tray.
  for (const job of finished) {
    if (job.driver.type !== 'cma' || !job.driver.cmaJobId) {
      // Its start request never reached the server (dropped): failed, and said so.
      expect(job.state).toBe('failed')
      continue
    }
    const serverJob = mockContext.store.getJob(job.driver.cmaJobId)
    expect(serverJob?.state).toBe(job.state)
  }
  // One copy per finished duplicate, and no more: no operation ran twice.
  const done = finished.filter((job) => job.state === 'done').length
  expect(done).toBeGreaterThan(JOBS / 2)
  expect(mockContext.store.recordCount - recordsBefore).toBe(done)
}, 60_000)
