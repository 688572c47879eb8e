import { useMemo } from 'react'
import { useActiveConnection } from '../connection/active-connection'
import { connectionScopeOf } from '../connection/connection-scope'
import { JobStore, useJobList } from './job-store'
import { isTerminal, type Job } from './job-types'

let registry: JobStore | undefined

/**
 * Every job the console knows, persisted and shared with other tabs. Screens read it from
 * here; the engine that starts and follows jobs loads only when a job needs it.
 */
export function jobRegistry(): JobStore {
  registry ??= new JobStore()
  return registry
}

/** Test hook: the next read comes from storage. */
export function resetJobRegistryForTests(): void {
  registry = undefined
}

/** Every job of the active connection, newest first. */
export function useJobs(): Job[] {
  const jobs = useJobList(jobRegistry())
  const scope = connectionScopeOf(useActiveConnection())
  return useMemo(() => jobs.filter((job) => job.connectionScope === scope), [jobs, scope])
}

/** The running job with this dedupe key, if any (for busy buttons that must not start twice). */
export function useRunningJob(dedupeKey: string): Job | undefined {
  return useJobs().find((job) => job.dedupeKey === dedupeKey && !isTerminal(job.state))
}
