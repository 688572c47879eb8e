export {
  BULK_GET_DEFAULT_PAGE_SIZE,
  BULK_GET_MAX_PAGE_SIZE,
  SYNC_MAX_EVENTS,
  createProjectHandlers,
  type ProjectHandlersOptions,
} from './project-handlers'
export {
  BULK_DUPLICATE_JOB,
  BULK_SELECTION_MAX_RECORDS,
  settleBulkDuplicateJobs,
  startBulkDuplicateJob,
  type CopyError,
  type StartBulkDuplicateOptions,
} from './bulk-duplicate-job'
export { JWT_TTL_MS, issueJwt, verifyJwt, type JwtClaims } from './jwt'
export { JWT_REALM, ProjectApiError } from './envelope'
export * from './selection'
