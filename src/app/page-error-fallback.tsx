import type { FallbackProps } from 'react-error-boundary'
import { Link } from 'react-router'
import { describeApiError } from '@/api/http/describe-api-error'
import { Button } from '@/components/ui/button'

/** Shows what went wrong on a page, in words, with a way back; the shell stays usable. */
export function PageErrorFallback({ error, resetErrorBoundary }: FallbackProps) {
  return (
    <div role="alert" className="mx-auto max-w-xl py-16">
      <h1 className="text-xl font-semibold">This page ran into a problem</h1>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">{describeApiError(error)}</p>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        Nothing you saved is lost. You can try again, or go back to the records.
      </p>
      <div className="mt-6 flex gap-3">
        <Button variant="primary" onClick={resetErrorBoundary}>
          Try again
        </Button>
        <Link
          to="/records"
          className="inline-flex h-9 items-center rounded-md px-3.5 text-sm font-medium text-indigo-700 underline-offset-4 hover:underline dark:text-indigo-300"
        >
          Back to Records
        </Link>
      </div>
    </div>
  )
}
