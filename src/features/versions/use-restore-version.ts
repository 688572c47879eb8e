import { useJobs, jobEngine } from '@/api/jobs/jobs'
import { isTerminal, type Job } from '@/api/jobs/job-types'
import { restorePayloadOf, type RecordVersion } from '@/api/version-queries'

export function restoreKey(recordId: string): string {
  return `version-restore:${recordId}`
}

export interface RestoreRequest {
  recordId: string
  recordTitle: string
  version: RecordVersion
  /** Its number in the history, for the job's label. */
  versionNumber: number | undefined
  isUndo?: boolean
}

/** Starts the restore job: one at a time per record. */
export function startRestore({
  recordId,
  recordTitle,
  version,
  versionNumber,
  isUndo = false,
}: RestoreRequest): Promise<Job> {
  const which = versionNumber === undefined ? 'an earlier version' : `version ${versionNumber}`
  return jobEngine().startCmaJob({
    kind: 'version-restore',
    label: isUndo ? `Undo restore of ‘${recordTitle}’` : `Restore ‘${recordTitle}’ to ${which}`,
    targets: [{ type: 'version', id: version.id, label: recordTitle, parentId: recordId }],
    dedupeKey: restoreKey(recordId),
    operation: {
      dialect: 'cma',
      method: 'POST',
      path: `/versions/${encodeURIComponent(version.id)}/restore`,
    },
  })
}

export interface RestoreStatus {
  /** A restore of this record is running. */
  running: Job | undefined
  /** The newest finished restore of this record, when it is what the record shows now. */
  undoable: { job: Job; newVersionId: string } | undefined
  /** The newest restore failed. */
  failed: Job | undefined
}

/** What the editor should know about restores of this record right now. */
export function useRestoreStatus(recordId: string, currentVersionId: string | undefined) {
  const jobs = useJobs()
  const latest = jobs.find(
    (job) =>
      job.kind === 'version-restore' &&
      job.targets.some((target) => target.type === 'version' && target.parentId === recordId),
  )
  const status: RestoreStatus = { running: undefined, undoable: undefined, failed: undefined }
  if (!latest) return status
  if (!isTerminal(latest.state)) status.running = latest
  else if (latest.state === 'done') {
    const newVersionId = restorePayloadOf(latest.result)?.version.id
    if (newVersionId && newVersionId === currentVersionId)
      status.undoable = { job: latest, newVersionId }
  } else status.failed = latest
  return status
}
