// @vitest-environment node
import './testing/node-storage-shim'
import { describe, expect, it } from 'vitest'
import { runMockBenchmarks } from './benchmarks'

describe('mock performance', () => {
  it('seeds and queries within their goals', () => {
    const results = runMockBenchmarks()
    console.warn(
      results
        .map((result) => `${result.name}: ${result.ms.toFixed(1)} ms (${result.detail})`)
        .join('\n'),
    )
    for (const result of results) {
      if (result.goalMs !== undefined) expect(result.ms, result.name).toBeLessThan(result.goalMs)
    }
  })
})
