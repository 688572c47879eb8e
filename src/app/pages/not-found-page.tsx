import { Link, useLocation } from 'react-router'
import { PageHeader } from '@/components/ui/page-header'

export function NotFoundPage() {
  const location = useLocation()
  return (
    <div className="mx-auto max-w-xl py-12">
      <PageHeader title="Page not found" />
      <p className="text-zinc-700 dark:text-zinc-300">
        Nothing lives at{' '}
        <code className="rounded bg-zinc-100 px-1 font-mono text-sm dark:bg-zinc-800">
          {location.pathname}
        </code>
        . The link may be old, or mistyped.
      </p>
      <p className="mt-4">
        <Link to="/records" className="font-medium text-indigo-700 underline dark:text-indigo-300">
          Go to Records
        </Link>
      </p>
    </div>
  )
}
