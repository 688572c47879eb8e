import { Badge, type BadgeTone } from './badge'

const STATUS_TONES: Record<string, BadgeTone> = {
  draft: 'neutral',
  updated: 'warning',
  published: 'success',
}
const STATUS_LABELS: Record<string, string> = {
  draft: 'Draft',
  updated: 'Updated',
  published: 'Published',
}

/** A record's publication status. */
export function StatusBadge({ status }: { status: string | null | undefined }) {
  const key = status ?? 'draft'
  return <Badge tone={STATUS_TONES[key] ?? 'neutral'}>{STATUS_LABELS[key] ?? key}</Badge>
}
