import { Link } from 'react-router'
import { useJobs } from '@/api/jobs/job-registry'
import type { JobState } from '@/api/jobs/job-types'
import { EmptyState } from '@/components/ui/status-views'
import { JobRow } from './job-row'
import { JOB_STATE_FILTERS, STATE_LABELS } from './job-presentation'

/** Every job of this connection, filtered by state (the filter lives in the URL). */
export function JobsHistory({ state }: { state: JobState | 'all' }) {
  const jobs = useJobs()
  const visible = state === 'all' ? jobs : jobs.filter((job) => job.state === state)
  return (
    <div>
      <nav aria-label="Filter by state" className="mb-4 flex flex-wrap gap-1">
        {JOB_STATE_FILTERS.map((filter) => {
          const count =
            filter === 'all' ? jobs.length : jobs.filter((job) => job.state === filter).length
          return (
            <Link
              key={filter}
              to={filter === 'all' ? '/jobs' : `/jobs?state=${filter}`}
              aria-current={filter === state ? 'page' : undefined}
              className={`rounded-full px-3 py-1 text-sm ${
                filter === state
                  ? 'bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900'
                  : 'bg-zinc-100 text-zinc-700 hover:bg-zinc-200 dark:bg-zinc-800 dark:text-zinc-300 dark:hover:bg-zinc-700'
              }`}
            >
              {filter === 'all' ? 'All' : STATE_LABELS[filter]} ({count})
            </Link>
          )
        })}
      </nav>
      {visible.length === 0 ? (
        <EmptyState
          title={state === 'all' ? 'No jobs yet' : `No ${STATE_LABELS[state].toLowerCase()} jobs`}
        >
          Duplicate a record or run a bulk operation, and it shows here.
        </EmptyState>
      ) : (
        <ul
          aria-label="Job history"
          className="rounded-lg border border-zinc-200 dark:border-zinc-800"
        >
          {visible.map((job) => (
            <JobRow key={job.id} job={job} />
          ))}
        </ul>
      )}
    </div>
  )
}
