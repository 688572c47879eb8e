import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { Link } from 'react-router'
import { describeApiError } from '@/api/http/describe-api-error'
import { useRunningJob } from '@/api/jobs/job-registry'
import { modelQueries, type Field, type Model } from '@/api/model-queries'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { ErrorState, LoadingRows } from '@/components/ui/status-views'
import { describeValidators } from '@/lib/validator-description'
import { fieldTypeLabel } from './field-presentation'
import { duplicateFieldKey, useDuplicateField } from './use-duplicate-field'

export interface FieldsTableProps {
  model: Model
  models: Model[]
  highlightFieldId: string | undefined
  onOpenField: (fieldId: string) => void
  onDuplicated: (newFieldId: string) => void
}

/** A model's fields in position order, with their validators in words and a Duplicate action. */
export function FieldsTable({
  model,
  models,
  highlightFieldId,
  onOpenField,
  onDuplicated,
}: FieldsTableProps) {
  const fields = useQuery(modelQueries.fields(model.id))
  const duplicate = useDuplicateField(model, onDuplicated)
  if (fields.isPending) return <LoadingRows label={`Loading fields of ${model.attributes.name}`} />
  if (fields.isError) {
    return (
      <ErrorState message={describeApiError(fields.error)} onRetry={() => void fields.refetch()} />
    )
  }
  const ordered = [...fields.data].sort(
    (left, right) => left.attributes.position - right.attributes.position,
  )
  const labelOf = (id: string) => fields.data.find((field) => field.id === id)?.attributes.label
  const modelName = (id: string) => models.find((entry) => entry.id === id)?.attributes.name
  return (
    <section aria-labelledby="model-heading">
      <div className="mb-3">
        <h2 id="model-heading" className="text-lg font-semibold">
          {model.attributes.name}{' '}
          <span className="font-mono text-sm font-normal text-zinc-600 dark:text-zinc-400">
            {model.attributes.api_key}
          </span>
        </h2>
        {model.attributes.hint && (
          <p className="mt-0.5 text-sm text-zinc-600 dark:text-zinc-400">{model.attributes.hint}</p>
        )}
      </div>
      <div className="overflow-x-auto">
        <table
          aria-label={`Fields of ${model.attributes.name}`}
          className="w-full text-left text-sm"
        >
          <thead className="border-b border-zinc-200 text-xs text-zinc-600 uppercase dark:border-zinc-800 dark:text-zinc-400">
            <tr>
              <th scope="col" className="py-2 pr-3 font-medium">
                Label
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                API key
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                Type
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                Localized
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                Validators
              </th>
              <th scope="col" className="py-2 pr-3 font-medium">
                Hint
              </th>
              <th scope="col" className="py-2 font-medium">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {ordered.map((field) => (
              <FieldRow
                key={field.id}
                field={field}
                isHighlighted={field.id === highlightFieldId}
                validators={describeValidators(field.attributes.validators, {
                  modelName,
                  fieldLabel: labelOf,
                })}
                onOpen={() => onOpenField(field.id)}
                onDuplicate={() => void duplicate(field)}
              />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  )
}

function FieldRow({
  field,
  isHighlighted,
  validators,
  onOpen,
  onDuplicate,
}: {
  field: Field
  isHighlighted: boolean
  validators: string
  onOpen: () => void
  onDuplicate: () => void
}) {
  const rowRef = useRef<HTMLTableRowElement>(null)
  const running = useRunningJob(duplicateFieldKey(field.id))
  useEffect(() => {
    if (isHighlighted) rowRef.current?.scrollIntoView?.({ block: 'center', behavior: 'smooth' })
  }, [isHighlighted])
  return (
    <tr
      ref={rowRef}
      aria-current={isHighlighted ? 'true' : undefined}
      className={`border-b align-top ${
        isHighlighted
          ? 'border-amber-200 bg-amber-50 dark:border-amber-900 dark:bg-amber-950/40'
          : 'border-zinc-100 dark:border-zinc-900'
      }`}
    >
      <td className="py-2 pr-3">
        <Link
          to={`?field=${encodeURIComponent(field.id)}`}
          onClick={(event) => {
            event.preventDefault()
            onOpen()
          }}
          className="font-medium text-indigo-700 hover:underline dark:text-indigo-300"
        >
          {field.attributes.label}
        </Link>
        {isHighlighted && (
          <span className="ml-2">
            <Badge tone="warning">New</Badge>
          </span>
        )}
      </td>
      <td className="py-2 pr-3 font-mono text-xs">{field.attributes.api_key}</td>
      <td className="py-2 pr-3 whitespace-nowrap">{fieldTypeLabel(field.attributes.field_type)}</td>
      <td className="py-2 pr-3">
        {field.attributes.localized ? <Badge tone="info">Localized</Badge> : 'No'}
      </td>
      <td className="py-2 pr-3 text-zinc-700 dark:text-zinc-300">{validators || '—'}</td>
      <td className="max-w-56 py-2 pr-3 text-zinc-700 dark:text-zinc-300">
        {field.attributes.hint || '—'}
      </td>
      <td className="py-1.5 text-right">
        <Button size="sm" isBusy={Boolean(running)} onClick={onDuplicate}>
          Duplicate field
        </Button>
      </td>
    </tr>
  )
}
