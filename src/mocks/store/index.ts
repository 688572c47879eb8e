export * from './types'
export { ContentStore, DEMO_ACCOUNT_ID, jsonEqual, mapTextValue } from './content-store'
export type { ContentStoreOptions, CreateRecordInput, UpdateRecordInput } from './content-store'
export { entityIdFromSeq, hexIdFromSeq, uuidFromSeq } from './ids'
