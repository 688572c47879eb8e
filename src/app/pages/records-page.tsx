import { useSearchParams } from 'react-router'
import { RecordsOverview } from '@/features/records/records-overview'
import { PageHeader } from '@/components/ui/page-header'

export function RecordsPage() {
  const [searchParams] = useSearchParams()
  return (
    <>
      <PageHeader title="Records" />
      <RecordsOverview modelApiKey={searchParams.get('model') ?? undefined} />
    </>
  )
}
