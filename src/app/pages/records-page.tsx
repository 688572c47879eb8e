import { lazy, Suspense, useState } from 'react'
import { useSearchParams } from 'react-router'
import { RecordsBrowser } from '@/features/records/records-browser'
import { PageHeader } from '@/components/ui/page-header'
import {
  parseRecordsView,
  recordsViewToParams,
  updateRecordsView,
  type RecordsView,
} from '@/lib/records-view'
import type { Selection } from '@/lib/selection-url'

// The builder is heavy and only needed once an editor acts on a selection.
const SelectionDrawer = lazy(() =>
  import('@/features/selection/selection-drawer').then((m) => ({ default: m.SelectionDrawer })),
)

export function RecordsPage() {
  const [searchParams, setSearchParams] = useSearchParams()
  const [drawerSelection, setDrawerSelection] = useState<Selection | undefined>()
  const view = parseRecordsView(searchParams)
  function handleViewChange(change: Partial<RecordsView>, options?: { replace?: boolean }) {
    setSearchParams(recordsViewToParams(updateRecordsView(view, change)), options)
  }
  return (
    <>
      <PageHeader
        title="Records"
        description="Search, filter and select records; open one to edit it."
      />
      <RecordsBrowser
        view={view}
        onViewChange={handleViewChange}
        onOpenSelection={setDrawerSelection}
      />
      {drawerSelection && (
        <Suspense fallback={null}>
          <SelectionDrawer
            open
            onOpenChange={(open) => {
              if (!open) setDrawerSelection(undefined)
            }}
            initialSelection={drawerSelection}
          />
        </Suspense>
      )}
    </>
  )
}
