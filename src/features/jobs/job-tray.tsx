import { useCallback, useEffect, useId, useRef, useState } from 'react'
import { useNavigate } from 'react-router'
import { jobEngine, useJobEngineLoop, useJobs } from '@/api/jobs/jobs'
import { isTerminal, type Job } from '@/api/jobs/job-types'
import { Button } from '@/components/ui/button'
import { notify } from '@/components/ui/notify'
import { EmptyState } from '@/components/ui/status-views'
import { finishedMessage, resultLinks } from './job-presentation'
import { JobRow } from './job-row'

const OPEN_KEY = 'coc.job-tray-open'

/**
 * The jobs button and the tray panel. It is the one always-mounted owner of job consequences:
 * it runs the engine loop and raises the notification when a job ends.
 */
export function JobTray() {
  const jobs = useJobs()
  const navigate = useNavigate()
  const [isOpen, setIsOpen] = useState(() => sessionStorage.getItem(OPEN_KEY) === '1')
  const panelId = useId()
  const buttonRef = useRef<HTMLButtonElement>(null)

  const open = useCallback((next: boolean) => {
    setIsOpen(next)
    sessionStorage.setItem(OPEN_KEY, next ? '1' : '0')
  }, [])

  const handleFinished = useCallback(
    (job: Job) => {
      const message = finishedMessage(job)
      if (job.state === 'done') {
        const [link] = resultLinks(job)
        notify(
          'success',
          message,
          link ? { action: { label: link.label, onClick: () => void navigate(link.to) } } : {},
        )
      } else {
        notify('error', message, {
          action: { label: 'Show errors', onClick: () => open(true) },
          duration: 10_000,
        })
      }
    },
    [navigate, open],
  )
  useJobEngineLoop({ onFinished: handleFinished })

  useEffect(() => {
    if (!isOpen) return
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) {
        open(false)
        buttonRef.current?.focus()
      }
    }
    window.addEventListener('keydown', handleKeyDown)
    return () => window.removeEventListener('keydown', handleKeyDown)
  }, [isOpen, open])

  const running = jobs.filter((job) => !isTerminal(job.state)).length
  const failed = jobs.filter((job) => job.state === 'failed' || job.state === 'rejected').length
  const hasFinished = jobs.some((job) => isTerminal(job.state))
  const summary = [`${running} running`, failed ? `${failed} failed` : undefined]
    .filter(Boolean)
    .join(', ')

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        aria-label={`Jobs: ${summary}`}
        onClick={() => open(!isOpen)}
        className="inline-flex h-8 items-center gap-2 rounded-md border border-zinc-300 px-2.5 text-sm font-medium hover:bg-zinc-50 dark:border-zinc-700 dark:hover:bg-zinc-900"
      >
        Jobs
        <span
          aria-hidden
          className={`min-w-5 rounded-full px-1.5 text-xs ${running ? 'bg-indigo-600 text-white dark:bg-indigo-500' : 'bg-zinc-200 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300'}`}
        >
          {running}
        </span>
        {failed > 0 && (
          <span aria-hidden className="min-w-5 rounded-full bg-red-600 px-1.5 text-xs text-white">
            {failed}
          </span>
        )}
      </button>
      {isOpen && (
        <aside
          id={panelId}
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
              <Button size="sm" aria-label="Close jobs" onClick={() => open(false)}>
                Close
              </Button>
            </div>
          </div>
          <div className="flex-1 overflow-y-auto">
            {jobs.length === 0 ? (
              <div className="p-4">
                <EmptyState title="No jobs yet">
                  Duplicates, deletes, restores and bulk operations appear here while they run, and
                  stay after a reload.
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
      )}
    </>
  )
}
