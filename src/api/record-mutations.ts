import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { cma } from './connection/active-connection'
import { markConnectionReadOnly, noteMutationError } from './connection/permissions'
import type { Job } from './jobs/job-types'
import { recordQueries, type CmaRecord } from './record-queries'
import { versionQueries } from './version-queries'

export type RecordAttributes = Record<string, unknown>

interface ItemBody {
  data: CmaRecord
}

function itemPath(id: string, suffix = ''): string {
  return `/items/${encodeURIComponent(id)}${suffix}`
}

/** A record changed on the server: show the answer at once, refresh what depends on it. */
async function recordChanged(queryClient: QueryClient, record: CmaRecord): Promise<void> {
  queryClient.setQueryData(recordQueries.detail(record.id).queryKey, record)
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: recordQueries.lists() }),
    queryClient.invalidateQueries({ queryKey: versionQueries.forRecord(record.id) }),
  ])
}

export interface UpdateRecordInput {
  id: string
  /** Only the fields that changed (the CMA update is partial). */
  attributes: RecordAttributes
  /**
   * The version the editor started from; the server answers 422 STALE_ITEM_VERSION when
   * someone saved a newer one meanwhile.
   */
  currentVersion: string
}

/** Saves a record with optimistic locking. */
export function useUpdateRecord() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ id, attributes, currentVersion }: UpdateRecordInput) =>
      (
        await cma().request<ItemBody>('PUT', itemPath(id), {
          body: {
            data: { type: 'item', id, attributes, meta: { current_version: currentVersion } },
          },
        })
      ).body.data,
    onSuccess: (record) => recordChanged(queryClient, record),
    onError: noteMutationError,
  })
}

export interface CreateRecordInput {
  modelId: string
  attributes: RecordAttributes
}

export function useCreateRecord() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ modelId, attributes }: CreateRecordInput) =>
      (
        await cma().request<ItemBody>('POST', '/items', {
          body: {
            data: {
              type: 'item',
              attributes,
              relationships: { item_type: { data: { type: 'item_type', id: modelId } } },
            },
          },
        })
      ).body.data,
    onSuccess: (record) => recordChanged(queryClient, record),
    onError: noteMutationError,
  })
}

/** Publishes or unpublishes one record; the answer carries its new status. */
export function useSetRecordPublished() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({ id, isPublished }: { id: string; isPublished: boolean }) =>
      (await cma().request<ItemBody>('PUT', itemPath(id, isPublished ? '/publish' : '/unpublish')))
        .body.data,
    onSuccess: (record) => recordChanged(queryClient, record),
    onError: noteMutationError,
  })
}

export interface RecordJobTarget {
  id: string
  /** The record's title, as the editor knows it. */
  title: string
  modelId: string
}

/** A job whose start the server refused for lack of permissions makes the connection read-only. */
function noteRefusal(job: Job): Job {
  if (job.error?.codes.includes('INSUFFICIENT_PERMISSIONS')) markConnectionReadOnly()
  return job
}

/** The engine loads with the first job, keeping it out of the records page's first load. */
async function loadJobEngine() {
  return (await import('./jobs/jobs')).jobEngine()
}

export const duplicateJobKey = (id: string) => `record-duplicate:${id}`
export const deleteJobKey = (id: string) => `record-delete:${id}`

/** Starts (or returns the running) duplicate job; the tray follows it and tells the editor. */
export async function startDuplicateRecord(target: RecordJobTarget): Promise<Job> {
  return noteRefusal(
    await (
      await loadJobEngine()
    ).startCmaJob({
      kind: 'record-duplicate',
      label: `Duplicate ‘${target.title}’`,
      targets: [{ type: 'record', id: target.id, label: target.title, parentId: target.modelId }],
      dedupeKey: duplicateJobKey(target.id),
      operation: { dialect: 'cma', method: 'POST', path: itemPath(target.id, '/duplicate') },
    }),
  )
}

export async function startDeleteRecord(target: RecordJobTarget): Promise<Job> {
  return noteRefusal(
    await (
      await loadJobEngine()
    ).startCmaJob({
      kind: 'record-delete',
      label: `Delete ‘${target.title}’`,
      targets: [{ type: 'record', id: target.id, label: target.title, parentId: target.modelId }],
      dedupeKey: deleteJobKey(target.id),
      operation: { dialect: 'cma', method: 'DELETE', path: itemPath(target.id) },
    }),
  )
}
