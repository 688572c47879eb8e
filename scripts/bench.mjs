// `npm run bench`: performance claims, measured. Each benchmark prints its numbers and its goal.
import { spawnSync } from 'node:child_process'
import { findChromium } from './find-chromium.mjs'
import { FIRST_LOAD_JS_BUDGET_KB, measureFirstLoad } from './bench/first-load.mjs'
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
  failures ? `\n${failures} benchmark(s) over their goal` : '\nAll benchmarks within their goals',
)
process.exit(failures ? 1 : 0)
