import { Button } from '@/components/ui/button'
import { formatCount } from '@/lib/format-count'
import { selectedCount, type RecordSelection } from '@/lib/record-selection'

/**
 * The count and what can be done with the selection. "Select all N matching" appears once the
 * whole page is picked and more records match; it swaps the count for the server's number.
 */
export function SelectionBar({
  selection,
  totalMatching,
  canSelectAllMatching,
  selectAllProblem,
  onSelectAllMatching,
  onOpenInBuilder,
  onClear,
}: {
  selection: RecordSelection
  totalMatching: number
  canSelectAllMatching: boolean
  selectAllProblem: string | undefined
  onSelectAllMatching: () => void
  onOpenInBuilder: () => void
  onClear: () => void
}) {
  const count = selectedCount(selection)
  const isAllMatching = selection.mode === 'all-matching'
  return (
    <section
      aria-label="Selected records"
      className="mb-3 flex flex-wrap items-center gap-3 rounded-lg border border-indigo-200 bg-indigo-50 px-3 py-2 text-sm text-indigo-950 dark:border-indigo-900 dark:bg-indigo-950/50 dark:text-indigo-100"
    >
      <p role="status" className="font-medium">
        {isAllMatching
          ? `All ${formatCount(count)} matching records selected`
          : `${formatCount(count)} ${count === 1 ? 'record' : 'records'} selected`}
        {isAllMatching && selection.exclude.length > 0 && (
          <span className="font-normal"> ({formatCount(selection.exclude.length)} left out)</span>
        )}
      </p>
      {canSelectAllMatching && (
        <Button
          size="sm"
          variant="ghost"
          className="text-indigo-800 underline dark:text-indigo-200"
          disabled={selectAllProblem !== undefined}
          title={selectAllProblem}
          onClick={onSelectAllMatching}
        >
          Select all {formatCount(totalMatching)} matching
        </Button>
      )}
      <div className="ml-auto flex gap-2">
        <Button size="sm" variant="primary" onClick={onOpenInBuilder}>
          Open in selection builder
        </Button>
        <Button size="sm" onClick={onClear}>
          Clear selection
        </Button>
      </div>
    </section>
  )
}
