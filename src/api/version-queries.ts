import { queryOptions, type QueryClient } from '@tanstack/react-query'
import type { RawApiTypes } from '@datocms/cma-client'
import { cma } from './connection/active-connection'
import { recordQueries, type CmaRecord } from './record-queries'

export type RecordVersion = RawApiTypes.ItemVersion

export const VERSIONS_PER_PAGE = 15
/** The CMA's largest versions page, for reading a whole history in few requests. */
const VERSIONS_PAGE_MAX = 50

export interface VersionPage {
  versions: RecordVersion[]
  totalCount: number
}

async function fetchVersionPage(
  recordId: string,
  offset: number,
  limit: number,
  signal: AbortSignal,
): Promise<VersionPage> {
  const body = await cma().get<{ data: RecordVersion[]; meta: { total_count: number } }>(
    `/items/${encodeURIComponent(recordId)}/versions`,
    { signal, query: { 'page[offset]': offset, 'page[limit]': limit } },
  )
  return { versions: body.data, totalCount: body.meta.total_count }
}

export const versionQueries = {
  all: () => ['versions'] as const,
  forRecord: (recordId: string) => [...versionQueries.all(), 'record', recordId] as const,
  pages: (recordId: string) => [...versionQueries.forRecord(recordId), 'page'] as const,
  /** One page of a record's history, newest first. */
  list: (recordId: string, page: number) =>
    queryOptions({
      queryKey: [...versionQueries.pages(recordId), page] as const,
      queryFn: ({ signal }) =>
        fetchVersionPage(recordId, page * VERSIONS_PER_PAGE, VERSIONS_PER_PAGE, signal),
    }),
  /** The whole history, newest first (for picking any two versions to compare). */
  history: (recordId: string) =>
    queryOptions({
      queryKey: [...versionQueries.forRecord(recordId), 'history'] as const,
      queryFn: async ({ signal }): Promise<VersionPage> => {
        const first = await fetchVersionPage(recordId, 0, VERSIONS_PAGE_MAX, signal)
        const versions = [...first.versions]
        while (versions.length < first.totalCount) {
          const next = await fetchVersionPage(recordId, versions.length, VERSIONS_PAGE_MAX, signal)
          if (next.versions.length === 0) break
          versions.push(...next.versions)
        }
        return { versions, totalCount: first.totalCount }
      },
    }),
  /** One version (`GET /versions/:id`), keyed under its record so a restore refreshes it. */
  detail: (recordId: string, versionId: string) =>
    queryOptions({
      queryKey: [...versionQueries.forRecord(recordId), 'version', versionId] as const,
      queryFn: async ({ signal }) =>
        (
          await cma().get<{ data: RecordVersion }>(`/versions/${encodeURIComponent(versionId)}`, {
            signal,
          })
        ).data,
    }),
}

/** Reads a restore job's payload, `{data: [item, item_version]}`. */
export function restorePayloadOf(
  result: unknown,
): { record: CmaRecord; version: RecordVersion } | undefined {
  const data = (result as { data?: unknown } | undefined)?.data
  if (!Array.isArray(data)) return undefined
  const record = data.find((entry: { type?: string }) => entry?.type === 'item') as
    CmaRecord | undefined
  const version = data.find((entry: { type?: string }) => entry?.type === 'item_version') as
    RecordVersion | undefined
  return record && version ? { record, version } : undefined
}

function withNewCurrent(
  page: VersionPage,
  version: RecordVersion,
  isFirstPage: boolean,
  pageSize: number,
): VersionPage {
  if (page.versions.some((entry) => entry.id === version.id)) return page
  const demoted = page.versions.map((entry) =>
    entry.meta.is_current ? { ...entry, meta: { ...entry.meta, is_current: false } } : entry,
  )
  return {
    totalCount: page.totalCount + 1,
    versions: isFirstPage ? [version, ...demoted].slice(0, pageSize) : demoted,
  }
}

/**
 * Shows a finished restore at once: the record becomes the payload's item, and the new version
 * heads the history as the current one. Callers still invalidate to reconcile paging.
 */
export function applyRestorePayload(queryClient: QueryClient, result: unknown): string | undefined {
  const payload = restorePayloadOf(result)
  if (!payload) return undefined
  const recordId = payload.record.id
  queryClient.setQueryData(recordQueries.detail(recordId).queryKey, payload.record)
  queryClient.setQueryData(
    versionQueries.detail(recordId, payload.version.id).queryKey,
    payload.version,
  )
  queryClient.setQueryData(versionQueries.history(recordId).queryKey, (page) =>
    page ? withNewCurrent(page, payload.version, true, Number.POSITIVE_INFINITY) : page,
  )
  for (const [key, page] of queryClient.getQueriesData<VersionPage>({
    queryKey: versionQueries.pages(recordId),
  })) {
    if (!page) continue
    const isFirstPage = key.at(-1) === 0
    queryClient.setQueryData(
      key,
      withNewCurrent(page, payload.version, isFirstPage, VERSIONS_PER_PAGE),
    )
  }
  return recordId
}
