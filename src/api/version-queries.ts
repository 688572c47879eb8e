import { queryOptions } from '@tanstack/react-query'
import type { RawApiTypes } from '@datocms/cma-client'
import { cma } from './connection/active-connection'

export type RecordVersion = RawApiTypes.ItemVersion

export const VERSIONS_PER_PAGE = 15

export const versionQueries = {
  all: () => ['versions'] as const,
  forRecord: (recordId: string) => [...versionQueries.all(), 'record', recordId] as const,
  list: (recordId: string, page: number) =>
    queryOptions({
      queryKey: [...versionQueries.forRecord(recordId), 'page', page] as const,
      queryFn: async ({ signal }) => {
        const body = await cma().get<{ data: RecordVersion[]; meta: { total_count: number } }>(
          `/items/${encodeURIComponent(recordId)}/versions`,
          {
            signal,
            query: { 'page[offset]': page * VERSIONS_PER_PAGE, 'page[limit]': VERSIONS_PER_PAGE },
          },
        )
        return { versions: body.data, totalCount: body.meta.total_count }
      },
    }),
}
