import { PageHeader } from '@/components/ui/page-header'
import { EmptyState } from '@/components/ui/status-views'

export function SelectionsPage() {
  return (
    <>
      <PageHeader
        title="Selections"
        description="Describe exactly which records a bulk operation touches, preview them, then run it."
      />
      <EmptyState title="The selection builder is not built yet">
        Records, children of a record in a channel, and searches, each with exclusions, will be
        composed here.
      </EmptyState>
    </>
  )
}
