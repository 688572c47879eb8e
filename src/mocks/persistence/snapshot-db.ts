import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import type { StoreSnapshot } from '../store/types'

/** IndexedDB database of the browser demo's content store. */
export const MOCK_DB_NAME = 'coc-mock'
const DB_VERSION = 1
const STATE = 'state'

interface MockDbSchema extends DBSchema {
  state: {
    key: 'revision' | 'snapshot'
    value: number | PersistedSnapshot
  }
}

/** A saved store and the revision it was saved as (bumped by one on every write, by any tab). */
export interface PersistedSnapshot {
  revision: number
  snapshot: Readonly<StoreSnapshot>
}

/**
 * The snapshot and its revision live under separate keys, written in one transaction, so a tab
 * can ask "has anyone written since I loaded?" without reading megabytes of content.
 */
export interface SnapshotDb {
  read(): Promise<PersistedSnapshot | null>
  readRevision(): Promise<number>
  write(persisted: PersistedSnapshot): Promise<void>
  close(): void
}

export async function openSnapshotDb(name: string = MOCK_DB_NAME): Promise<SnapshotDb> {
  const db: IDBPDatabase<MockDbSchema> = await openDB<MockDbSchema>(name, DB_VERSION, {
    upgrade(database) {
      if (!database.objectStoreNames.contains(STATE)) database.createObjectStore(STATE)
    },
  })
  return {
    async read() {
      const transaction = db.transaction(STATE, 'readonly')
      const [revision, stored] = await Promise.all([
        transaction.store.get('revision'),
        transaction.store.get('snapshot'),
      ])
      await transaction.done
      if (typeof revision !== 'number' || typeof stored !== 'object' || stored === null) return null
      // An old shape from an earlier build is worth nothing: the caller seeds afresh.
      if (stored.snapshot?.schemaVersion !== 1) return null
      return { revision, snapshot: stored.snapshot }
    },
    async readRevision() {
      const revision = await db.get(STATE, 'revision')
      return typeof revision === 'number' ? revision : 0
    },
    async write(persisted) {
      const transaction = db.transaction(STATE, 'readwrite')
      await Promise.all([
        transaction.store.put(persisted, 'snapshot'),
        transaction.store.put(persisted.revision, 'revision'),
      ])
      await transaction.done
    },
    close() {
      db.close()
    },
  }
}
