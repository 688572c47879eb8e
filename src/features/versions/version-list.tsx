import { useQuery } from '@tanstack/react-query'
import { describeApiError } from '@/api/http/describe-api-error'
import { VERSIONS_PER_PAGE, versionQueries, type RecordVersion } from '@/api/version-queries'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { EmptyState, ErrorState, LoadingRows } from '@/components/ui/status-views'
import { TimeAgo } from '@/components/ui/time-ago'
import { formatExactTime } from '@/lib/relative-time'
import { changedFieldKeys } from '@/lib/version-changes'
import type { RecordContext } from './use-record-context'
import { editorLabel, publishedSpan, versionName } from './version-presentation'

export interface VersionListProps {
  recordId: string
  context: RecordContext
  page: number
  onPageChange: (page: number) => void
  /** Versions shown in the comparison, marked in the list. */
  comparedIds?: readonly string[]
  onCompare: (version: RecordVersion) => void
  onRestore: (version: RecordVersion, number: number) => void
  isRestoring: boolean
}

/** The record's versions, newest first, one page at a time. */
export function VersionList({
  recordId,
  context,
  page,
  onPageChange,
  comparedIds = [],
  onCompare,
  onRestore,
  isRestoring,
}: VersionListProps) {
  const versions = useQuery(versionQueries.list(recordId, page))
  const total = versions.data?.totalCount ?? 0
  const hasOlder = (page + 1) * VERSIONS_PER_PAGE < total
  // The oldest version of this page is compared with the newest of the next one.
  const older = useQuery({ ...versionQueries.list(recordId, page + 1), enabled: hasOlder })

  if (versions.isPending) return <LoadingRows label="Loading versions" />
  if (versions.isError) {
    return (
      <ErrorState
        message={describeApiError(versions.error)}
        onRetry={() => void versions.refetch()}
      />
    )
  }
  if (versions.data.versions.length === 0) {
    return (
      <EmptyState title="No versions yet">
        Every save creates a version; they will appear here.
      </EmptyState>
    )
  }
  const list = versions.data.versions
  const first = page * VERSIONS_PER_PAGE
  const apiKeys = context.fields.map((field) => field.attributes.api_key)
  const labels = new Map(
    context.fields.map((field) => [field.attributes.api_key, field.attributes.label]),
  )
  const lastPage = Math.max(0, Math.ceil(total / VERSIONS_PER_PAGE) - 1)

  return (
    <div>
      <ol aria-label="Version history" className="space-y-2">
        {list.map((version, index) => {
          const number = total - (first + index)
          const previous = index + 1 < list.length ? list[index + 1] : older.data?.versions[0]
          const isOldest = number === 1
          const changed = previous
            ? changedFieldKeys(apiKeys, previous.attributes, version.attributes).map(
                (key) => labels.get(key) ?? key,
              )
            : undefined
          return (
            <VersionItem
              key={version.id}
              version={version}
              number={number}
              changed={changed}
              isOldest={isOldest}
              isCompared={comparedIds.includes(version.id)}
              onCompare={() => onCompare(version)}
              onRestore={() => onRestore(version, number)}
              isRestoring={isRestoring}
            />
          )
        })}
      </ol>
      <nav
        aria-label="Version pages"
        className="mt-3 flex items-center justify-between gap-2 text-sm"
      >
        <Button size="sm" disabled={page === 0} onClick={() => onPageChange(page - 1)}>
          Newer
        </Button>
        <span className="text-zinc-600 tabular-nums dark:text-zinc-400">
          {first + 1}–{first + list.length} of {total}
        </span>
        <Button size="sm" disabled={page >= lastPage} onClick={() => onPageChange(page + 1)}>
          Older
        </Button>
      </nav>
    </div>
  )
}

function VersionItem({
  version,
  number,
  changed,
  isOldest,
  isCompared,
  onCompare,
  onRestore,
  isRestoring,
}: {
  version: RecordVersion
  number: number
  changed: string[] | undefined
  isOldest: boolean
  isCompared: boolean
  onCompare: () => void
  onRestore: () => void
  isRestoring: boolean
}) {
  const span = publishedSpan(version)
  const headingId = `version-${version.id}`
  return (
    <li
      aria-labelledby={headingId}
      className={`rounded-lg border p-3 ${
        isCompared
          ? 'border-indigo-300 bg-indigo-50/60 dark:border-indigo-700 dark:bg-indigo-950/40'
          : 'border-zinc-200 dark:border-zinc-800'
      }`}
    >
      <div className="flex flex-wrap items-center gap-2">
        <h3 id={headingId} className="font-medium">
          {versionName(number)}
        </h3>
        {version.meta.is_current && <Badge tone="info">Current</Badge>}
        {version.meta.is_published ? (
          <Badge tone="success">{span ?? 'Published'}</Badge>
        ) : (
          span && <Badge tone="neutral">{span.replace(/^Published/, 'Was published')}</Badge>
        )}
        {!version.meta.is_valid && <Badge tone="warning">Invalid</Badge>}
      </div>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">
        <TimeAgo value={version.meta.created_at} />
        <span className="text-zinc-600 dark:text-zinc-400">
          {' '}
          · {formatExactTime(version.meta.created_at)} · by {editorLabel(version)}
        </span>
      </p>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        {isOldest
          ? 'First version'
          : changed === undefined
            ? 'Checking what changed…'
            : changed.length === 0
              ? 'No field changed'
              : `Changed: ${changed.join(', ')}`}
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button size="sm" onClick={onCompare} aria-describedby={headingId}>
          Compare
        </Button>
        {!version.meta.is_current && (
          <Button
            size="sm"
            variant="ghost"
            onClick={onRestore}
            disabled={isRestoring}
            aria-describedby={headingId}
          >
            Restore this version
          </Button>
        )}
      </div>
    </li>
  )
}
