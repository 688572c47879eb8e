import { queryOptions } from '@tanstack/react-query'
import type { RawApiTypes } from '@datocms/cma-client'
import { cma } from './connection/active-connection'

export type Site = RawApiTypes.Site

export const siteQueries = {
  all: () => ['site'] as const,
  detail: () =>
    queryOptions({
      queryKey: [...siteQueries.all(), 'detail'] as const,
      queryFn: async ({ signal }) => (await cma().get<{ data: Site }>('/site', { signal })).data,
      staleTime: 5 * 60_000,
    }),
}
