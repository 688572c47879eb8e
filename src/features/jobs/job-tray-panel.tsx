import { jobEngine } from '@/api/jobs/jobs'
import type { Job } from '@/api/jobs/job-types'
import { Button } from '@/components/ui/button'
import { EmptyState } from '@/components/ui/status-views'
import { JobRow } from './job-row'

/** The tray's panel: every job of this connection, newest first, over the page's right side. */
export function JobTrayPanel({
  id,
  jobs,
  hasFinished,
  onClose,
}: {
  id: string
  jobs: Job[]
  hasFinished: boolean
  onClose: () => void
}) {
  return (
    <aside
      id={id}
      role="region"
      aria-label="Jobs"
      className="fixed top-14 right-0 bottom-0 z-40 flex w-full flex-col border-l border-zinc-200 bg-white shadow-2xl sm:w-[26rem] dark:border-zinc-800 dark:bg-zinc-950"
    >
      <div className="flex items-center justify-between border-b border-zinc-200 px-4 py-3 dark:border-zinc-800">
        <h2 className="font-semibold">Jobs</h2>
        <div className="flex gap-2">
          <Button
            size="sm"
            variant="ghost"
            disabled={!hasFinished}
            onClick={() => jobEngine().clearFinished()}
          >
            Clear finished
          </Button>
          <Button size="sm" aria-label="Close jobs" onClick={onClose}>
            Close
          </Button>
        </div>
      </div>
      <div className="flex-1 overflow-y-auto">
        {jobs.length === 0 ? (
          <div className="p-4">
            <EmptyState title="No jobs yet">
              Duplicates, deletes, restores and bulk operations appear here while they run, and stay
              after a reload.
            </EmptyState>
          </div>
        ) : (
          <ul aria-label="Jobs, newest first">
            {jobs.map((job) => (
              <JobRow key={job.id} job={job} />
            ))}
          </ul>
        )}
      </div>
    </aside>
  )
}
