import { useQuery } from '@tanstack/react-query'
import { useDeferredValue, useId, useState } from 'react'
import { selectionQueries, type PreviewRecord } from '@/api/selection-queries'
import { describeApiError } from '@/api/http/describe-api-error'
import { Button } from '@/components/ui/button'
import { StatusBadge } from '@/components/ui/status-badge'
import type { SelectionSchema } from './use-selection-schema'

/** Finds records by their text and offers each with an action ("Add", "Choose"). */
export function RecordPicker({
  label,
  actionLabel,
  language,
  schema,
  isChosen,
  onPick,
}: {
  label: string
  actionLabel: string
  language: string
  schema: SelectionSchema
  isChosen?: (gid: string) => boolean
  onPick: (record: PreviewRecord) => void
}) {
  const id = useId()
  const [text, setText] = useState('')
  const deferred = useDeferredValue(text.trim())
  const results = useQuery(selectionQueries.search(deferred, language))
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <input
        id={id}
        type="search"
        value={text}
        placeholder="Words from the title or text"
        onChange={(event) => setText(event.target.value)}
        className="mt-1 block h-9 w-full rounded-md border border-zinc-300 bg-white px-3 text-sm dark:border-zinc-700 dark:bg-zinc-900"
      />
      {deferred.length >= 2 && (
        <div className="mt-2 max-h-64 overflow-y-auto rounded-md border border-zinc-200 dark:border-zinc-800">
          {results.isError ? (
            <p role="alert" className="p-2 text-sm text-red-700 dark:text-red-300">
              {describeApiError(results.error)}
            </p>
          ) : results.data && results.data.length === 0 ? (
            <p className="p-2 text-sm text-zinc-600 dark:text-zinc-400">
              No record has those words.
            </p>
          ) : (
            <ul aria-label={`${label}: results`} aria-busy={results.isFetching || undefined}>
              {(results.data ?? []).map((record) => {
                const chosen = isChosen?.(record.gid) ?? false
                return (
                  <li
                    key={record.gid}
                    className="flex items-center gap-2 border-b border-zinc-100 px-2 py-1.5 text-sm last:border-b-0 dark:border-zinc-800"
                  >
                    <span className="min-w-0 flex-1 truncate">
                      {record.title}
                      <span className="ml-2 text-xs text-zinc-600 dark:text-zinc-400">
                        {schema.modelName(record.modelId) ?? ''} · {record.gid}
                      </span>
                    </span>
                    <StatusBadge status={record.status} />
                    <Button
                      size="sm"
                      disabled={chosen}
                      aria-label={`${actionLabel} ‘${record.title}’`}
                      onClick={() => onPick(record)}
                    >
                      {chosen ? 'Added' : actionLabel}
                    </Button>
                  </li>
                )
              })}
            </ul>
          )}
        </div>
      )}
    </div>
  )
}
