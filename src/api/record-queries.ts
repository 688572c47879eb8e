import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import type { RawApiTypes } from '@datocms/cma-client'
import { cmaFilterParams } from '@/lib/field-filter-operators'
import type { FieldFilter } from '@/lib/records-view'
import { cma } from './connection/active-connection'

export type CmaRecord = RawApiTypes.Item

export interface RecordListParams {
  model: string
  query?: string
  locale?: string
  orderBy?: string
  /** `draft`, `updated` or `published` (`filter[fields][_status][eq]`). */
  status?: string
  /** Field filters, already checked against the model's field types. */
  filters?: readonly FieldFilter[]
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
              // The locale also picks which translation field filters and ordering look at.
              locale: params.locale,
              order_by: params.orderBy,
              'filter[fields][_status][eq]': params.status,
              ...Object.assign({}, ...(params.filters ?? []).map(cmaFilterParams)),
              'page[offset]': params.page * params.perPage,
              'page[limit]': params.perPage,
            },
          },
        )
        return { records: body.data, totalCount: body.meta.total_count }
      },
      placeholderData: keepPreviousData,
    }),
  /** Records by id, for showing links by their titles (at most one page of ids). */
  byIds: (ids: readonly string[]) =>
    queryOptions({
      queryKey: [...recordQueries.lists(), 'ids', [...ids].sort()] as const,
      queryFn: async ({ signal }) =>
        (
          await cma().get<{ data: CmaRecord[] }>('/items', {
            signal,
            query: { 'filter[ids]': [...ids].sort().join(','), 'page[limit]': 500 },
          })
        ).data,
      enabled: ids.length > 0,
      staleTime: 60_000,
    }),
  details: () => [...recordQueries.all(), 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...recordQueries.details(), id] as const,
      queryFn: async ({ signal }) =>
        (await cma().get<{ data: CmaRecord }>(`/items/${encodeURIComponent(id)}`, { signal })).data,
    }),
}
