/**
 * Timings of the mock's hot paths, for `npm run bench` and the perf tests. Pure functions over
 * the store (no HTTP), measured warm: each query runs once untimed first.
 */
import { runSelectionBenchmarks } from './project/selection/selection-benchmark'
import { queryRecords, type RecordQueryParams } from './query/query-records'
import { createSeed } from './seed/create-seed'
import { ContentStore } from './store/content-store'

export interface MockBenchmark {
  name: string
  ms: number
  /** The goal this number must stay under, when there is one. */
  goalMs?: number
  detail: string
}

function time<T>(run: () => T): { ms: number; value: T } {
  const started = performance.now()
  const value = run()
  return { ms: performance.now() - started, value }
}

/** Large-dataset queries an editor's screens make, each with the 50 ms goal. */
export const LARGE_QUERIES: readonly { name: string; params: RecordQueryParams }[] = [
  {
    name: 'filtered list (model + 2 field filters, page of 100)',
    params: {
      types: ['blog_post'],
      fields: { reading_time: { gte: '10' }, _status: { eq: 'published' } },
      limit: 100,
    },
  },
  {
    name: 'full-text search in it',
    params: { types: ['blog_post'], query: 'fermentazione', locale: 'it', limit: 30 },
  },
  {
    name: 'ordered by title (nl), page 10',
    params: { types: ['blog_post'], orderBy: 'title_ASC', locale: 'nl', offset: 300, limit: 30 },
  },
  { name: 'all records, newest first', params: { limit: 30 } },
]

export function runMockBenchmarks(): MockBenchmark[] {
  const results: MockBenchmark[] = []
  createSeed()
  const demo = time(() => ContentStore.fromSnapshot(createSeed()))
  results.push({
    name: 'seed the demo store',
    ms: demo.ms,
    goalMs: 300,
    detail: `${demo.value.recordCount} records`,
  })
  const large = time(() => ContentStore.fromSnapshot(createSeed({ size: 'large' })))
  results.push({
    name: 'seed the large store',
    ms: large.ms,
    detail: `${large.value.recordCount} records`,
  })
  for (const query of LARGE_QUERIES) {
    queryRecords(large.value, query.params)
    const run = time(() => queryRecords(large.value, query.params))
    results.push({
      name: `large: ${query.name}`,
      ms: run.ms,
      goalMs: 50,
      detail: `${run.value.totalCount} matches of ${large.value.recordCount}`,
    })
  }
  for (const selection of runSelectionBenchmarks(large.value, large.value.clock.now())) {
    results.push({ ...selection, name: `large: ${selection.name}` })
  }
  return results
}
