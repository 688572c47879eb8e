/** Never wait longer than this between two polls of a running job. */
export const JOB_POLL_MAX_MS = 10_000
/** Never poll one job more often than this. */
export const JOB_POLL_MIN_MS = 150
/** Polls inside the window where a job is expected to end. */
const POLLS_PER_EXPECTED_WINDOW = 5.5
/** Beyond the expected window, each wait grows by this factor. */
const LATE_BACKOFF = 1.5
/** The Project API feed is read at most this often while a project job runs. */
export const SYNC_FEED_INTERVAL_MS = 700
/** Slow down this much while the tab is hidden (we catch up on focus). */
export const HIDDEN_TAB_FACTOR = 4
export const HIDDEN_TAB_MIN_MS = 5000

/** When a job of this kind and size usually ends, learned from finished jobs (ms after start). */
export interface ExpectedWindow {
  earliestMs: number
  latestMs: number
}

export interface PollScheduleInput {
  now: number
  startedAt: number
  /** When we last asked the server; undefined before the first poll. */
  lastPollAt: number | undefined
  window: ExpectedWindow
  /** Known progress (Project API or client jobs) lets us predict the end. */
  progress?: { total: number; remaining: number; observedAt: number } | undefined
  /** Epoch ms before which the server asked us not to call (429). */
  blockedUntil?: number | undefined
  /** Requests left in the server's current window, from X-RateLimit-Remaining. */
  rateLimitRemaining?: number | undefined
  isHidden: boolean
}

/**
 * When to ask about a running job next (epoch ms). Polls densely around the expected end,
 * sparsely before and with growing gaps after, and yields to the server's rate limit.
 * The answer depends on what we last heard, never on `now` alone, so a caller can re-evaluate
 * it while waiting (to catch up when a tab becomes visible) without pushing it ever later.
 */
export function nextPollAt(input: PollScheduleInput): number {
  const { now, startedAt, lastPollAt, window } = input
  const span = Math.max(window.latestMs - window.earliestMs, JOB_POLL_MIN_MS)
  const step = Math.max(span / POLLS_PER_EXPECTED_WINDOW, JOB_POLL_MIN_MS)
  const base = lastPollAt ?? startedAt
  /** How long the job had run when we last asked. */
  const askedAt = lastPollAt === undefined ? undefined : lastPollAt - startedAt

  let due: number
  const predictedEnd = predictEnd(input)
  if (predictedEnd !== undefined) {
    // With progress we know better than the window: poll at the predicted end, at least every 2 s.
    due = Math.min(predictedEnd, base + 2000)
  } else if (askedAt === undefined) {
    // Long jobs get an early first look, to catch a failure at once; short ones are first asked
    // one step into the window, since nothing ends before it opens.
    due = startedAt + (window.earliestMs > 1000 ? 1000 : window.earliestMs + step)
  } else if (askedAt < window.earliestMs) {
    due = startedAt + window.earliestMs + step
  } else if (askedAt < window.latestMs) {
    due = base + step
  } else {
    const lateFor = askedAt - window.latestMs
    due = base + Math.min(Math.max(step, lateFor * (LATE_BACKOFF - 1)), JOB_POLL_MAX_MS)
  }

  if (lastPollAt !== undefined) due = Math.max(due, lastPollAt + JOB_POLL_MIN_MS)
  if (input.rateLimitRemaining !== undefined && input.rateLimitRemaining < 5)
    due = Math.max(due, base + 1000)
  if (input.blockedUntil !== undefined) due = Math.max(due, input.blockedUntil)
  if (input.isHidden)
    due = Math.max(base + HIDDEN_TAB_MIN_MS, base + (due - base) * HIDDEN_TAB_FACTOR)
  return Math.max(due, now)
}

function predictEnd(input: PollScheduleInput): number | undefined {
  const progress = input.progress
  if (!progress || progress.total <= 0 || progress.remaining >= progress.total) return undefined
  const done = progress.total - progress.remaining
  const elapsed = progress.observedAt - input.startedAt
  if (elapsed <= 0) return undefined
  return progress.observedAt + (progress.remaining * elapsed) / done
}
