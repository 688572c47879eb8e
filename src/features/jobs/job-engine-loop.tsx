import { useCallback } from 'react'
import { useNavigate } from 'react-router'
import { useJobEngineLoop } from '@/api/jobs/jobs'
import type { Job } from '@/api/jobs/job-types'
import { notify } from '@/components/ui/notify'
import { finishedMessage, resultLinks } from './job-presentation'

/**
 * Runs the job engine and tells the editor when a job ends: the one owner of job
 * consequences, mounted by the tray once a job runs.
 */
export function JobEngineLoop({ onShowErrors }: { onShowErrors: () => void }) {
  const navigate = useNavigate()
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
          action: { label: 'Show errors', onClick: onShowErrors },
          duration: 10_000,
        })
      }
    },
    [navigate, onShowErrors],
  )
  useJobEngineLoop({ onFinished: handleFinished })
  return null
}
