import type { QueryClient } from '@tanstack/react-query'
import { modelQueries } from '../model-queries'
import { recordQueries } from '../record-queries'
import { selectionQueries } from '../selection-queries'
import { applyRestorePayload, versionQueries } from '../version-queries'
import type { Job } from './job-types'

/** Invalidates exactly what a finished job changed on the server. */
export async function invalidateAfterJob(queryClient: QueryClient, job: Job): Promise<void> {
  const recordIds = job.targets
    .filter((target) => target.type === 'record')
    .map((target) => target.id)
  const keys: (readonly unknown[])[] = []
  switch (job.kind) {
    case 'record-duplicate':
      keys.push(recordQueries.lists())
      break
    case 'bulk-duplicate':
      // Selection previews count and list records too.
      keys.push(recordQueries.lists(), selectionQueries.all())
      break
    case 'record-delete':
      keys.push(recordQueries.lists())
      for (const id of recordIds)
        queryClient.removeQueries({ queryKey: recordQueries.detail(id).queryKey })
      break
    case 'bulk-publish':
    case 'bulk-unpublish':
    case 'bulk-delete':
      keys.push(
        recordQueries.lists(),
        recordQueries.details(),
        versionQueries.all(),
        selectionQueries.all(),
      )
      break
    case 'version-restore': {
      // The payload is the restored record and its new version: show both before refetching.
      if (job.state === 'done') applyRestorePayload(queryClient, job.result)
      const recordId =
        job.targets.find((target) => target.type === 'version')?.parentId ?? recordIds[0]
      keys.push(recordQueries.lists())
      if (recordId)
        keys.push(recordQueries.detail(recordId).queryKey, versionQueries.forRecord(recordId))
      break
    }
    case 'field-duplicate':
      // The new field exists on every record of the model, with its default value.
      keys.push(modelQueries.all(), recordQueries.all())
      break
  }
  await Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })))
}
