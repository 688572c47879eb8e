import { useState } from 'react'
import { useMutationPermission } from '@/api/connection/permissions'
import { describeApiError } from '@/api/http/describe-api-error'
import { startSelectionJob, type BulkAction } from '@/api/selection-jobs'
import { Button } from '@/components/ui/button'
import { ConfirmDialog } from '@/components/ui/confirm-dialog'
import { notify } from '@/components/ui/notify'
import { TextField } from '@/components/ui/text-field'
import { formatCount } from '@/lib/format-count'
import type { Selection } from '@/lib/selection-url'
import type { SelectionOverview } from './use-selection-preview'

/** Deleting more records than this asks for the count to be typed. */
export const TYPED_DELETE_THRESHOLD = 50

const ACTIONS: { action: BulkAction; verb: string }[] = [
  { action: 'duplicate', verb: 'Duplicate' },
  { action: 'publish', verb: 'Publish' },
  { action: 'unpublish', verb: 'Unpublish' },
  { action: 'delete', verb: 'Delete' },
]

function countText(count: number): string {
  return `${formatCount(count)} ${count === 1 ? 'record' : 'records'}`
}

function consequence(action: BulkAction, count: number, isServer: boolean): string {
  switch (action) {
    case 'duplicate':
      return isServer
        ? `The server copies each of the ${countText(count)} as one bulk job; copies start as drafts, placed right after their originals.`
        : `Without the Project API, the console copies the ${countText(count)} one by one (a few at a time, within the rate limit); you can cancel in the Jobs tray.`
    case 'publish':
      return `The current version of each of the ${countText(count)} goes live, in bulk calls of up to 200.`
    case 'unpublish':
      return `Each of the ${countText(count)} is taken offline and becomes a draft, in bulk calls of up to 200.`
    case 'delete':
      return `The ${countText(count)} and their whole version histories are deleted, in bulk calls of up to 200. This cannot be undone.`
  }
}

/**
 * The bulk actions, each naming the count the preview showed; the confirmation restates it,
 * and the job runs the very selection that was counted.
 */
export function SelectionActions({
  selection,
  overview,
  summary,
  onStarted,
}: {
  selection: Selection
  overview: SelectionOverview
  /** The selection in words, for the confirmation. */
  summary: string
  onStarted?: () => void
}) {
  const permission = useMutationPermission()
  const [pending, setPending] = useState<BulkAction | undefined>()
  const [typed, setTyped] = useState('')
  const [isStarting, setIsStarting] = useState(false)
  const count = overview.total
  const isReady = count !== undefined && !overview.isCounting && count > 0
  const disabledReason = !permission.canMutate
    ? permission.reason
    : overview.entryError || overview.error
      ? 'Fix the selection first: the server refused it.'
      : overview.isCounting || count === undefined
        ? 'Waiting for the preview to count the records.'
        : count === 0
          ? 'The selection matches no record.'
          : undefined
  const pendingVerb = ACTIONS.find((entry) => entry.action === pending)?.verb ?? ''
  const needsTyping = pending === 'delete' && (count ?? 0) > TYPED_DELETE_THRESHOLD

  const start = async () => {
    if (!pending || count === undefined) return
    setIsStarting(true)
    try {
      const job = await startSelectionJob(pending, selection, { expectedCount: count })
      if (job.state === 'failed' || job.state === 'rejected')
        notify('error', `${job.label}: ${job.error?.message ?? 'it could not start'}`)
      else notify('message', `${job.label}: started. Follow it in the Jobs tray.`)
      onStarted?.()
    } catch (error) {
      notify('error', describeApiError(error))
    } finally {
      setIsStarting(false)
      setPending(undefined)
      setTyped('')
    }
  }

  return (
    <div>
      <div role="group" aria-label="Bulk actions" className="flex flex-wrap gap-2">
        {ACTIONS.map(({ action, verb }) => (
          <Button
            key={action}
            variant={
              action === 'delete' ? 'danger' : action === 'duplicate' ? 'primary' : 'secondary'
            }
            disabled={!isReady || disabledReason !== undefined}
            title={disabledReason}
            onClick={() => setPending(action)}
          >
            {verb} {isReady ? countText(count) : 'records'}
          </Button>
        ))}
      </div>
      {disabledReason && (
        <p className="mt-2 text-xs text-zinc-600 dark:text-zinc-400">{disabledReason}</p>
      )}
      <ConfirmDialog
        open={pending !== undefined}
        onOpenChange={(open) => {
          if (!open) {
            setPending(undefined)
            setTyped('')
          }
        }}
        title={`${pendingVerb} ${countText(count ?? 0)}?`}
        confirmLabel={`${pendingVerb} ${countText(count ?? 0)}`}
        isDestructive={pending === 'delete'}
        isBusy={isStarting}
        canConfirm={!needsTyping || typed.trim() === String(count)}
        onConfirm={() => void start()}
      >
        <div className="space-y-3">
          <p>
            <strong>{summary}</strong>: the preview counted exactly{' '}
            <strong>{countText(count ?? 0)}</strong>.
          </p>
          {pending && <p>{consequence(pending, count ?? 0, overview.mode === 'server')}</p>}
          <p>
            If the server counts a different number when the job starts (someone changed content
            meanwhile), the Jobs tray says so.
          </p>
          {needsTyping && (
            <TextField
              label={`Type ${count} to delete ${countText(count ?? 0)}`}
              inputMode="numeric"
              autoComplete="off"
              value={typed}
              onChange={(event) => setTyped(event.target.value)}
            />
          )}
        </div>
      </ConfirmDialog>
    </div>
  )
}
