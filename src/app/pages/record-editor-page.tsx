import { useNavigate, useParams, useSearchParams } from 'react-router'
import { RecordEditor } from '@/features/records/record-editor'

/** `/records/new?model=<api_key>` and `/records/<id>`. */
export function RecordEditorPage() {
  const { recordId } = useParams()
  const [searchParams] = useSearchParams()
  const navigate = useNavigate()
  return (
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
}
