import { useParams } from 'react-router'
import { FieldsOverview } from '@/features/fields/fields-overview'
import { PageHeader } from '@/components/ui/page-header'

export function FieldsPage() {
  const { modelApiKey } = useParams()
  return (
    <>
      <PageHeader title="Fields" description="The models of this project and their fields." />
      <FieldsOverview modelApiKey={modelApiKey} />
    </>
  )
}
