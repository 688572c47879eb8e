import { lazy, Suspense, useCallback, useEffect, useId, useRef, useState } from 'react'
import { jobRegistry, useJobs } from '@/api/jobs/job-registry'
import { JobStore } from '@/api/jobs/job-store'
import { isTerminal } from '@/api/jobs/job-types'

// The engine (polling, leader election, consequences) and the panel load when needed: the
// engine once a job runs, the panel once it opens. The button and the counts cost little.
const JobEngineLoop = lazy(() =>
  import('./job-engine-loop').then((m) => ({ default: m.JobEngineLoop })),
)
const JobTrayPanel = lazy(() =>
  import('./job-tray-panel').then((m) => ({ default: m.JobTrayPanel })),
)

const OPEN_KEY = 'coc.job-tray-open'

/**
 * The jobs button and the tray panel. It is the one always-mounted owner of job consequences:
 * it runs the engine loop and raises the notification when a job ends.
 */
export function JobTray() {
  const jobs = useJobs()
  const [isOpen, setIsOpen] = useState(() => sessionStorage.getItem(OPEN_KEY) === '1')
  const panelId = useId()
  const buttonRef = useRef<HTMLButtonElement>(null)

  const open = useCallback((next: boolean) => {
    setIsOpen(next)
    sessionStorage.setItem(OPEN_KEY, next ? '1' : '0')
  }, [])

  const hasRunningJob = jobs.some((job) => !isTerminal(job.state))
  // Once started, the engine stays: it also reports the end of the job that made it load.
  const [isEngineWanted, setIsEngineWanted] = useState(hasRunningJob)
  if (hasRunningJob && !isEngineWanted) setIsEngineWanted(true)

  // Other tabs' job changes arrive through storage events, engine or not.
  useEffect(() => {
    const handleStorage = (event: StorageEvent) => {
      if (event.key === JobStore.storageKey) jobRegistry().syncFromStorage()
    }
    window.addEventListener('storage', handleStorage)
    return () => window.removeEventListener('storage', handleStorage)
  }, [])

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
      {isEngineWanted && (
        <Suspense fallback={null}>
          <JobEngineLoop onShowErrors={() => open(true)} />
        </Suspense>
      )}
      {isOpen && (
        <Suspense fallback={null}>
          <JobTrayPanel
            id={panelId}
            jobs={jobs}
            hasFinished={hasFinished}
            onClose={() => open(false)}
          />
        </Suspense>
      )}
    </>
  )
}
