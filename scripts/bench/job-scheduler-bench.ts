// Replays job sets through our poll scheduler and through the official client's schedule
// (wait 1 s, 2 s, 3 s … between polls, from @datocms/rest-client-utils' pollJobResult), and
// measures our Project API feed and 100 concurrent jobs live against the mock.
import { DEMO_EDITOR_TOKEN, DEMO_PROJECT_GID } from '../../src/api/demo-constants'
import { createCmaClient } from '../../src/api/http/cma-client'
import { createProjectClient } from '../../src/api/http/project-client'
import { DurationStats } from '../../src/api/jobs/duration-stats'
import { JobEngine } from '../../src/api/jobs/job-engine'
import { isTerminal, type JobKind } from '../../src/api/jobs/job-types'
import { nextPollAt, SYNC_FEED_INTERVAL_MS } from '../../src/api/jobs/poll-schedule'
import { createMockContext } from '../../src/mocks/context'
import { createHandlers } from '../../src/mocks/handlers'
import { setupServer } from 'msw/node'

export interface ScheduleStats {
  jobs: number
  requestsPerJob: number
  medianDelayMs: number
  p95DelayMs: number
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function summarize(requests: number[], delays: number[]): ScheduleStats {
  const sorted = [...delays].sort((a, b) => a - b)
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number
  return {
    jobs: requests.length,
    requestsPerJob: requests.reduce((sum, count) => sum + count, 0) / requests.length,
    medianDelayMs: at(0.5),
    p95DelayMs: at(0.95),
  }
}

function officialSchedule(durationMs: number): { requests: number; delayMs: number } {
  let t = 0
  for (let retry = 1; ; retry += 1) {
    t += retry * 1000
    if (t >= durationMs) return { requests: retry, delayMs: t - durationMs }
  }
}

/** Our scheduler, learning as it goes exactly as the app does; the first `warmUp` jobs train it. */
function ourSchedule(jobs: { size: number; durationMs: number }[], kind: JobKind, warmUp: number) {
  const stats = new DurationStats(undefined)
  const requests: number[] = []
  const delays: number[] = []
  jobs.forEach((job, index) => {
    let lastPollAt: number | undefined
    for (let polls = 1; ; polls += 1) {
      const due = nextPollAt({
        now: lastPollAt ?? 0,
        startedAt: 0,
        lastPollAt,
        window: stats.expectedWindow(kind, job.size),
        isHidden: false,
      })
      if (due >= job.durationMs) {
        stats.record(kind, job.size, ((lastPollAt ?? 0) + due) / 2)
        if (index >= warmUp) {
          requests.push(polls)
          delays.push(due - job.durationMs)
        }
        return
      }
      lastPollAt = due
    }
  })
  return summarize(requests, delays)
}

export function compareSchedules(seed = 42) {
  const random = mulberry32(seed)
  // The demo's timings (src/mocks/cma/cma-jobs.ts): 0.5–3 s per record job; bulk 1.5 s + 40 ms a record.
  const single = Array.from({ length: 520 }, () => ({ size: 1, durationMs: 500 + random() * 2500 }))
  const long = Array.from({ length: 220 }, () => {
    const size = 50 + Math.floor(random() * 950)
    return { size, durationMs: 1500 + size * 40 + random() * 500 }
  })
  const official = (jobs: { durationMs: number }[]) => {
    const runs = jobs.slice(20).map((job) => officialSchedule(job.durationMs))
    return summarize(
      runs.map((run) => run.requests),
      runs.map((run) => run.delayMs),
    )
  }
  return {
    single: { ours: ourSchedule(single, 'record-duplicate', 20), official: official(single) },
    long: { ours: ourSchedule(long, 'bulk-publish', 20), official: official(long) },
  }
}

const CMA = 'https://site-api.datocms.com'

function liveEngine(context: ReturnType<typeof createMockContext>) {
  const server = setupServer(...createHandlers(context))
  server.listen({ onUnhandledRequest: 'error' })
  const cma = createCmaClient({ baseUrl: CMA, token: DEMO_EDITOR_TOKEN, environment: 'main' })
  const project = createProjectClient({
    baseUrl: 'https://unicat.app',
    projectGid: DEMO_PROJECT_GID,
    apiKey: DEMO_EDITOR_TOKEN,
  })
  const memory = new Map<string, string>()
  const storage = {
    getItem: (key: string) => memory.get(key) ?? null,
    setItem: (key: string, value: string) => void memory.set(key, value),
    removeItem: (key: string) => void memory.delete(key),
  } as Storage
  const engine = new JobEngine({
    cma: () => cma,
    project: () => project,
    connectionScope: () => 'demo',
    storage,
    session: storage,
  })
  return { engine, server }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Bulk duplicates followed on the live feed: delay between the server's end and ours. */
export async function measureProgressJobs(count = 6) {
  const context = createMockContext({ faults: { latencyMs: 0, latencyJitterMs: 0, jobSpeed: 4 } })
  const { engine, server } = liveEngine(context)
  const records = [...context.store.allRecords()]
  const delays: number[] = []
  try {
    for (let run = 0; run < count; run += 1) {
      const selection = records.slice(run * 40, run * 40 + 40).map((record) => record.id)
      const job = await engine.startProjectJob({
        kind: 'bulk-duplicate',
        label: `Bench ${run}`,
        targets: [],
        dedupeKey: `bench-${run}`,
        operation: { dialect: 'project', path: 'records/bulk/duplicate', body: { selection } },
      })
      while (!isTerminal(engine.store.get(job.id)?.state ?? 'done')) {
        await sleep(SYNC_FEED_INTERVAL_MS)
        await engine.pollSyncFeed()
      }
      const token = (engine.store.get(job.id)?.driver as { jobToken: string }).jobToken
      const serverJob = context.store.getJob(token)
      const seen = engine.store.get(job.id)?.finishedAt ?? Date.now()
      const serverEnd = serverJob ? serverJob.startAt + serverJob.durationMs : seen
      delays.push(Math.max(0, seen - serverEnd))
    }
  } finally {
    server.close()
  }
  return summarize(
    delays.map(() => 0),
    delays,
  )
}

/** 100 record duplicates at once, polled by the app's schedule: how many 429s came back? */
export async function measureConcurrentJobs(count = 100) {
  const context = createMockContext({ faults: { latencyMs: 0, latencyJitterMs: 0 } })
  const { engine, server } = liveEngine(context)
  let rateLimited = 0
  server.events.on('response:mocked', ({ response }) => {
    if (response.status === 429) rateLimited += 1
  })
  const started = Date.now()
  try {
    const records = [...context.store.allRecords()].slice(0, count)
    await Promise.all(
      records.map((record) =>
        engine.startCmaJob({
          kind: 'record-duplicate',
          label: record.id,
          targets: [{ type: 'record', id: record.id, label: record.id }],
          dedupeKey: record.id,
          operation: { dialect: 'cma', method: 'POST', path: `/items/${record.id}/duplicate` },
        }),
      ),
    )
    await Promise.all(
      engine.store.list().map(async (job) => {
        while (!isTerminal(engine.store.get(job.id)?.state ?? 'done')) {
          const current = engine.store.get(job.id)
          if (!current) break
          const due = nextPollAt({
            now: Date.now(),
            startedAt: current.startedAt,
            lastPollAt: current.lastPollAt,
            window: engine.stats.expectedWindow('record-duplicate', 1),
            blockedUntil: current.blockedUntil,
            isHidden: false,
          })
          await sleep(Math.max(0, due - Date.now()))
          await engine.pollCmaJob(job.id)
        }
      }),
    )
  } finally {
    server.close()
  }
  const jobs = engine.store.list()
  return {
    jobs: jobs.length,
    done: jobs.filter((job) => job.state === 'done').length,
    rateLimited,
    seconds: (Date.now() - started) / 1000,
  }
}
