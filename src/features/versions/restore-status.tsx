import { useQuery } from '@tanstack/react-query'
import { versionQueries } from '@/api/version-queries'
import { Button, Spinner } from '@/components/ui/button'
import type { RecordContext } from './use-record-context'
import { startRestore, useRestoreStatus } from './use-restore-version'

/** A running restore, a failed one, or "Undo restore" while the restored content is current. */
export function RestoreStatus({ recordId, context }: { recordId: string; context: RecordContext }) {
  const status = useRestoreStatus(recordId, context.record.meta.current_version)
  // Newest first: right after a restore, the second entry is what was current before it.
  const firstPage = useQuery({
    ...versionQueries.list(recordId, 0),
    enabled: Boolean(status.undoable),
  })
  const previous = firstPage.data?.versions.find(
    (version) => version.id !== status.undoable?.newVersionId,
  )
  const total = firstPage.data?.totalCount

  if (status.running) {
    return (
      <div
        role="status"
        className="flex items-center gap-2 rounded-lg border border-indigo-200 bg-indigo-50 p-3 text-sm text-indigo-950 dark:border-indigo-900 dark:bg-indigo-950/50 dark:text-indigo-100"
      >
        <Spinner />
        {status.running.label}…
      </div>
    )
  }
  if (status.failed) {
    return (
      <div
        role="alert"
        className="rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-900 dark:border-red-900 dark:bg-red-950/60 dark:text-red-100"
      >
        {status.failed.label} failed: {status.failed.error?.message ?? 'the server gave no reason.'}
      </div>
    )
  }
  if (!status.undoable) return null
  return (
    <div
      role="status"
      className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-950 dark:border-emerald-900 dark:bg-emerald-950/50 dark:text-emerald-100"
    >
      <span>
        ‘{context.title}’ was restored{total ? `; it is now version ${total}` : ''}.
      </span>
      <Button
        size="sm"
        disabled={!previous}
        onClick={() =>
          previous &&
          void startRestore({
            recordId,
            recordTitle: context.title,
            version: previous,
            versionNumber: total ? total - 1 : undefined,
            isUndo: true,
          })
        }
      >
        Undo restore
      </Button>
    </div>
  )
}
