export { createCmaHandlers, createCmaFallbackHandlers } from './create-cma-handlers'
export type { CreateCmaHandlersOptions } from './create-cma-handlers'
export { CMA_TOKENS, CmaError, errorBody } from './cma-http'
export type { CmaRole } from './cma-http'
export { CMA_JOB_KINDS } from './cma-jobs'
export { BULK_MAX_ITEMS } from './bulk-handlers'
export { VERSIONS_PAGE_DEFAULT, VERSIONS_PAGE_MAX } from './version-handlers'
export {
  serializeField,
  serializeItem,
  serializeItemType,
  serializeItemVersion,
  serializeSite,
} from './serializers'
export { validateAttributeShapes, validateRecordValues } from './record-validation'
