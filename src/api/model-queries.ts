import { queryOptions } from '@tanstack/react-query'
import type { RawApiTypes } from '@datocms/cma-client'
import { cma } from './connection/active-connection'

export type Model = RawApiTypes.ItemType
export type Field = RawApiTypes.Field

/** Models (item types) and their fields: neither is paginated by the CMA. */
export const modelQueries = {
  all: () => ['models'] as const,
  list: () =>
    queryOptions({
      queryKey: [...modelQueries.all(), 'list'] as const,
      queryFn: async ({ signal }) =>
        (await cma().get<{ data: Model[] }>('/item-types', { signal })).data,
      staleTime: 60_000,
    }),
  fields: (modelIdOrApiKey: string) =>
    queryOptions({
      queryKey: [...modelQueries.all(), 'fields', modelIdOrApiKey] as const,
      queryFn: async ({ signal }) =>
        (
          await cma().get<{ data: Field[] }>(
            `/item-types/${encodeURIComponent(modelIdOrApiKey)}/fields`,
            { signal },
          )
        ).data,
      staleTime: 60_000,
    }),
  /** One field by id (or `model_api_key::field_api_key`). */
  field: (fieldId: string) =>
    queryOptions({
      queryKey: [...modelQueries.all(), 'field', fieldId] as const,
      queryFn: async ({ signal }) =>
        (await cma().get<{ data: Field }>(`/fields/${encodeURIComponent(fieldId)}`, { signal }))
          .data,
      staleTime: 60_000,
    }),
}
