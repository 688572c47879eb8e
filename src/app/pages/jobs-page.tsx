import { useSearchParams } from 'react-router'
import type { JobState } from '@/api/jobs/job-types'
import { JOB_STATE_FILTERS } from '@/features/jobs/job-presentation'
import { JobsHistory } from '@/features/jobs/jobs-history'
import { PageHeader } from '@/components/ui/page-header'

export function JobsPage() {
  const [searchParams] = useSearchParams()
  const requested = searchParams.get('state')
  const state = JOB_STATE_FILTERS.find((filter) => filter === requested) ?? 'all'
  return (
    <>
      <PageHeader
        title="Jobs"
        description="Every server job the console started here, with its outcome."
      />
      <JobsHistory state={state as JobState | 'all'} />
    </>
  )
}
