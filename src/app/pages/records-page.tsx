import { useNavigate, useSearchParams } from 'react-router'
import { RecordsBrowser } from '@/features/records/records-browser'
import { PageHeader } from '@/components/ui/page-header'
import {
  parseRecordsView,
  recordsViewToParams,
  updateRecordsView,
  type RecordsView,
} from '@/lib/records-view'
import { selectionBuilderPath } from '@/lib/selection-url'

export function RecordsPage() {
  const [searchParams, setSearchParams] = useSearchParams()
  const navigate = useNavigate()
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
        onOpenSelection={(selection) => void navigate(selectionBuilderPath(selection))}
      />
    </>
  )
}
