import { lazy, Suspense } from 'react'
import type { ToasterProps } from 'sonner'

const Toaster = lazy(() => import('sonner').then((module) => ({ default: module.Toaster })))

/** sonner's Toaster, loaded after the shell so it is not part of the first page load. */
export function LazyToaster(props: ToasterProps) {
  return (
    <Suspense fallback={null}>
      <Toaster {...props} />
    </Suspense>
  )
}
