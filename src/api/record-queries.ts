import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import type { RawApiTypes } from '@datocms/cma-client'
import { cma } from './connection/active-connection'

export type CmaRecord = RawApiTypes.Item

export interface RecordListParams {
  model: string
  query?: string
  locale?: string
  orderBy?: string
  page: number
  perPage: number
}

export interface RecordPage {
  records: CmaRecord[]
  totalCount: number
}

export const recordQueries = {
  all: () => ['records'] as const,
  lists: () => [...recordQueries.all(), 'list'] as const,
  list: (params: RecordListParams) =>
    queryOptions({
      queryKey: [...recordQueries.lists(), params] as const,
      queryFn: async ({ signal }): Promise<RecordPage> => {
        const body = await cma().get<{ data: CmaRecord[]; meta: { total_count: number } }>(
          '/items',
          {
            signal,
            query: {
              'filter[type]': params.model,
              'filter[query]': params.query,
              locale: params.query ? params.locale : undefined,
              order_by: params.orderBy,
              'page[offset]': params.page * params.perPage,
              'page[limit]': params.perPage,
            },
          },
        )
        return { records: body.data, totalCount: body.meta.total_count }
      },
      placeholderData: keepPreviousData,
    }),
  details: () => [...recordQueries.all(), 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...recordQueries.details(), id] as const,
      queryFn: async ({ signal }) =>
        (await cma().get<{ data: CmaRecord }>(`/items/${encodeURIComponent(id)}`, { signal })).data,
    }),
}
