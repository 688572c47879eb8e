import { useEffect, useRef } from 'react'
import { jobEngine } from '@/api/jobs/jobs'
import { isTerminal, type Job } from '@/api/jobs/job-types'
import type { Field, Model } from '@/api/model-queries'

export function duplicateFieldKey(fieldId: string): string {
  return `field-duplicate:${fieldId}`
}

function newFieldIdOf(job: Job): string | undefined {
  const id = (job.result as { data?: { id?: unknown } } | undefined)?.data?.id
  return job.state === 'done' && typeof id === 'string' ? id : undefined
}

/**
 * Starts "Duplicate field" jobs and calls `onDuplicated` with the new field's id when a job this
 * view started is done (the tray tells about failures).
 */
export function useDuplicateField(model: Model, onDuplicated: (newFieldId: string) => void) {
  const watched = useRef(new Set<string>())
  const onDuplicatedRef = useRef(onDuplicated)
  useEffect(() => {
    onDuplicatedRef.current = onDuplicated
  })

  useEffect(
    () =>
      jobEngine().store.onChange((job) => {
        if (!watched.current.has(job.id) || !isTerminal(job.state)) return
        watched.current.delete(job.id)
        const newId = newFieldIdOf(job)
        if (newId) onDuplicatedRef.current(newId)
      }),
    [],
  )

  return async (field: Field) => {
    const job = await jobEngine().startCmaJob({
      kind: 'field-duplicate',
      label: `Duplicate field ‘${field.attributes.label}’`,
      targets: [{ type: 'field', id: field.id, label: field.attributes.label, parentId: model.id }],
      dedupeKey: duplicateFieldKey(field.id),
      operation: {
        dialect: 'cma',
        method: 'POST',
        path: `/fields/${encodeURIComponent(field.id)}/duplicate`,
      },
    })
    const current = jobEngine().store.get(job.id) ?? job
    if (!isTerminal(current.state)) watched.current.add(job.id)
    else {
      const newId = newFieldIdOf(current)
      if (newId) onDuplicated(newId)
    }
  }
}
