import { useQuery } from '@tanstack/react-query'
import { describeApiError } from '@/api/http/describe-api-error'
import { modelQueries } from '@/api/model-queries'
import { EmptyState, ErrorState, LoadingRows } from '@/components/ui/status-views'
import { FieldDetail } from './field-detail'
import { FieldsTable } from './fields-table'
import { ModelList } from './model-list'

export interface FieldsOverviewProps {
  modelApiKey: string | undefined
  /** The field whose detail is open (`?field=`). */
  openFieldId: string | undefined
  /** The field to point out, e.g. a new copy (`?highlight=`). */
  highlightFieldId: string | undefined
  onOpenField: (fieldId: string | undefined) => void
  onHighlightField: (fieldId: string) => void
}

/** Models on the left; the chosen model's fields, in position order, on the right. */
export function FieldsOverview({
  modelApiKey,
  openFieldId,
  highlightFieldId,
  onOpenField,
  onHighlightField,
}: FieldsOverviewProps) {
  const models = useQuery(modelQueries.list())
  if (models.isPending) return <LoadingRows label="Loading models" />
  if (models.isError) {
    return (
      <ErrorState message={describeApiError(models.error)} onRetry={() => void models.refetch()} />
    )
  }
  const current = models.data.find((model) => model.attributes.api_key === modelApiKey)
  return (
    <div className="grid gap-6 lg:grid-cols-[15rem_minmax(0,1fr)]">
      <ModelList models={models.data} currentId={current?.id} />
      <div className="min-w-0">
        {current ? (
          <FieldsTable
            model={current}
            models={models.data}
            highlightFieldId={highlightFieldId}
            onOpenField={onOpenField}
            onDuplicated={onHighlightField}
          />
        ) : (
          <EmptyState
            title={modelApiKey ? `No model “${modelApiKey}” in this project` : 'Pick a model'}
          >
            {modelApiKey
              ? 'Pick one of the models on the left.'
              : 'Its fields appear here, in the order editors see them.'}
          </EmptyState>
        )}
      </div>
      {current && openFieldId && (
        <FieldDetail
          fieldId={openFieldId}
          models={models.data}
          onClose={() => onOpenField(undefined)}
        />
      )}
    </div>
  )
}
