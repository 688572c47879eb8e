import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { describeApiError } from '@/api/http/describe-api-error'
import { modelQueries, type Model } from '@/api/model-queries'
import { recordQueries } from '@/api/record-queries'
import { EmptyState, ErrorState, LoadingRows } from '@/components/ui/status-views'
import { StatusBadge } from '@/components/ui/status-badge'
import { TimeAgo } from '@/components/ui/time-ago'
import { formatCount } from '@/lib/format-count'
import { displayText } from '@/lib/record-title'

const PER_PAGE = 30

/** The models as tabs and the newest records of the chosen one. */
export function RecordsOverview({ modelApiKey }: { modelApiKey: string | undefined }) {
  const models = useQuery(modelQueries.list())
  if (models.isPending) return <LoadingRows label="Loading models" />
  if (models.isError) {
    return (
      <ErrorState message={describeApiError(models.error)} onRetry={() => void models.refetch()} />
    )
  }
  const contentModels = models.data.filter((model) => !model.attributes.modular_block)
  if (contentModels.length === 0) {
    return (
      <EmptyState title="This project has no models yet">
        Create a model in DatoCMS, then come back.
      </EmptyState>
    )
  }
  const current =
    contentModels.find((model) => model.attributes.api_key === modelApiKey) ?? contentModels[0]
  return (
    <div>
      <nav
        aria-label="Models"
        className="mb-4 flex flex-wrap gap-1 border-b border-zinc-200 dark:border-zinc-800"
      >
        {contentModels.map((model) => {
          const isCurrent = model.id === current?.id
          return (
            <Link
              key={model.id}
              to={`?model=${encodeURIComponent(model.attributes.api_key)}`}
              aria-current={isCurrent ? 'page' : undefined}
              className={`-mb-px border-b-2 px-3 py-2 text-sm font-medium ${
                isCurrent
                  ? 'border-indigo-600 text-indigo-700 dark:border-indigo-400 dark:text-indigo-300'
                  : 'border-transparent text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100'
              }`}
            >
              {model.attributes.name}
            </Link>
          )
        })}
      </nav>
      {current && <ModelRecords model={current} />}
    </div>
  )
}

function ModelRecords({ model }: { model: Model }) {
  const fields = useQuery(modelQueries.fields(model.id))
  const records = useQuery(
    recordQueries.list({ model: model.attributes.api_key, page: 0, perPage: PER_PAGE }),
  )
  const titleFieldId = model.relationships.title_field.data?.id
  const titleField = fields.data?.find((field) => field.id === titleFieldId)

  if (records.isPending) return <LoadingRows label={`Loading ${model.attributes.name} records`} />
  if (records.isError) {
    return (
      <ErrorState
        message={describeApiError(records.error)}
        onRetry={() => void records.refetch()}
      />
    )
  }
  if (records.data.totalCount === 0) {
    return <EmptyState title={`No ${model.attributes.name} records yet`} />
  }
  return (
    <div>
      <p className="mb-2 text-sm text-zinc-600 dark:text-zinc-400">
        {formatCount(records.data.totalCount)} records · newest updated first
      </p>
      <table aria-label="Records" className="w-full text-left text-sm">
        <thead className="border-b border-zinc-200 text-xs text-zinc-600 uppercase dark:border-zinc-800 dark:text-zinc-400">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              Title
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Status
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Updated
            </th>
          </tr>
        </thead>
        <tbody>
          {records.data.records.map((record) => {
            const title =
              (titleField && displayText(record.attributes[titleField.attributes.api_key], 'en')) ??
              `#${record.id}`
            return (
              <tr key={record.id} className="border-b border-zinc-100 dark:border-zinc-900">
                <td className="py-2 pr-3">{title}</td>
                <td className="py-2 pr-3">
                  <StatusBadge status={record.meta.status} />
                </td>
                <td className="py-2 pr-3 text-zinc-600 dark:text-zinc-400">
                  <TimeAgo value={record.meta.updated_at} />
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
