import { PageHeader } from '@/components/ui/page-header'
import { EmptyState } from '@/components/ui/status-views'

export function JobsPage() {
  return (
    <>
      <PageHeader
        title="Jobs"
        description="Every server job the console started, with its outcome."
      />
      <EmptyState title="Job tracking is not built yet">
        Duplicates, deletes, restores and bulk operations will be listed here as they run.
      </EmptyState>
    </>
  )
}
