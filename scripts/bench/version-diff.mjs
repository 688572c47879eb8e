// Measures the comparison of two versions of the largest seeded record: the work the history
// page does when an editor presses Compare (src/lib/version-diff.ts, jsdiff underneath).
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'

export const VERSION_DIFF_GOAL_MS = 16

const RUNS = 200
const WARMUP_RUNS = 20

const root = fileURLToPath(new URL('../..', import.meta.url))

/** TypeScript sources through Vite's module runner: no build step, no extra tool. */
async function loadTs(path) {
  return (await runnerImport(path, { root, configFile: false, logLevel: 'error' })).module
}

function percentile(sorted, share) {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))]
}

function timeDiff(diffVersions, fields, before, after, options) {
  for (let run = 0; run < WARMUP_RUNS; run++) diffVersions(fields, before, after, options)
  const timings = []
  let changedFields = 0
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now()
    const diffs = diffVersions(fields, before, after, options)
    timings.push(performance.now() - started)
    changedFields = diffs.filter((diff) => diff.isChanged).length
  }
  timings.sort((left, right) => left - right)
  return { changedFields, medianMs: percentile(timings, 0.5), p95Ms: percentile(timings, 0.95) }
}

/** Every word of every text value rewritten in places: the most work one comparison can be. */
function rewriteText(value) {
  if (typeof value === 'string')
    return value.replace(/\b(\w)(\w*)\b/g, (word, first, rest, index) =>
      index % 3 === 0 ? `${rest}${first}` : word,
    )
  if (Array.isArray(value)) return value.map(rewriteText)
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, rewriteText(inner)]),
    )
  return value
}

/**
 * Three comparisons: the largest record's oldest version against its current state (the goal),
 * the longest history's oldest against its newest, and the largest record against a copy with
 * every text rewritten (worst case).
 */
export async function measureVersionDiff() {
  const { createSeed } = await loadTs('/src/mocks/seed/index.ts')
  const { ContentStore } = await loadTs('/src/mocks/store/index.ts')
  const { diffVersions } = await loadTs('/src/lib/version-diff.ts')

  const store = new ContentStore(createSeed({ size: 'demo' }))
  let largest
  let longest
  for (const record of store.allRecords()) {
    const count = store.listVersions(record.id).length
    if (count < 2) continue
    const bytes = JSON.stringify(record.attributes).length
    if (!largest || bytes > largest.bytes) largest = { record, bytes }
    if (!longest || count > longest.count) longest = { record, count }
  }
  if (!largest || !longest) throw new Error('no record with two versions in the seed')
  const options = { locales: store.site.locales }
  const fieldsOf = (record) =>
    store.listFields(record.itemTypeId).map((field) => ({
      apiKey: field.apiKey,
      label: field.label,
      fieldType: field.fieldType,
      localized: field.localized,
    }))
  const oldestOf = (record) => store.getVersionAttributes(store.listVersions(record.id).at(-1).id)

  return {
    largest: {
      recordId: largest.record.id,
      bytes: largest.bytes,
      versions: store.listVersions(largest.record.id).length,
      ...timeDiff(
        diffVersions,
        fieldsOf(largest.record),
        oldestOf(largest.record),
        largest.record.attributes,
        options,
      ),
    },
    longest: {
      recordId: longest.record.id,
      versions: longest.count,
      ...timeDiff(
        diffVersions,
        fieldsOf(longest.record),
        oldestOf(longest.record),
        longest.record.attributes,
        options,
      ),
    },
    rewritten: timeDiff(
      diffVersions,
      fieldsOf(largest.record),
      largest.record.attributes,
      rewriteText(largest.record.attributes),
      options,
    ),
  }
}
