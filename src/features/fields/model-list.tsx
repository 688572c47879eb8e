import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import type { Model } from '@/api/model-queries'
import { recordQueries } from '@/api/record-queries'
import { formatCount } from '@/lib/format-count'

/** The project's models with their API keys and how many records each holds. */
export function ModelList({ models, currentId }: { models: Model[]; currentId?: string }) {
  return (
    <nav aria-label="Models">
      <ul className="space-y-0.5">
        {models.map((model) => (
          <li key={model.id}>
            <Link
              to={`/fields/${encodeURIComponent(model.attributes.api_key)}`}
              aria-current={model.id === currentId ? 'page' : undefined}
              className={`flex items-start justify-between gap-2 rounded-md px-3 py-2 text-sm ${
                model.id === currentId
                  ? 'bg-zinc-100 font-medium dark:bg-zinc-800'
                  : 'hover:bg-zinc-50 dark:hover:bg-zinc-900'
              }`}
            >
              <span className="min-w-0">
                {model.attributes.name}
                <span className="block font-mono text-xs font-normal text-zinc-600 dark:text-zinc-400">
                  {model.attributes.api_key}
                </span>
              </span>
              <RecordCount apiKey={model.attributes.api_key} />
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}

function RecordCount({ apiKey }: { apiKey: string }) {
  // One record per page is enough: the answer's total_count is exact.
  const count = useQuery({
    ...recordQueries.list({ model: apiKey, page: 0, perPage: 1 }),
    staleTime: 60_000,
    select: (page) => page.totalCount,
  })
  if (count.data === undefined) return <span className="sr-only">record count loading</span>
  return (
    <span className="shrink-0 text-xs font-normal text-zinc-600 tabular-nums dark:text-zinc-400">
      {formatCount(count.data)} {count.data === 1 ? 'record' : 'records'}
    </span>
  )
}
