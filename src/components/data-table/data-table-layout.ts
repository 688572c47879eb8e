export type DataTableDensity = 'comfortable' | 'compact'

/** Fixed row heights keep a 500-row page cheap: no measuring, no layout shifts while scrolling. */
export const ROW_HEIGHT_PX: Record<DataTableDensity, number> = { comfortable: 44, compact: 32 }

/** Pages up to this many rows render every row; larger ones render only what is in view. */
export const VIRTUALIZE_ABOVE_ROWS = 100
