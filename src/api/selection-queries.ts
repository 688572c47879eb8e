import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { prefixSteps, type PrefixStep } from '@/lib/selection/preview-attribution'
import type { Selection } from '@/lib/selection-url'
import { cma } from './connection/active-connection'
import { projectApi } from './connection/project-connection'
import { resolveSelectionWithCma, type CmaResolution } from './selection-resolver'

/** One record of the preview, as `/records/bulk/get` describes it. */
export interface PreviewRecord {
  gid: string
  /** Model id. */
  modelId: string
  title: string
  status: string | null
  /** The entry that brought it in (first entry whose records include it). */
  entry?: number
}

export interface PreviewPage {
  records: PreviewRecord[]
  total: number
  nextCursor: string | null
}

export interface EntryCountsResult {
  steps: PrefixStep[]
  /** Each entry's own number of records (after its exclusions); 1 for a gid entry. */
  ownTotals: number[]
}

interface BulkGetResult {
  records: string[]
  'records.size': number
  'page.cursor': string | null
}

interface BulkGetData {
  records: Record<
    string,
    {
      gid: string
      definition: string
      parent: string | null
      title: Record<string, string>
      status: string | null
    }
  >
}

/** Preview pages are this long; counting per model reads pages of the API's maximum. */
export const PREVIEW_PAGE_SIZE = 25
const SCAN_PAGE_SIZE = 500
/** Counting per model stops here (a bulk duplicate refuses more anyway). */
export const MODEL_COUNT_LIMIT = 10_000

/** Whether the active connection evaluates selections on the server (Project API). */
export function hasServerSelections(): boolean {
  return projectApi() !== undefined
}

async function bulkGet(
  selection: Selection,
  options: { size: number; cursor?: string | null; language?: string },
  signal?: AbortSignal,
): Promise<{ result: BulkGetResult; data: BulkGetData }> {
  const project = projectApi()
  if (!project) throw new Error('This connection has no Project API.')
  return project.call<BulkGetResult, BulkGetData>(
    project.projectPath('records/bulk/get'),
    {
      selection,
      'page.size': options.size,
      ...(options.cursor ? { 'page.cursor': options.cursor } : {}),
      ...(options.language ? { language: options.language } : {}),
    },
    signal,
  )
}

function previewRecordsOf(result: BulkGetResult, data: BulkGetData, language: string) {
  return result.records.map((gid): PreviewRecord => {
    const summary = data.records[gid]
    const title = summary?.title?.[language] || Object.values(summary?.title ?? {}).find(Boolean)
    return {
      gid,
      modelId: summary?.definition ?? '',
      title: title || `Record ${gid}`,
      status: summary?.status ?? null,
    }
  })
}

export const selectionQueries = {
  all: () => ['selection'] as const,
  /** Client-side resolution through CMA list queries (no Project API). */
  resolved: (selection: Selection, language: string) =>
    queryOptions({
      queryKey: [...selectionQueries.all(), 'resolved', selection, language] as const,
      queryFn: ({ signal }): Promise<CmaResolution> =>
        resolveSelectionWithCma(cma(), selection, { signal, locale: language }),
      enabled: selection.length > 0,
      placeholderData: keepPreviousData,
    }),
  /** One page of the server-evaluated preview (`/records/bulk/get`). */
  page: (selection: Selection, cursor: string | null, language: string) =>
    queryOptions({
      queryKey: [...selectionQueries.all(), 'page', selection, cursor, language] as const,
      queryFn: async ({ signal }): Promise<PreviewPage> => {
        const { result, data } = await bulkGet(
          selection,
          { size: PREVIEW_PAGE_SIZE, cursor, language },
          signal,
        )
        return {
          records: previewRecordsOf(result, data, language),
          total: result['records.size'],
          nextCursor: result['page.cursor'],
        }
      },
      enabled: selection.length > 0,
      placeholderData: keepPreviousData,
    }),
  /**
   * How many records each entry matches on its own, and the size of the union up to each
   * entry (which tells which entry brought in the record at any position of the preview).
   */
  entryCounts: (selection: Selection) =>
    queryOptions({
      queryKey: [...selectionQueries.all(), 'entry-counts', selection] as const,
      queryFn: async ({ signal }): Promise<EntryCountsResult> => {
        const total = async (part: Selection) =>
          (await bulkGet(part, { size: 1 }, signal)).result['records.size']
        const [ownTotals, steps] = await Promise.all([
          Promise.all(selection.map((entry) => (typeof entry === 'string' ? 1 : total([entry])))),
          Promise.all(
            prefixSteps(selection).map(async (step) => ({
              ...step,
              total: await total(selection.slice(0, step.end + 1)),
            })),
          ),
        ])
        return { steps, ownTotals }
      },
      enabled: selection.length > 0,
      staleTime: 10_000,
    }),
  /** Counts per model, read from every page of the selection (up to MODEL_COUNT_LIMIT). */
  modelCounts: (selection: Selection) =>
    queryOptions({
      queryKey: [...selectionQueries.all(), 'model-counts', selection] as const,
      queryFn: async ({ signal }) => {
        const counts: Record<string, number> = {}
        let cursor: string | null = null
        let seen = 0
        do {
          const { result, data }: { result: BulkGetResult; data: BulkGetData } = await bulkGet(
            selection,
            { size: SCAN_PAGE_SIZE, cursor, language: 'en' },
            signal,
          )
          for (const gid of result.records) {
            const model = data.records[gid]?.definition ?? ''
            counts[model] = (counts[model] ?? 0) + 1
          }
          seen += result.records.length
          cursor = result['page.cursor']
        } while (cursor && seen < MODEL_COUNT_LIMIT)
        return { counts, isComplete: cursor === null }
      },
      enabled: selection.length > 0,
      staleTime: 10_000,
    }),
  /** Titles of the records a selection names (gid entries, parents, exclusions). */
  titles: (gids: readonly string[], language: string) =>
    queryOptions({
      queryKey: [...selectionQueries.all(), 'titles', [...gids].sort(), language] as const,
      queryFn: async ({ signal }): Promise<Record<string, string>> => {
        const titles: Record<string, string> = {}
        if (hasServerSelections()) {
          // Unknown gids would fail the whole call (1006): ask for each one that fails alone.
          const { result, data } = await bulkGet([...gids], { size: 500, language }, signal).catch(
            async () => {
              const known: string[] = []
              await Promise.all(
                gids.map((gid) =>
                  bulkGet([gid], { size: 1 }, signal).then(
                    () => known.push(gid),
                    () => undefined,
                  ),
                ),
              )
              return known.length > 0
                ? bulkGet(known, { size: 500, language }, signal)
                : {
                    result: { records: [], 'records.size': 0, 'page.cursor': null },
                    data: { records: {} },
                  }
            },
          )
          for (const record of previewRecordsOf(result, data, language))
            titles[record.gid] = record.title
          return titles
        }
        const resolution = await resolveSelectionWithCma(cma(), [...gids], {
          signal,
          locale: language,
        }).catch(() => undefined)
        for (const record of resolution?.records ?? []) titles[record.gid] = record.title
        return titles
      },
      enabled: gids.length > 0,
      staleTime: 60_000,
    }),
  /** Records whose text matches, for picking records and parents by search. */
  search: (text: string, language: string) =>
    queryOptions({
      queryKey: [...selectionQueries.all(), 'search', text, language] as const,
      queryFn: async ({ signal }): Promise<PreviewRecord[]> => {
        const terms = text
          .split(/\s+/)
          .map((term) => term.replace(/^[+-]+/, ''))
          .filter(Boolean)
        const selection: Selection = [
          { search: { language, q: terms.map((term) => `+${term}`).join(' ') } },
        ]
        if (hasServerSelections()) {
          const { result, data } = await bulkGet(selection, { size: 20, language }, signal)
          return previewRecordsOf(result, data, language)
        }
        const resolution = await resolveSelectionWithCma(cma(), selection, {
          signal,
          locale: language,
        })
        return resolution.records.slice(0, 20)
      },
      enabled: text.trim().length >= 2,
      staleTime: 30_000,
      placeholderData: keepPreviousData,
    }),
}
