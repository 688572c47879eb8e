/** Share done, 0–100, or undefined when the total is unknown. */
export function progressPercent(
  progress: { total: number; remaining: number } | undefined,
): number | undefined {
  if (!progress || progress.total <= 0) return undefined
  const done = Math.min(progress.total, Math.max(0, progress.total - progress.remaining))
  return Math.round((done / progress.total) * 100)
}

/** Time left (ms) by extrapolating the rate so far, or undefined before any progress. */
export function estimateRemainingMs(
  progress: { total: number; remaining: number } | undefined,
  startedAt: number,
  now: number,
): number | undefined {
  if (!progress || progress.total <= 0) return undefined
  const done = progress.total - progress.remaining
  if (done <= 0 || progress.remaining <= 0) return undefined
  const elapsed = now - startedAt
  return (elapsed / done) * progress.remaining
}

/** "4 s", "2 min 05 s", "1 h 03 min". */
export function formatDuration(ms: number): string {
  const totalSeconds = Math.max(0, Math.round(ms / 1000))
  if (totalSeconds < 60) return `${totalSeconds} s`
  const minutes = Math.floor(totalSeconds / 60)
  const seconds = totalSeconds % 60
  if (minutes < 60) return `${minutes} min ${String(seconds).padStart(2, '0')} s`
  const hours = Math.floor(minutes / 60)
  return `${hours} h ${String(minutes % 60).padStart(2, '0')} min`
}
