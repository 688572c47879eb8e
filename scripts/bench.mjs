// `npm run bench`: performance claims, measured. Each benchmark prints its numbers and its goal.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'
import { findChromium } from './find-chromium.mjs'
import {
  measureSelections,
  SELECTION_PREVIEW_GOAL_MS,
  TRAY_UPDATES_GOAL_PER_S,
} from './bench/selection-preview.mjs'
import { FIRST_LOAD_JS_BUDGET_KB, measureFirstLoad } from './bench/first-load.mjs'
import {
  measureRecordsTable,
  RECORDS_FRAME_GOAL_MS,
  RECORDS_PAINT_GOAL_MS,
} from './bench/records-table.mjs'
import { measureVersionDiff, VERSION_DIFF_GOAL_MS } from './bench/version-diff.mjs'

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`
let failures = 0
function report(name, ok, detail) {
  if (!ok) failures += 1
  console.log(`${ok ? '✓' : '✗'} ${name}: ${detail}`)
}

const executablePath = await findChromium()
const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
  stdio: 'inherit',
  env: { ...process.env, BASE_PATH: '/' },
})
if (build.status !== 0) process.exit(build.status ?? 1)

console.log('\n# First page load on a real connection (production build, Chromium)')
const firstLoad = await measureFirstLoad({ executablePath, distDir: 'dist' })
for (const file of firstLoad.files)
  console.log(`  ${file.path}  ${kb(file.rawBytes)} raw, ${kb(file.gzipBytes)} gzip`)
report(
  'first-load JavaScript (gzip)',
  firstLoad.jsGzipBytes <= FIRST_LOAD_JS_BUDGET_KB * 1024,
  `${kb(firstLoad.jsGzipBytes)} (budget ${FIRST_LOAD_JS_BUDGET_KB} KB)`,
)
report('first-load CSS (gzip)', true, kb(firstLoad.cssGzipBytes))
report(
  'the mock stays out of a real connection',
  firstLoad.mockFiles.length === 0,
  firstLoad.mockFiles.length
    ? firstLoad.mockFiles.map((file) => file.path).join(', ')
    : 'no mock file fetched',
)

console.log('\n# Records table, 500 rows (demo, production build, Chromium)')
const recordsTable = await measureRecordsTable({ executablePath })
console.log(`  paints: ${recordsTable.paints.map((value) => value.toFixed(0)).join(', ')} ms`)
report(
  'data arrival to painted 500-row page',
  recordsTable.paintMaxMs <= RECORDS_PAINT_GOAL_MS,
  `median ${recordsTable.paintMedianMs.toFixed(0)} ms, max ${recordsTable.paintMaxMs.toFixed(0)} ms (goal ≤ ${RECORDS_PAINT_GOAL_MS} ms)`,
)
report(
  'frame times while scrolling it',
  recordsTable.frameMaxMs <= RECORDS_FRAME_GOAL_MS,
  `${recordsTable.frameCount} frames, p95 ${recordsTable.frameP95Ms.toFixed(0)} ms, max ${recordsTable.frameMaxMs.toFixed(0)} ms, ${recordsTable.renderedRows} rows in the DOM (goal: none over ${RECORDS_FRAME_GOAL_MS} ms)`,
)

// TypeScript sources run through Vite's module runner: no build step, no extra tool.
const root = fileURLToPath(new URL('..', import.meta.url))
const loadTs = async (path) =>
  (await runnerImport(path, { root, configFile: false, logLevel: 'error' })).module
const ms = (value) => `${value.toFixed(1)} ms`

console.log('\n# The mock API (Node): seeding and queries on the large dataset')
const { runMockBenchmarks } = await loadTs('/src/mocks/benchmarks.ts')
for (const bench of runMockBenchmarks()) {
  report(
    bench.name,
    bench.goalMs === undefined || bench.ms <= bench.goalMs,
    `${ms(bench.ms)}${bench.goalMs === undefined ? '' : ` (goal < ${bench.goalMs} ms)`}`,
  )
}

console.log('\n# Job polling: our scheduler against the official client schedule')
const scheduler = await loadTs('/scripts/bench/job-scheduler-bench.ts')
const { single, long } = scheduler.compareSchedules()
const line = (stats) =>
  `${stats.requestsPerJob.toFixed(2)} requests/job, delay median ${ms(stats.medianDelayMs)}, p95 ${ms(stats.p95DelayMs)}`
console.log(`  single-record, official: ${line(single.official)}`)
console.log(`  single-record, ours:     ${line(single.ours)}`)
report(
  'single-record jobs: median delay ≤ 1/3 official, p95 ≤ 1/2, requests ≤ 2×',
  single.ours.medianDelayMs <= single.official.medianDelayMs / 3 &&
    single.ours.p95DelayMs <= single.official.p95DelayMs / 2 &&
    single.ours.requestsPerJob <= single.official.requestsPerJob * 2,
  line(single.ours),
)
console.log(`  long jobs, official: ${line(long.official)}`)
console.log(`  long jobs, ours:     ${line(long.ours)}`)
report(
  'long jobs: fewer requests and a lower median delay than official',
  long.ours.requestsPerJob < long.official.requestsPerJob &&
    long.ours.medianDelayMs < long.official.medianDelayMs,
  line(long.ours),
)
const progress = await scheduler.measureProgressJobs()
report(
  'jobs with progress (live feed): p95 delay ≤ 1 s',
  progress.p95DelayMs <= 1000,
  `median ${ms(progress.medianDelayMs)}, p95 ${ms(progress.p95DelayMs)} over ${progress.jobs} bulk duplicates`,
)
const concurrent = await scheduler.measureConcurrentJobs()
report(
  '100 concurrent jobs tracked without a 429',
  concurrent.rateLimited === 0 && concurrent.done === concurrent.jobs,
  `${concurrent.done}/${concurrent.jobs} done in ${concurrent.seconds.toFixed(1)} s, ${concurrent.rateLimited} answered 429`,
)

console.log('\n# Comparing two versions (Node): the diff behind Compare and the restore preview')
const versionDiff = await measureVersionDiff()
const diffLine = (result) =>
  `median ${result.medianMs.toFixed(2)} ms, p95 ${result.p95Ms.toFixed(2)} ms, ${result.changedFields} fields changed`
report(
  `largest seeded record (${versionDiff.largest.bytes} bytes), oldest version vs current`,
  versionDiff.largest.p95Ms < VERSION_DIFF_GOAL_MS,
  `${diffLine(versionDiff.largest)} (goal < ${VERSION_DIFF_GOAL_MS} ms)`,
)
report(
  `longest history (${versionDiff.longest.versions} versions), oldest vs current`,
  versionDiff.longest.p95Ms < VERSION_DIFF_GOAL_MS,
  diffLine(versionDiff.longest),
)
report(
  'largest record against a copy with every text rewritten (worst case)',
  versionDiff.rewritten.p95Ms < VERSION_DIFF_GOAL_MS,
  diffLine(versionDiff.rewritten),
)

console.log(
  '\n# Selections (Chromium, production build, standalone mock on localhost, no added latency)',
)
const selections = await measureSelections({ executablePath })
report(
  `preview of a three-entry selection, large dataset (${selections.preview.records.toLocaleString('en-US')} records, ${selections.preview.total} matching): opened to total and first page painted`,
  selections.preview.medianMs < SELECTION_PREVIEW_GOAL_MS,
  `median ${selections.preview.medianMs.toFixed(0)} ms, max ${selections.preview.maxMs.toFixed(0)} ms over ${selections.preview.runs} runs (goal < ${SELECTION_PREVIEW_GOAL_MS} ms)`,
)
report(
  'Jobs tray during a 1,000-record bulk duplicate (real job speed, demo dataset)',
  selections.tray.perSecond >= TRAY_UPDATES_GOAL_PER_S,
  `${selections.tray.perSecond.toFixed(2)} updates/s (${selections.tray.updates} in 15 s, median gap ${selections.tray.medianGapMs.toFixed(0)} ms, max ${selections.tray.maxGapMs.toFixed(0)} ms; reached ${selections.tray.lastProgress}) (goal ≥ ${TRAY_UPDATES_GOAL_PER_S}/s)`,
)

console.log(
  failures ? `\n${failures} benchmark(s) over their goal` : '\nAll benchmarks within their goals',
)
process.exit(failures ? 1 : 0)
