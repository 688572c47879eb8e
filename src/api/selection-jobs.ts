import { describeSelection } from '@/lib/selection/selection-model'
import { encodeSelection, type Selection } from '@/lib/selection-url'
import { cma } from './connection/active-connection'
import { projectApi } from './connection/project-connection'
import { describeApiError } from './http/describe-api-error'
import type { CmaClient } from './http/cma-client'
import { runCmaJob } from './jobs/await-cma-job'
import type { ClientJobContext } from './jobs/job-engine'
import { outcomeOfCmaJobResult } from './jobs/job-outcome'
import { jobEngine } from './jobs/jobs'
import type { Job, JobError, JobKind } from './jobs/job-types'
import { resolveSelectionWithCma } from './selection-resolver'
import { failedRecordIds } from './jobs/job-results'

export type BulkAction = 'duplicate' | 'publish' | 'unpublish' | 'delete'

/** The CMA accepts at most this many records per bulk call. */
export const CMA_BULK_CHUNK = 200
/** Record-by-record duplicates in flight at once (the CMA client paces under the rate limit). */
export const DUPLICATE_CONCURRENCY = 4
const RESOLVE_PAGE_SIZE = 500

const KIND_OF: Record<BulkAction, JobKind> = {
  duplicate: 'bulk-duplicate',
  publish: 'bulk-publish',
  unpublish: 'bulk-unpublish',
  delete: 'bulk-delete',
}

const VERB: Record<BulkAction, { label: string; past: string }> = {
  duplicate: { label: 'Duplicate', past: 'copied' },
  publish: { label: 'Publish', past: 'published' },
  unpublish: { label: 'Unpublish', past: 'unpublished' },
  delete: { label: 'Delete', past: 'deleted' },
}

const CMA_PATH: Record<Exclude<BulkAction, 'duplicate'>, string> = {
  publish: 'publish',
  unpublish: 'unpublish',
  delete: 'destroy',
}

/** What a client-run bulk job returns: per-record outcomes, and the copies of a duplicate. */
export interface BulkOutcome {
  succeeded: string[]
  failed: { id: string; message: string }[]
  /** Copy gids (duplicate only), in the order of their originals. */
  records?: string[]
}

/** The recipe names client jobs are stored under, so "Retry failed" can rebuild the run. */
export const SELECTION_RECIPE = 'selection-bulk'

export interface SelectionRecipeParams {
  action: BulkAction
  selection: Selection
}

function hash(text: string): string {
  let value = 0x811c9dc5
  for (let index = 0; index < text.length; index++)
    value = Math.imul(value ^ text.charCodeAt(index), 0x01000193) >>> 0
  return value.toString(36)
}

function plural(count: number): string {
  return `${count.toLocaleString()} record${count === 1 ? '' : 's'}`
}

/** The selection's record ids, resolved by the server (pages of 500) or with CMA list queries. */
export async function resolveSelectionIds(
  selection: Selection,
  signal?: AbortSignal,
  onProgress?: (resolved: number, total: number) => void,
): Promise<string[]> {
  const project = projectApi()
  if (!project) {
    const resolution = await resolveSelectionWithCma(cma(), selection, signal ? { signal } : {})
    return resolution.records.map((record) => record.gid)
  }
  const ids: string[] = []
  let cursor: string | null = null
  do {
    const page: {
      result: { records: string[]; 'records.size': number; 'page.cursor': string | null }
    } = await project.call(
      project.projectPath('records/bulk/get'),
      {
        selection,
        'page.size': RESOLVE_PAGE_SIZE,
        language: 'en',
        ...(cursor ? { 'page.cursor': cursor } : {}),
      },
      signal,
    )
    ids.push(...page.result.records)
    cursor = page.result['page.cursor']
    onProgress?.(ids.length, page.result['records.size'])
  } while (cursor)
  return ids
}

/** Which of the ids did not reach the operation's end state (the CMA counts, it does not list). */
async function unfinishedIds(
  client: CmaClient,
  action: Exclude<BulkAction, 'duplicate'>,
  ids: readonly string[],
  signal: AbortSignal,
): Promise<string[]> {
  const body = await client.get<{ data: { id: string; meta: { status?: string | null } }[] }>(
    '/items',
    { query: { 'filter[ids]': ids.join(','), 'page[limit]': 500 }, signal },
  )
  const byId = new Map(body.data.map((item) => [item.id, item]))
  return ids.filter((id) => {
    const item = byId.get(id)
    if (action === 'delete') return item !== undefined
    if (!item) return true
    return action === 'publish' ? item.meta.status !== 'published' : item.meta.status !== 'draft'
  })
}

async function runCmaBulk(
  action: Exclude<BulkAction, 'duplicate'>,
  ids: readonly string[],
  { signal, report }: ClientJobContext,
): Promise<BulkOutcome> {
  const client = cma()
  const outcome: BulkOutcome = { succeeded: [], failed: [] }
  const progress = () =>
    report({
      total: ids.length,
      remaining: ids.length - outcome.succeeded.length - outcome.failed.length,
      ...(outcome.failed.length ? { failed: outcome.failed.length } : {}),
    })
  progress()
  for (let start = 0; start < ids.length; start += CMA_BULK_CHUNK) {
    signal.throwIfAborted()
    const chunk = ids.slice(start, start + CMA_BULK_CHUNK)
    const path = `/items/bulk/${CMA_PATH[action]}`
    try {
      const result = await runCmaJob(
        client,
        'POST',
        path,
        {
          data: {
            type: `item_bulk_${CMA_PATH[action]}_operation`,
            relationships: { items: { data: chunk.map((id) => ({ type: 'item', id })) } },
          },
        },
        signal,
      )
      const answer = outcomeOfCmaJobResult(result, { method: 'POST', url: path })
      if (answer.state === 'failed') {
        for (const id of chunk) outcome.failed.push({ id, message: answer.error.message })
      } else {
        const meta = (result.payload as { meta?: { failed?: number } } | null)?.meta
        const missed = meta?.failed ? await unfinishedIds(client, action, chunk, signal) : []
        const missedSet = new Set(missed)
        for (const id of chunk) {
          if (missedSet.has(id))
            outcome.failed.push({ id, message: `The server could not ${action} this record.` })
          else outcome.succeeded.push(id)
        }
      }
    } catch (error) {
      if (signal.aborted) throw error
      const message = describeApiError(error)
      for (const id of chunk) outcome.failed.push({ id, message })
    }
    progress()
  }
  return outcome
}

/** Duplicates record by record (no Project API), a few at a time, in the CMA's pace. */
async function runDuplicateEach(
  ids: readonly string[],
  { signal, report }: ClientJobContext,
): Promise<BulkOutcome> {
  const client = cma()
  const copies = new Map<string, string>()
  const outcome: BulkOutcome = { succeeded: [], failed: [] }
  const progress = () =>
    report({
      total: ids.length,
      remaining: ids.length - outcome.succeeded.length - outcome.failed.length,
      ...(outcome.failed.length ? { failed: outcome.failed.length } : {}),
    })
  progress()
  let next = 0
  const worker = async () => {
    while (next < ids.length) {
      signal.throwIfAborted()
      const id = ids[next++] as string
      const path = `/items/${encodeURIComponent(id)}/duplicate`
      try {
        const result = await runCmaJob(client, 'POST', path, undefined, signal)
        const answer = outcomeOfCmaJobResult(result, { method: 'POST', url: path })
        if (answer.state === 'failed') outcome.failed.push({ id, message: answer.error.message })
        else {
          const copy = (answer.result as { data?: { id?: string } } | null)?.data?.id
          if (copy) copies.set(id, copy)
          outcome.succeeded.push(id)
        }
      } catch (error) {
        if (signal.aborted) throw error
        outcome.failed.push({ id, message: describeApiError(error) })
      }
      progress()
    }
  }
  await Promise.all(Array.from({ length: Math.min(DUPLICATE_CONCURRENCY, ids.length) }, worker))
  outcome.records = ids.flatMap((id) => {
    const copy = copies.get(id)
    return copy ? [copy] : []
  })
  return outcome
}

function finishClientRun(
  action: BulkAction,
  outcome: BulkOutcome,
): { result: BulkOutcome; error?: JobError } {
  if (outcome.failed.length === 0) return { result: outcome }
  const total = outcome.failed.length + outcome.succeeded.length
  const first = outcome.failed[0]?.message ?? ''
  return {
    result: outcome,
    error: {
      message:
        `${outcome.failed.length.toLocaleString()} of ${plural(total)} could not be ${VERB[action].past}. ${first}`.trim(),
      codes: ['PARTIAL_FAILURE'],
      items: outcome.failed,
    },
  }
}

function clientRun(action: BulkAction, selection: Selection) {
  return async (context: ClientJobContext) => {
    const ids = await resolveSelectionIds(selection, context.signal)
    const outcome =
      action === 'duplicate'
        ? await runDuplicateEach(ids, context)
        : await runCmaBulk(action, ids, context)
    return finishClientRun(action, outcome)
  }
}

export interface StartSelectionJobOptions {
  /** The count the preview showed: the job keeps it, so the tray can say when the server differs. */
  expectedCount: number
  /** How the tray names it; by default the action and the count. */
  label?: string
}

/**
 * Runs a bulk action on a selection: Duplicate through the Project API's bulk duplicate
 * (record by record over the CMA without it), the others as CMA bulk calls in chunks of 200.
 * The very selection the preview counted is what runs.
 */
export function startSelectionJob(
  action: BulkAction,
  selection: Selection,
  { expectedCount, label }: StartSelectionJobOptions,
): Promise<Job> {
  const encoded = encodeSelection(selection)
  const request = {
    kind: KIND_OF[action],
    label: label ?? `${VERB[action].label} ${plural(expectedCount)}`,
    targets: [{ type: 'selection' as const, id: encoded, label: describeSelection(selection) }],
    dedupeKey: `${KIND_OF[action]}:${hash(encoded)}`,
    expectedCount,
  }
  if (action === 'duplicate' && projectApi()) {
    return jobEngine().startProjectJob({
      ...request,
      operation: { dialect: 'project', path: 'records/bulk/duplicate', body: { selection } },
    })
  }
  const params: SelectionRecipeParams = { action, selection }
  return jobEngine().startClientJob(
    { ...request, operation: { dialect: 'client', recipe: SELECTION_RECIPE, params } },
    clientRun(action, selection),
  )
}

function actionOf(kind: JobKind): BulkAction | undefined {
  return (Object.keys(KIND_OF) as BulkAction[]).find((action) => KIND_OF[action] === kind)
}

/** "Retry failed": the same action over only the records that failed, as a new job. */
export function retryFailedRecords(job: Job): Promise<Job> | undefined {
  const action = actionOf(job.kind)
  const ids = failedRecordIds(job)
  if (!action || ids.length === 0) return undefined
  return startSelectionJob(action, ids, {
    expectedCount: ids.length,
    label: `${VERB[action].label} ${plural(ids.length)} again (the failed ones)`,
  })
}
