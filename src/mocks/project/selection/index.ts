export { parseSelection, type SelectionSchema } from './parse-selection'
export {
  resolveEntries,
  resolveSelection,
  selectionSchemaOf,
  type ResolveOptions,
} from './resolve-selection'
export { ModelCatalog, titleIn, valueIn } from './record-view'
export { recordWords, searchText, warmTextIndex } from './text-index'
export {
  compileFilter,
  candidateModels,
  type FilterContext,
  type RecordPredicate,
} from './compile-filter'
export { parseTextQuery, matchesTextQuery, tokenize } from './text'
export * from './types'
