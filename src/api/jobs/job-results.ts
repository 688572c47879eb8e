import type { Job } from './job-types'

// Readers of what a finished job produced, kept apart from the bulk-job code so the tray can
// use them without loading it.

/** The records a finished bulk job could not process (client outcomes or the server's errors). */
export function failedRecordIds(job: Job): string[] {
  if (job.state !== 'done' && job.state !== 'failed') return []
  const fromItems = job.error?.items?.map((item) => item.id) ?? []
  if (fromItems.length > 0) return fromItems
  const result = job.result as
    { failed?: { id: string }[]; errors?: { record?: unknown }[] } | undefined
  if (Array.isArray(result?.failed)) return result.failed.map((item) => item.id)
  if (Array.isArray(result?.errors))
    return result.errors.flatMap((error) =>
      typeof error.record === 'string' ? [error.record] : [],
    )
  return []
}

/** The copies a bulk duplicate made (Project API `result.records`, or the client run's). */
export function copiesOf(job: Job): string[] {
  if (job.kind !== 'bulk-duplicate') return []
  const records = (job.result as { records?: unknown } | undefined)?.records
  return Array.isArray(records) ? records.filter((id): id is string => typeof id === 'string') : []
}
