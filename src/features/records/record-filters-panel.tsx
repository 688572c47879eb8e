import { useId, useState } from 'react'
import type { Field } from '@/api/model-queries'
import { Button } from '@/components/ui/button'
import { filterProblem, operatorsForFieldType, valueKindOf } from '@/lib/field-filter-operators'
import type { FieldFilter } from '@/lib/records-view'

const SELECT_CLASS =
  'h-8 rounded-md border border-zinc-300 bg-white px-2 text-sm dark:border-zinc-700 dark:bg-zinc-900'

function inputTypeOf(fieldType: string): string {
  const kind = valueKindOf(fieldType)
  if (kind === 'date') return 'date'
  if (kind === 'date_time') return 'datetime-local'
  return 'text'
}

/**
 * Field filters built from the model's fields, each offering only the operators its type
 * allows. Edits stay here until "Apply filters"; a filter that cannot be sent says why at
 * its value and nothing typed is lost.
 */
export function RecordFiltersPanel({
  fields,
  applied,
  onApply,
}: {
  fields: readonly Field[]
  applied: readonly FieldFilter[]
  onApply: (filters: FieldFilter[]) => void
}) {
  const [drafts, setDrafts] = useState<FieldFilter[]>(() => [...applied])
  const [showProblems, setShowProblems] = useState(false)
  const baseId = useId()
  const filterable = fields.filter(
    (field) => operatorsForFieldType(field.attributes.field_type).length > 0,
  )
  const typeOf = (apiKey: string) =>
    filterable.find((field) => field.attributes.api_key === apiKey)?.attributes.field_type
  const problems = drafts.map((filter) => filterProblem(filter, typeOf(filter.field)))

  function update(index: number, change: Partial<FieldFilter>) {
    setDrafts((current) =>
      current.map((filter, at) => {
        if (at !== index) return filter
        const next = { ...filter, ...change }
        if (change.field && change.field !== filter.field) {
          const operators = operatorsForFieldType(typeOf(change.field) ?? '')
          next.operator = operators[0]?.id ?? ''
          next.value = ''
        }
        return next
      }),
    )
  }

  function addFilter() {
    const first = filterable[0]
    if (!first) return
    setDrafts((current) => [
      ...current,
      {
        field: first.attributes.api_key,
        operator: operatorsForFieldType(first.attributes.field_type)[0]?.id ?? '',
        value: '',
      },
    ])
  }

  function apply() {
    if (problems.some(Boolean)) {
      setShowProblems(true)
      return
    }
    setShowProblems(false)
    onApply(drafts)
  }

  return (
    <section
      aria-label="Field filters"
      className="rounded-lg border border-zinc-200 bg-zinc-50/60 p-3 dark:border-zinc-800 dark:bg-zinc-900/40"
    >
      {drafts.length === 0 ? (
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          No field filters. Add one to narrow the list by a field&apos;s value.
        </p>
      ) : (
        <ul className="space-y-2">
          {drafts.map((filter, index) => {
            const fieldType = typeOf(filter.field) ?? 'string'
            const operator = operatorsForFieldType(fieldType).find(
              (entry) => entry.id === filter.operator,
            )
            const problem = showProblems ? problems[index] : undefined
            const problemId = `${baseId}-problem-${index}`
            return (
              <li key={index} className="flex flex-wrap items-start gap-2">
                <select
                  aria-label={`Filter ${index + 1}: field`}
                  className={SELECT_CLASS}
                  value={filter.field}
                  onChange={(event) => update(index, { field: event.target.value })}
                >
                  {filterable.map((field) => (
                    <option key={field.id} value={field.attributes.api_key}>
                      {field.attributes.label}
                    </option>
                  ))}
                </select>
                <select
                  aria-label={`Filter ${index + 1}: condition`}
                  className={SELECT_CLASS}
                  value={filter.operator}
                  onChange={(event) => update(index, { operator: event.target.value })}
                >
                  {operatorsForFieldType(fieldType).map((entry) => (
                    <option key={entry.id} value={entry.id}>
                      {entry.label}
                    </option>
                  ))}
                </select>
                {operator?.needsValue && (
                  <div>
                    <input
                      type={inputTypeOf(fieldType)}
                      aria-label={`Filter ${index + 1}: value`}
                      aria-invalid={problem ? true : undefined}
                      aria-describedby={problem ? problemId : undefined}
                      value={filter.value}
                      onChange={(event) => update(index, { value: event.target.value })}
                      onKeyDown={(event) => {
                        if (event.key === 'Enter') apply()
                      }}
                      className={`h-8 w-48 rounded-md border bg-white px-2 text-sm dark:bg-zinc-900 ${
                        problem
                          ? 'border-red-500 dark:border-red-400'
                          : 'border-zinc-300 dark:border-zinc-700'
                      }`}
                    />
                    {problem && (
                      <p id={problemId} className="mt-1 text-xs text-red-700 dark:text-red-300">
                        {problem}
                      </p>
                    )}
                  </div>
                )}
                {!operator?.needsValue && problem && (
                  <p className="self-center text-xs text-red-700 dark:text-red-300">{problem}</p>
                )}
                <Button
                  size="sm"
                  variant="ghost"
                  aria-label={`Remove filter ${index + 1}`}
                  onClick={() => setDrafts((current) => current.filter((_, at) => at !== index))}
                >
                  ✕
                </Button>
              </li>
            )
          })}
        </ul>
      )}
      <div className="mt-3 flex gap-2">
        <Button size="sm" onClick={addFilter} disabled={filterable.length === 0}>
          Add filter
        </Button>
        <Button size="sm" variant="primary" onClick={apply}>
          Apply filters
        </Button>
      </div>
    </section>
  )
}
