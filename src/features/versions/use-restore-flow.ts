import { useState } from 'react'
import { useRunningJob } from '@/api/jobs/job-registry'
import type { RecordVersion } from '@/api/version-queries'
import type { RestoreTarget } from './restore-version-dialog'
import type { RecordContext } from './use-record-context'
import { restoreKey, startRestore } from './use-restore-version'

/** Ask (the dialog's target), then run the restore job. */
export function useRestoreFlow(recordId: string, context: RecordContext | undefined) {
  const [target, setTarget] = useState<RestoreTarget>()
  const running = useRunningJob(restoreKey(recordId))
  return {
    target,
    isRestoring: Boolean(running),
    ask: (version: RecordVersion, number: number | undefined) => setTarget({ version, number }),
    cancel: () => setTarget(undefined),
    confirm: (chosen: RestoreTarget) => {
      setTarget(undefined)
      if (!context) return
      void startRestore({
        recordId,
        recordTitle: context.title,
        version: chosen.version,
        versionNumber: chosen.number,
      })
    },
  }
}
