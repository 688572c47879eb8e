import { useEffect, useState } from 'react'
import { Link } from 'react-router'
import { jobEngine } from '@/api/jobs/jobs'
import { isTerminal, type Job } from '@/api/jobs/job-types'
import { failedRecordIds } from '@/api/jobs/job-results'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { formatCount } from '@/lib/format-count'
import { estimateRemainingMs, formatDuration, progressPercent } from '@/lib/job-progress'
import { resultLinks, STATE_LABELS, STATE_TONES } from './job-presentation'

/** Re-renders every second while a job runs, for elapsed time and time left. */
function useNow(isRunning: boolean): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!isRunning) return
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [isRunning])
  return now
}

export function JobRow({ job, onNavigate }: { job: Job; onNavigate?: () => void }) {
  const isRunning = !isTerminal(job.state)
  const now = useNow(isRunning)
  const percent = progressPercent(job.progress)
  const remainingMs = isRunning ? estimateRemainingMs(job.progress, job.startedAt, now) : undefined
  const elapsedMs = (job.finishedAt ?? now) - job.startedAt
  const links = resultLinks(job)
  const countMismatch =
    job.expectedCount !== undefined && job.progress && job.progress.total !== job.expectedCount
      ? `The server counted ${formatCount(job.progress.total)} records; the preview showed ${formatCount(job.expectedCount)}.`
      : undefined

  return (
    <li className="border-b border-zinc-200 px-4 py-3 last:border-b-0 dark:border-zinc-800">
      <div className="flex items-start justify-between gap-3">
        <p className="text-sm font-medium break-words">{job.label}</p>
        <Badge tone={STATE_TONES[job.state]}>{STATE_LABELS[job.state]}</Badge>
      </div>

      {isRunning && (
        <div className="mt-2">
          <div
            role="progressbar"
            aria-label={`Progress of ${job.label}`}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            aria-valuetext={
              job.progress
                ? `${percent}%, ${formatCount(job.progress.total - job.progress.remaining)} of ${formatCount(job.progress.total)}`
                : 'In progress'
            }
            className="h-1.5 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800"
          >
            <div
              className={`h-full rounded-full bg-indigo-600 transition-[width] dark:bg-indigo-400 ${percent === undefined ? 'w-1/3 animate-pulse' : ''}`}
              style={percent === undefined ? undefined : { width: `${percent}%` }}
            />
          </div>
        </div>
      )}

      <p className="mt-1.5 text-xs text-zinc-600 dark:text-zinc-400">
        {job.progress && (
          <>
            {percent}% · {formatCount(job.progress.total - job.progress.remaining)}/
            {formatCount(job.progress.total)}
            {' · '}
          </>
        )}
        {remainingMs !== undefined && <>about {formatDuration(remainingMs)} left · </>}
        {isRunning ? 'running for' : 'took'} {formatDuration(elapsedMs)}
        {job.progress?.failed ? <> · {formatCount(job.progress.failed)} failed</> : null}
      </p>

      {countMismatch && (
        <p className="mt-1 text-xs font-medium text-amber-800 dark:text-amber-300">
          {countMismatch}
        </p>
      )}
      {job.error && (
        <p
          className="mt-1 text-sm text-red-700 dark:text-red-300"
          role={job.state === 'failed' ? undefined : 'note'}
        >
          {job.error.message}
        </p>
      )}

      <div className="mt-2 flex flex-wrap items-center gap-2">
        {links.map((link) => (
          <Link
            key={link.to}
            to={link.to}
            onClick={onNavigate}
            className="text-sm font-medium text-indigo-700 underline-offset-4 hover:underline dark:text-indigo-300"
          >
            {link.label}
          </Link>
        ))}
        {(job.state === 'failed' || job.state === 'rejected') &&
          job.operation.dialect !== 'client' && (
            <Button size="sm" onClick={() => void jobEngine().retry(job.id)}>
              Retry
            </Button>
          )}
        {!isRunning && failedRecordIds(job).length > 0 && (
          <Button
            size="sm"
            onClick={() =>
              void import('@/api/selection-jobs').then((bulk) => bulk.retryFailedRecords(job))
            }
          >
            Retry failed
          </Button>
        )}
        {job.driver.type === 'client' && isRunning && job.originTabId === jobEngine().tabId && (
          <Button size="sm" onClick={() => jobEngine().cancel(job.id)}>
            Cancel
          </Button>
        )}
        {!isRunning && (
          <Button
            size="sm"
            variant="ghost"
            aria-label={`Dismiss ${job.label}`}
            onClick={() => jobEngine().dismiss(job.id)}
          >
            Dismiss
          </Button>
        )}
      </div>
    </li>
  )
}
