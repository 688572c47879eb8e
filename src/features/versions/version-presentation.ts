import type { RecordVersion } from '@/api/version-queries'
import { formatExactTime } from '@/lib/relative-time'

const EDITOR_KINDS: Record<string, string> = {
  account: 'Account',
  user: 'Collaborator',
  sso_user: 'SSO user',
  access_token: 'API token',
  organization: 'Organization',
}

/** Who made a version, as far as the CMA tells: the kind of editor and its id. */
export function editorLabel(version: RecordVersion): string {
  const editor = version.relationships.editor.data
  return `${EDITOR_KINDS[editor.type] ?? editor.type} ${editor.id}`
}

function day(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(iso))
}

/** "Published since 3 Mar 2026" / "Published 1 Mar 2026 – 3 Mar 2026" / undefined. */
export function publishedSpan(version: RecordVersion): string | undefined {
  const { published_from: from, published_until: until, is_published: isPublished } = version.meta
  if (from && until) return `Published ${day(from)} – ${day(until)}`
  if (from) return `Published since ${day(from)}`
  return isPublished ? 'Published' : undefined
}

export function versionName(number: number | undefined): string {
  return number === undefined ? 'This version' : `Version ${number}`
}

/** How a version is named in pickers: "Version 3 · 12 Mar 2026, 10:12:03". */
export function versionOptionLabel(version: RecordVersion, number: number): string {
  const badges = [
    version.meta.is_current ? 'current' : '',
    version.meta.is_published ? 'published' : '',
  ]
    .filter(Boolean)
    .join(', ')
  return `${versionName(number)} · ${formatExactTime(version.meta.created_at)}${badges ? ` (${badges})` : ''}`
}

/** The history page of a record, optionally with a comparison open. */
export function historyPath(recordId: string, params?: Record<string, string>): string {
  const query = params ? `?${new URLSearchParams(params).toString()}` : ''
  return `/records/${encodeURIComponent(recordId)}/history${query}`
}
