import { useQuery } from '@tanstack/react-query'
import { useId, useMemo } from 'react'
import { describeApiError } from '@/api/http/describe-api-error'
import { versionQueries, type RecordVersion } from '@/api/version-queries'
import { Button } from '@/components/ui/button'
import { ErrorState, LoadingRows } from '@/components/ui/status-views'
import { diffVersions } from '@/lib/version-diff'
import { DiffTable } from './diff-view'
import { useLinkLabels } from './use-link-labels'
import type { RecordContext } from './use-record-context'
import { versionName, versionOptionLabel } from './version-presentation'

/** `b` may be a version id or `current` (the record as it is now). */
export interface ComparisonSides {
  a: string
  b: string
  isChangedOnly: boolean
}

export interface VersionComparisonProps {
  recordId: string
  context: RecordContext
  sides: ComparisonSides
  onSidesChange: (sides: ComparisonSides) => void
  onRestore: (version: RecordVersion, number: number) => void
  isRestoring: boolean
}

export const CURRENT = 'current'

/** Any two versions, or a version and the current record, side by side. Loaded on demand. */
export function VersionComparison({
  recordId,
  context,
  sides,
  onSidesChange,
  onRestore,
  isRestoring,
}: VersionComparisonProps) {
  const history = useQuery(versionQueries.history(recordId))
  const fromId = useId()
  const toId = useId()
  const switchId = useId()

  const resolved = useMemo(() => {
    if (!history.data) return undefined
    const { versions, totalCount } = history.data
    const find = (id: string) => {
      const index = versions.findIndex((version) => version.id === id)
      const version = versions[index]
      return version ? { version, number: totalCount - index } : undefined
    }
    const left = find(sides.a)
    const right = sides.b === CURRENT ? undefined : find(sides.b)
    return { versions, totalCount, left, right }
  }, [history.data, sides.a, sides.b])

  const rightAttributes =
    sides.b === CURRENT ? context.record.attributes : resolved?.right?.version.attributes
  const diffs = useMemo(
    () =>
      resolved?.left && rightAttributes
        ? diffVersions(context.diffFields, resolved.left.version.attributes, rightAttributes, {
            locales: context.locales,
          })
        : undefined,
    [resolved, rightAttributes, context.diffFields, context.locales],
  )
  const linkLabel = useLinkLabels(diffs, context.locales)

  if (history.isPending) return <LoadingRows rows={8} label="Loading the comparison" />
  if (history.isError) {
    return (
      <ErrorState
        message={describeApiError(history.error)}
        onRetry={() => void history.refetch()}
      />
    )
  }
  if (!resolved?.left || (sides.b !== CURRENT && !resolved.right)) {
    return (
      <ErrorState
        title="Can’t compare these"
        message="At least one of the versions in this link is not part of this record’s history. Pick versions from the list."
      />
    )
  }
  const { left, right, versions, totalCount } = resolved
  const leftLabel = `${versionName(left.number)}${left.version.meta.is_current ? ' (current)' : ''}`
  const rightLabel = right
    ? `${versionName(right.number)}${right.version.meta.is_current ? ' (current)' : ''}`
    : 'Current record'
  const changedCount = diffs?.filter((diff) => diff.isChanged).length ?? 0

  return (
    <section aria-labelledby="comparison-heading" className="space-y-4">
      <div className="flex flex-wrap items-end gap-3">
        <h2 id="comparison-heading" className="sr-only">
          Comparison of {leftLabel} with {rightLabel}
        </h2>
        <div>
          <label
            htmlFor={fromId}
            className="block text-xs font-medium text-zinc-600 dark:text-zinc-400"
          >
            From
          </label>
          <select
            id={fromId}
            value={sides.a}
            onChange={(event) => onSidesChange({ ...sides, a: event.target.value })}
            className="mt-1 h-9 w-80 max-w-full rounded-md border border-zinc-300 bg-white px-2 text-sm dark:border-zinc-700 dark:bg-zinc-900"
          >
            {versions.map((version, index) => (
              <option key={version.id} value={version.id}>
                {versionOptionLabel(version, totalCount - index)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label
            htmlFor={toId}
            className="block text-xs font-medium text-zinc-600 dark:text-zinc-400"
          >
            To
          </label>
          <select
            id={toId}
            value={sides.b}
            onChange={(event) => onSidesChange({ ...sides, b: event.target.value })}
            className="mt-1 h-9 w-80 max-w-full rounded-md border border-zinc-300 bg-white px-2 text-sm dark:border-zinc-700 dark:bg-zinc-900"
          >
            <option value={CURRENT}>Current record</option>
            {versions.map((version, index) => (
              <option key={version.id} value={version.id}>
                {versionOptionLabel(version, totalCount - index)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex h-9 items-center gap-2">
          <input
            id={switchId}
            type="checkbox"
            role="switch"
            checked={sides.isChangedOnly}
            onChange={(event) => onSidesChange({ ...sides, isChangedOnly: event.target.checked })}
            className="size-4 accent-indigo-600"
          />
          <label htmlFor={switchId} className="text-sm">
            Changed fields only
          </label>
        </div>
        {!left.version.meta.is_current && (
          <Button
            variant="primary"
            className="ml-auto"
            disabled={isRestoring}
            onClick={() => onRestore(left.version, left.number)}
          >
            Restore this version
          </Button>
        )}
      </div>
      <p className="text-sm text-zinc-700 dark:text-zinc-300" role="status">
        {changedCount === 0
          ? `${leftLabel} and ${rightLabel.toLowerCase()} have the same content.`
          : `${changedCount} ${changedCount === 1 ? 'field differs' : 'fields differ'} between ${leftLabel.toLowerCase()} and ${rightLabel.toLowerCase()}.`}
      </p>
      {diffs && (
        <DiffTable
          diffs={diffs}
          leftLabel={leftLabel}
          rightLabel={rightLabel}
          isChangedOnly={sides.isChangedOnly}
          linkLabel={linkLabel}
          caption={`${leftLabel} compared with ${rightLabel}`}
        />
      )}
    </section>
  )
}
