import { useCallback } from 'react'
import { useSearchParams } from 'react-router'
import { SelectionWorkspace } from '@/features/selection/selection-workspace'
import { PageHeader } from '@/components/ui/page-header'
import { Notice } from '@/components/ui/status-views'
import {
  decodeSelection,
  encodeSelection,
  SELECTION_PARAM,
  type Selection,
} from '@/lib/selection-url'

export function SelectionsPage() {
  const [searchParams, setSearchParams] = useSearchParams()
  const encoded = searchParams.get(SELECTION_PARAM)
  const decoded = decodeSelection(encoded)
  const selection = decoded ?? []
  const handleChange = useCallback(
    (next: Selection) =>
      setSearchParams(next.length > 0 ? { [SELECTION_PARAM]: encodeSelection(next) } : {}, {
        replace: true,
      }),
    [setSearchParams],
  )
  return (
    <>
      <PageHeader
        title="Selections"
        description="Describe exactly which records a bulk operation touches, check what the server matches, then run it."
      />
      {encoded && !decoded && (
        <div className="mb-6">
          <Notice tone="warning" title="This link does not hold a readable selection">
            It may have been cut short when it was copied. Start a new selection below, or ask for
            the link again.
          </Notice>
        </div>
      )}
      <SelectionWorkspace selection={selection} onChange={handleChange} />
    </>
  )
}
