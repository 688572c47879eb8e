import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect } from 'react'
import { SpacerRow, type RowWindowProps } from './row-window'

/** Only the rows in view, with spacer rows above and below. */
export function VirtualRows({
  rowCount,
  rowHeight,
  activeIndex,
  scrollRef,
  columnCount,
  renderRow,
}: RowWindowProps) {
  // The virtualizer is read fresh on every render here; nothing memoizes what it returns.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
  })
  // Density changes every row's height at once.
  useEffect(() => {
    virtualizer.measure()
  }, [rowHeight, virtualizer])
  useEffect(() => {
    if (activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' })
  }, [activeIndex, virtualizer])

  const items = virtualizer.getVirtualItems()
  const paddingTop = items[0]?.start ?? 0
  const paddingBottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0)
  return (
    <>
      <SpacerRow height={paddingTop} columnCount={columnCount} />
      {items.map((item) => renderRow(item.index))}
      <SpacerRow height={paddingBottom} columnCount={columnCount} />
    </>
  )
}
