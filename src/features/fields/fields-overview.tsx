import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { describeApiError } from '@/api/http/describe-api-error'
import { modelQueries, type Model } from '@/api/model-queries'
import { Badge } from '@/components/ui/badge'
import { EmptyState, ErrorState, LoadingRows } from '@/components/ui/status-views'

/** Models on the left; the chosen model's fields, in position order, on the right. */
export function FieldsOverview({ modelApiKey }: { modelApiKey: string | undefined }) {
  const models = useQuery(modelQueries.list())
  if (models.isPending) return <LoadingRows label="Loading models" />
  if (models.isError) {
    return (
      <ErrorState message={describeApiError(models.error)} onRetry={() => void models.refetch()} />
    )
  }
  const current = models.data.find((model) => model.attributes.api_key === modelApiKey)
  return (
    <div className="grid gap-6 md:grid-cols-[16rem_1fr]">
      <nav aria-label="Models">
        <ul className="space-y-0.5">
          {models.data.map((model) => (
            <li key={model.id}>
              <Link
                to={`/fields/${encodeURIComponent(model.attributes.api_key)}`}
                aria-current={model.id === current?.id ? 'page' : undefined}
                className={`block rounded-md px-3 py-2 text-sm ${
                  model.id === current?.id
                    ? 'bg-zinc-100 font-medium dark:bg-zinc-800'
                    : 'hover:bg-zinc-50 dark:hover:bg-zinc-900'
                }`}
              >
                {model.attributes.name}
                <span className="block font-mono text-xs text-zinc-600 dark:text-zinc-400">
                  {model.attributes.api_key}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {current ? (
        <ModelFields model={current} />
      ) : (
        <EmptyState
          title={modelApiKey ? `No model "${modelApiKey}" in this project` : 'Pick a model'}
        >
          Its fields appear here, in the order editors see them.
        </EmptyState>
      )}
    </div>
  )
}

function ModelFields({ model }: { model: Model }) {
  const fields = useQuery(modelQueries.fields(model.id))
  if (fields.isPending) return <LoadingRows label={`Loading fields of ${model.attributes.name}`} />
  if (fields.isError) {
    return (
      <ErrorState message={describeApiError(fields.error)} onRetry={() => void fields.refetch()} />
    )
  }
  return (
    <table aria-label={`Fields of ${model.attributes.name}`} className="w-full text-left text-sm">
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
        </tr>
      </thead>
      <tbody>
        {fields.data.map((field) => (
          <tr key={field.id} className="border-b border-zinc-100 dark:border-zinc-900">
            <td className="py-2 pr-3 font-medium">{field.attributes.label}</td>
            <td className="py-2 pr-3 font-mono text-xs">{field.attributes.api_key}</td>
            <td className="py-2 pr-3">{field.attributes.field_type}</td>
            <td className="py-2 pr-3">
              {field.attributes.localized ? <Badge tone="info">Localized</Badge> : 'No'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
