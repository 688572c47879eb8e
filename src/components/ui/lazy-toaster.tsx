import { lazy, Suspense, useEffect, useState } from 'react'
import type { ToasterProps } from 'sonner'
import { registerToasterLoader } from './notify'

let mounted: () => void = () => {}
const ToasterWithSignal = lazy(() =>
  import('sonner').then(({ Toaster }) => ({
    default: function LoadedToaster(props: ToasterProps) {
      useEffect(() => mounted(), [])
      return <Toaster {...props} />
    },
  })),
)

/** sonner's Toaster, mounted on the first notify() so it is not part of the first page load. */
export function LazyToaster(props: ToasterProps) {
  const [isWanted, setIsWanted] = useState(false)
  useEffect(() => {
    const whenMounted = new Promise<void>((resolve) => (mounted = resolve))
    registerToasterLoader(() => {
      setIsWanted(true)
      return whenMounted
    })
  }, [])
  if (!isWanted) return null
  return (
    <Suspense fallback={null}>
      <ToasterWithSignal {...props} />
    </Suspense>
  )
}
