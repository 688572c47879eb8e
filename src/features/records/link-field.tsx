import { useQueries, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { modelQueries, type Field } from '@/api/model-queries'
import { recordQueries, type CmaRecord } from '@/api/record-queries'
import { Button } from '@/components/ui/button'
import type { DraftValue } from '@/lib/field-values'
import { displayText } from '@/lib/record-title'

function targetModelIds(field: Field): string[] {
  const validators = field.attributes.validators as Record<string, { item_types?: string[] }>
  return validators.item_item_type?.item_types ?? validators.items_item_type?.item_types ?? []
}

/** Titles of records of the given models, by their models' title fields. */
function useTitleOf(modelIds: readonly string[]) {
  const models = useQuery(modelQueries.list())
  const fieldLists = useQueries({
    queries: modelIds.map((modelId) => modelQueries.fields(modelId)),
  })
  return (record: CmaRecord): string => {
    const modelId = record.relationships.item_type.data.id
    const model = models.data?.find((entry) => entry.id === modelId)
    const titleFieldId = model?.relationships.title_field.data?.id
    const fields = fieldLists[modelIds.indexOf(modelId)]?.data
    const apiKey = fields?.find((field) => field.id === titleFieldId)?.attributes.api_key
    return (apiKey && displayText(record.attributes[apiKey], 'en')) || `Record #${record.id}`
  }
}

/** A link or links field: the linked records by their titles, and a search to add one. */
export function LinkField({
  inputId,
  field,
  value,
  onChange,
  isReadOnly,
  describedBy,
  hasError,
}: {
  inputId: string
  field: Field
  value: DraftValue
  onChange: (value: DraftValue) => void
  isReadOnly: boolean
  describedBy: string | undefined
  hasError: boolean
}) {
  const isMany = field.attributes.field_type === 'links'
  const ids = Array.isArray(value) ? value : typeof value === 'string' && value ? [value] : []
  const targets = targetModelIds(field)
  const titleOf = useTitleOf(targets)
  const linked = useQuery(recordQueries.byIds(ids))
  const [search, setSearch] = useState('')
  const trimmed = search.trim()
  const results = useQueries({
    queries: targets.map((modelId) => ({
      ...recordQueries.list({ model: modelId, query: trimmed, page: 0, perPage: 8 }),
      enabled: trimmed.length > 0,
    })),
  })
  const found = results.flatMap((result) => result.data?.records ?? [])
  const byId = new Map((linked.data ?? []).map((record) => [record.id, record]))

  function add(id: string) {
    onChange(isMany ? [...ids.filter((entry) => entry !== id), id] : id)
    setSearch('')
  }
  function remove(id: string) {
    onChange(isMany ? ids.filter((entry) => entry !== id) : null)
  }

  return (
    <div>
      {ids.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">No record linked.</p>
      ) : (
        <ul
          className="flex flex-wrap gap-1.5"
          aria-label={`${field.attributes.label}: linked records`}
        >
          {ids.map((id) => {
            const record = byId.get(id)
            const title = record
              ? titleOf(record)
              : linked.isPending
                ? 'Loading…'
                : `Missing record #${id}`
            return (
              <li
                key={id}
                className="inline-flex items-center gap-1 rounded-full border border-zinc-300 bg-zinc-50 py-0.5 pr-1 pl-2.5 text-sm dark:border-zinc-700 dark:bg-zinc-800"
              >
                {title}
                {!isReadOnly && (
                  <button
                    type="button"
                    aria-label={`Unlink ‘${title}’`}
                    onClick={() => remove(id)}
                    className="rounded-full px-1.5 text-zinc-600 hover:bg-zinc-200 dark:text-zinc-300 dark:hover:bg-zinc-700"
                  >
                    ✕
                  </button>
                )}
              </li>
            )
          })}
        </ul>
      )}
      {!isReadOnly && (
        <div className="mt-2">
          <input
            id={inputId}
            type="text"
            role="combobox"
            aria-expanded={found.length > 0}
            aria-autocomplete="list"
            aria-describedby={describedBy}
            aria-invalid={hasError || undefined}
            placeholder={isMany ? 'Find a record to add…' : 'Find a record to link…'}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            className={`block h-9 w-full max-w-md rounded-md border bg-white px-3 text-sm dark:bg-zinc-900 ${
              hasError
                ? 'border-red-500 dark:border-red-400'
                : 'border-zinc-300 dark:border-zinc-700'
            }`}
          />
          {trimmed && (
            <ul
              role="listbox"
              aria-label="Matching records"
              className="mt-1 max-w-md rounded-md border border-zinc-200 bg-white py-1 shadow-sm dark:border-zinc-700 dark:bg-zinc-900"
            >
              {found.length === 0 ? (
                <li className="px-3 py-1.5 text-sm text-zinc-600 dark:text-zinc-400">
                  {results.some((result) => result.isFetching) ? 'Searching…' : 'No match.'}
                </li>
              ) : (
                found.map((record) => (
                  <li key={record.id} role="option" aria-selected={ids.includes(record.id)}>
                    <Button
                      size="sm"
                      variant="ghost"
                      className="w-full justify-start"
                      onClick={() => add(record.id)}
                    >
                      {titleOf(record)}
                    </Button>
                  </li>
                ))
              )}
            </ul>
          )}
        </div>
      )}
    </div>
  )
}
