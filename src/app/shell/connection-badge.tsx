import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { useActiveConnection } from '@/api/connection/active-connection'
import { describeConnection } from '@/api/connection/connection'
import { siteQueries } from '@/api/site-queries'

/** "Demo · editor" or "<project> · <environment>"; links to the connection settings. */
export function ConnectionBadge() {
  const connection = useActiveConnection()
  const site = useQuery({ ...siteQueries.detail(), enabled: connection.kind === 'datocms' })
  const label = describeConnection(connection, site.data?.attributes.name)
  const dotClass =
    connection.kind === 'demo'
      ? 'bg-amber-500'
      : site.isError
        ? 'bg-red-500'
        : site.isSuccess
          ? 'bg-emerald-500'
          : 'bg-zinc-400'
  return (
    <Link
      to="/settings"
      aria-label={`Connection: ${label}. Open connection settings`}
      className="inline-flex items-center gap-2 rounded-full whitespace-nowrap border border-zinc-300 px-3 py-1 text-xs font-medium text-zinc-700 hover:bg-zinc-50 dark:border-zinc-700 dark:text-zinc-200 dark:hover:bg-zinc-900"
    >
      <span aria-hidden className={`size-2 rounded-full ${dotClass}`} />
      {label}
    </Link>
  )
}
