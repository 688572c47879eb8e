import { lazy, Suspense } from 'react'
import { Link } from 'react-router'
import { describeApiError } from '@/api/http/describe-api-error'
import { EmptyState, ErrorState, LoadingRows } from '@/components/ui/status-views'
import { PageHeader } from '@/components/ui/page-header'
import { RestoreStatus } from './restore-status'
import { RestoreVersionDialog } from './restore-version-dialog'
import { useRecordContext } from './use-record-context'
import { useRestoreFlow } from './use-restore-flow'
import type { ComparisonSides } from './version-comparison'
import { VersionList } from './version-list'

// The comparison carries the diff library: it loads when a comparison is first shown.
const VersionComparison = lazy(() =>
  import('./version-comparison').then((module) => ({ default: module.VersionComparison })),
)

export interface HistoryView {
  /** Zero-based page of the list. */
  page: number
  /** What is compared, when anything is. */
  sides: ComparisonSides | undefined
}

export interface VersionHistoryProps {
  recordId: string
  view: HistoryView
  onViewChange: (view: HistoryView) => void
}

/** The history page: the versions on the left, any two of them compared on the right. */
export function VersionHistory({ recordId, view, onViewChange }: VersionHistoryProps) {
  const { context, isPending, error, refetch } = useRecordContext(recordId)
  const restore = useRestoreFlow(recordId, context)
  const title = context ? `History of ‘${context.title}’` : 'History'

  if (!context) {
    return (
      <>
        <PageHeader title="History" />
        {isPending && !error ? (
          <LoadingRows label="Loading the record" />
        ) : (
          <ErrorState message={describeApiError(error)} onRetry={refetch} />
        )}
      </>
    )
  }
  const sides = view.sides
  return (
    <>
      <PageHeader
        title={title}
        description={
          <>
            {context.model?.attributes.name ?? 'Record'} ·{' '}
            <Link
              to={`/records/${encodeURIComponent(recordId)}`}
              className="text-indigo-700 hover:underline dark:text-indigo-300"
            >
              Back to the record
            </Link>
          </>
        }
      />
      <div className="mb-4">
        <RestoreStatus recordId={recordId} context={context} />
      </div>
      <div className="grid gap-6 xl:grid-cols-[24rem_minmax(0,1fr)]">
        <VersionList
          recordId={recordId}
          context={context}
          page={view.page}
          onPageChange={(page) => onViewChange({ ...view, page })}
          comparedIds={sides ? [sides.a, sides.b] : []}
          onCompare={(version) =>
            onViewChange({
              ...view,
              sides: { a: version.id, b: 'current', isChangedOnly: sides?.isChangedOnly ?? true },
            })
          }
          onRestore={restore.ask}
          isRestoring={restore.isRestoring}
        />
        <div className="min-w-0">
          {sides ? (
            <Suspense fallback={<LoadingRows rows={8} label="Loading the comparison" />}>
              <VersionComparison
                recordId={recordId}
                context={context}
                sides={sides}
                onSidesChange={(next) => onViewChange({ ...view, sides: next })}
                onRestore={restore.ask}
                isRestoring={restore.isRestoring}
              />
            </Suspense>
          ) : (
            <EmptyState title="Pick a version to compare">
              Press Compare on a version to see it beside the current record; then choose any two
              versions above the comparison.
            </EmptyState>
          )}
        </div>
      </div>
      <RestoreVersionDialog
        context={context}
        target={restore.target}
        onCancel={restore.cancel}
        onConfirm={restore.confirm}
      />
    </>
  )
}
