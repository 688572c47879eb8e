import { useCallback } from 'react'
import { useParams, useSearchParams } from 'react-router'
import { FieldsOverview } from '@/features/fields/fields-overview'
import { PageHeader } from '@/components/ui/page-header'

export function FieldsPage() {
  const { modelApiKey } = useParams()
  const [searchParams, setSearchParams] = useSearchParams()
  const openFieldId = searchParams.get('field') ?? undefined
  const highlightFieldId = searchParams.get('highlight') ?? undefined

  const handleOpenField = useCallback(
    (fieldId: string | undefined) =>
      setSearchParams((current) => {
        const next = new URLSearchParams(current)
        if (fieldId) next.set('field', fieldId)
        else next.delete('field')
        return next
      }),
    [setSearchParams],
  )
  const handleHighlightField = useCallback(
    (fieldId: string) =>
      setSearchParams((current) => {
        const next = new URLSearchParams(current)
        next.set('highlight', fieldId)
        return next
      }),
    [setSearchParams],
  )

  return (
    <>
      <PageHeader
        title="Fields"
        description="The models of this project and their fields, in the order editors see them."
      />
      <FieldsOverview
        modelApiKey={modelApiKey}
        openFieldId={openFieldId}
        highlightFieldId={highlightFieldId}
        onOpenField={handleOpenField}
        onHighlightField={handleHighlightField}
      />
    </>
  )
}
