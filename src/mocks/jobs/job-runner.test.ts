// @vitest-environment node
import '../testing/node-storage-shim'
import { describe, expect, it } from 'vitest'
import { createTestClock } from '../clock'
import { createMockContext } from '../context'
import { createSeed } from '../seed/create-seed'
import { JOB_RESULT_RETENTION_MS } from './job-runner'

function setup(jobSpeed = 1, jobFailureRate = 0) {
  const clock = createTestClock()
  const context = createMockContext({
    snapshot: createSeed({ size: 'empty' }),
    clock,
    faults: { jobSpeed, jobFailureRate },
  })
  let runs = 0
  context.jobs.register('test.kind', {
    run: () => {
      runs++
      return { status: 200, statusText: 'OK', payload: { ok: true } }
    },
    fail: () => ({ status: 500, statusText: 'Internal Server Error', payload: null }),
  })
  const start = () =>
    context.jobs.start({
      kind: 'test.kind',
      dialect: 'cma',
      token: 't',
      input: null,
      baseDurationMs: 2000,
    })
  return { clock, context, start, runs: () => runs }
}

describe('JobRunner', () => {
  it('finishes on the clock, not per poll, and applies the outcome once', () => {
    const { clock, context, start, runs } = setup()
    const job = start()
    for (let poll = 0; poll < 50; poll++) expect(context.jobs.find(job.id)?.finishedAt).toBeNull()
    clock.advance(1000)
    expect(context.jobs.progress(job)).toBeCloseTo(0.5)
    clock.advance(1000)
    expect(context.jobs.find(job.id)).toMatchObject({ state: 'done', result: { status: 200 } })
    context.jobs.find(job.id)
    expect(runs()).toBe(1)
  })

  it('scales duration with job speed and keeps results 24 h', () => {
    const { clock, context, start } = setup(4)
    const job = start()
    expect(job.durationMs).toBe(500)
    clock.advance(500)
    expect(context.jobs.find(job.id)?.state).toBe('done')
    clock.advance(JOB_RESULT_RETENTION_MS)
    expect(context.jobs.find(job.id)).toBeUndefined()
  })

  it('fails the share of jobs the faults say, applying nothing', () => {
    const { clock, context, start, runs } = setup(1, 1)
    const job = start()
    clock.advance(2000)
    expect(context.jobs.find(job.id)).toMatchObject({ state: 'failed', result: { status: 500 } })
    expect(runs()).toBe(0)
  })
})
