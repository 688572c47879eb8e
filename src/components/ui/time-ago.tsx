import { formatExactTime, formatRelativeTime } from '@/lib/relative-time'

/** A relative time ("3 minutes ago") with the exact time on hover and for assistive tech. */
export function TimeAgo({ value }: { value: string }) {
  return (
    <time dateTime={value} title={formatExactTime(value)}>
      {formatRelativeTime(value)}
    </time>
  )
}
