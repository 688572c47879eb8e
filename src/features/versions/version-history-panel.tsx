import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { describeApiError } from '@/api/http/describe-api-error'
import { ErrorState, LoadingRows } from '@/components/ui/status-views'
import { RestoreStatus } from './restore-status'
import { RestoreVersionDialog } from './restore-version-dialog'
import { useRecordContext } from './use-record-context'
import { useRestoreFlow } from './use-restore-flow'
import { VersionList } from './version-list'
import { historyPath } from './version-presentation'

/**
 * A record's version history for the side of the record editor: newest first, paged, with
 * Compare (opens the history page) and Restore this version.
 */
export function VersionHistoryPanel({ recordId }: { recordId: string }) {
  const [page, setPage] = useState(0)
  const navigate = useNavigate()
  const { context, isPending, error, refetch } = useRecordContext(recordId)
  const restore = useRestoreFlow(recordId, context)

  return (
    <section aria-labelledby="version-history-heading" className="space-y-3">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id="version-history-heading" className="text-base font-semibold">
          History
        </h2>
        <Link
          to={historyPath(recordId)}
          className="text-sm text-indigo-700 hover:underline dark:text-indigo-300"
        >
          Open full history
        </Link>
      </div>
      {context ? (
        <>
          <RestoreStatus recordId={recordId} context={context} />
          <VersionList
            recordId={recordId}
            context={context}
            page={page}
            onPageChange={setPage}
            onCompare={(version) =>
              void navigate(historyPath(recordId, { a: version.id, b: 'current' }))
            }
            onRestore={restore.ask}
            isRestoring={restore.isRestoring}
          />
          <RestoreVersionDialog
            context={context}
            target={restore.target}
            onCancel={restore.cancel}
            onConfirm={restore.confirm}
          />
        </>
      ) : isPending && !error ? (
        <LoadingRows rows={4} label="Loading versions" />
      ) : (
        <ErrorState message={describeApiError(error)} onRetry={refetch} />
      )}
    </section>
  )
}
