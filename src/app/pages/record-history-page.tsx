import { useCallback } from 'react'
import { useParams, useSearchParams } from 'react-router'
import { VersionHistory, type HistoryView } from '@/features/versions/version-history'

/** `/records/:recordId/history?a=<version>&b=<version|current>&fields=all&page=2` */
export function RecordHistoryPage() {
  const { recordId = '' } = useParams()
  const [searchParams, setSearchParams] = useSearchParams()
  const a = searchParams.get('a')
  const page = Math.max(0, Number.parseInt(searchParams.get('page') ?? '1', 10) - 1 || 0)
  const view: HistoryView = {
    page,
    sides: a
      ? {
          a,
          b: searchParams.get('b') || 'current',
          isChangedOnly: searchParams.get('fields') !== 'all',
        }
      : undefined,
  }

  const handleViewChange = useCallback(
    (next: HistoryView) => {
      const params = new URLSearchParams()
      if (next.sides) {
        params.set('a', next.sides.a)
        params.set('b', next.sides.b)
        if (!next.sides.isChangedOnly) params.set('fields', 'all')
      }
      if (next.page > 0) params.set('page', String(next.page + 1))
      setSearchParams(params)
    },
    [setSearchParams],
  )

  return (
    <VersionHistory
      key={recordId}
      recordId={recordId}
      view={view}
      onViewChange={handleViewChange}
    />
  )
}
