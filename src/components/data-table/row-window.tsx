import { lazy, Suspense, useEffect, type ReactNode, type RefObject } from 'react'

export interface RowWindowProps {
  /** Long pages render only the rows in view; short ones render every row. */
  isVirtual: boolean
  rowCount: number
  rowHeight: number
  /** The keyboard's current row, kept in view. */
  activeIndex: number
  scrollRef: RefObject<HTMLDivElement | null>
  columnCount: number
  renderRow: (index: number) => ReactNode
}

// The virtualizer loads only when a page is long enough to need it (100+ rows), so the usual
// 30-row first page does not carry it.
const VirtualRows = lazy(() => import('./virtual-rows').then((m) => ({ default: m.VirtualRows })))

/** The `<tbody>` rows of a data table: all of them, or, for long pages, a virtual window. */
export function RowWindow(props: RowWindowProps) {
  if (!props.isVirtual) return <AllRows {...props} />
  return (
    <Suspense fallback={<AllRows {...props} rowCount={Math.min(props.rowCount, 40)} />}>
      <VirtualRows {...props} />
    </Suspense>
  )
}

function AllRows({ rowCount, activeIndex, scrollRef, renderRow }: RowWindowProps) {
  useEffect(() => {
    if (activeIndex < 0) return
    scrollRef.current
      ?.querySelector(`[data-row-index="${activeIndex}"]`)
      ?.scrollIntoView?.({ block: 'nearest' })
  }, [activeIndex, scrollRef])
  return <>{Array.from({ length: rowCount }, (_, index) => renderRow(index))}</>
}

/** A spacer row that keeps the scroll height true around a virtual window. */
export function SpacerRow({ height, columnCount }: { height: number; columnCount: number }) {
  if (height <= 0) return null
  return (
    <tr aria-hidden style={{ height }}>
      <td colSpan={columnCount} />
    </tr>
  )
}
