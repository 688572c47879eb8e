import type { Job, JobState } from '@/api/jobs/job-types'
import { copiesOf } from '@/api/jobs/job-results'
import { selectionBuilderPath } from '@/lib/selection-url'
import type { BadgeTone } from '@/components/ui/badge'

export const JOB_STATE_FILTERS: (JobState | 'all')[] = [
  'all',
  'queued',
  'processing',
  'done',
  'failed',
  'rejected',
]

export const STATE_LABELS: Record<JobState, string> = {
  queued: 'Queued',
  processing: 'Running',
  done: 'Done',
  failed: 'Failed',
  rejected: 'Rejected',
}

export const STATE_TONES: Record<JobState, BadgeTone> = {
  queued: 'neutral',
  processing: 'info',
  done: 'success',
  failed: 'danger',
  rejected: 'danger',
}

export interface JobLink {
  label: string
  to: string
}

interface ResultWithData {
  data?: { id?: string; type?: string; attributes?: Record<string, unknown> } | unknown[]
  included?: { type?: string; attributes?: { api_key?: string } }[]
}

/** Where an editor goes next after a job: the copy, the record, the new field. */
export function resultLinks(job: Job): JobLink[] {
  // A bulk duplicate that partly failed still made copies worth selecting.
  const copies = copiesOf(job)
  if (job.kind === 'bulk-duplicate' && copies.length > 0 && job.state !== 'rejected')
    return [{ label: 'Select the copies', to: selectionBuilderPath(copies) }]
  if (job.state !== 'done') return []
  const result = (job.result ?? {}) as ResultWithData
  const single = Array.isArray(result.data) ? undefined : result.data
  switch (job.kind) {
    case 'record-duplicate':
      return single?.id
        ? [{ label: 'Open copy', to: `/records/${encodeURIComponent(single.id)}` }]
        : []
    case 'version-restore': {
      const restored = Array.isArray(result.data)
        ? (result.data[0] as { id?: string } | undefined)
        : undefined
      const id = restored?.id ?? job.targets.find((target) => target.type === 'version')?.parentId
      return id ? [{ label: 'View record', to: `/records/${encodeURIComponent(id)}` }] : []
    }
    case 'field-duplicate': {
      const modelApiKey = result.included?.find((entry) => entry.type === 'item_type')?.attributes
        ?.api_key
      return single?.id && modelApiKey
        ? [
            {
              label: 'Show field',
              to: `/fields/${encodeURIComponent(modelApiKey)}?highlight=${encodeURIComponent(single.id)}`,
            },
          ]
        : []
    }
    default:
      return []
  }
}

/** The toast's sentence for a finished job. */
export function finishedMessage(job: Job): string {
  const target = job.targets[0]?.label
  if (job.state === 'done') {
    switch (job.kind) {
      case 'record-duplicate':
        return `Copy of ‘${target ?? 'the record'}’ created`
      case 'record-delete':
        return `‘${target ?? 'The record'}’ deleted`
      case 'field-duplicate':
        return `Field ‘${target ?? 'the field'}’ duplicated`
      case 'version-restore':
        return `‘${target ?? 'The record'}’ restored`
      default:
        return `${job.label}: done`
    }
  }
  return `${job.label}: ${job.error?.message ?? 'failed'}`
}
