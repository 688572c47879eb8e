import { useNavigate, useParams, useSearchParams } from 'react-router'
import { RecordEditor } from '@/features/records/record-editor'
import { VersionHistoryPanel } from '@/features/versions/version-history-panel'

/** `/records/new?model=<api_key>` and `/records/<id>`, with the record's history beside it. */
export function RecordEditorPage() {
  const { recordId } = useParams()
  const [searchParams] = useSearchParams()
  const navigate = useNavigate()
  const editor = (
    <RecordEditor
      recordId={recordId}
      newOfModel={recordId ? undefined : (searchParams.get('model') ?? undefined)}
      onCreated={(record) =>
        void navigate(`/records/${encodeURIComponent(record.id)}`, { replace: true })
      }
      onDeleteStarted={(modelApiKey) =>
        void navigate(`/records?model=${encodeURIComponent(modelApiKey)}`)
      }
    />
  )
  if (!recordId) return editor
  return (
    <div className="grid gap-8 xl:grid-cols-[minmax(0,1fr)_24rem]">
      <div className="min-w-0">{editor}</div>
      <aside
        aria-label="History of this record"
        className="xl:sticky xl:top-20 xl:max-h-[calc(100vh-6rem)] xl:self-start xl:overflow-y-auto"
      >
        <VersionHistoryPanel recordId={recordId} />
      </aside>
    </div>
  )
}
