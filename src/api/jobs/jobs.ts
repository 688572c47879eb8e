import { useQueries, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { abortableSleep } from '@/lib/abortable-sleep'
import { activeConnectionScope, cma, useActiveConnection } from '../connection/active-connection'
import { connectionScopeOf } from '../connection/connection-scope'
import { projectApi } from '../connection/project-connection'
import { invalidateAfterJob } from './job-consequences'
import { JobEngine } from './job-engine'
import { jobRegistry, resetJobRegistryForTests, useJobs } from './job-registry'
import { isTerminal, type Job } from './job-types'
import { startLeaderElection, useIsJobLeader } from './leader-election'
import { nextPollAt, SYNC_FEED_INTERVAL_MS } from './poll-schedule'
import { isTabAlive, startTabHeartbeat } from './tab-presence'

let engine: JobEngine | undefined

/** The app's one job engine, bound to the active connection. */
export function jobEngine(): JobEngine {
  engine ??= new JobEngine({
    cma,
    project: projectApi,
    connectionScope: activeConnectionScope,
    store: jobRegistry(),
  })
  return engine
}

/** Test hook: a fresh engine (and registry) that re-reads storage. */
export function resetJobEngineForTests(): void {
  engine = undefined
  resetJobRegistryForTests()
}

export const jobQueries = {
  all: () => ['jobs'] as const,
  cmaPoll: (jobId: string) => [...jobQueries.all(), 'cma-poll', jobId] as const,
  syncFeed: (scope: string) => [...jobQueries.all(), 'sync-feed', scope] as const,
}

export { useJobs, useRunningJob } from './job-registry'

/** Waits until the schedule says the job is due, re-checking so a tab coming back catches up. */
async function waitUntilDue(due: () => number, signal: AbortSignal): Promise<void> {
  for (;;) {
    const waitMs = due() - Date.now()
    if (waitMs <= 0) return
    await abortableSleep(Math.min(waitMs, 500), signal)
  }
}

function cmaJobDue(engineRef: JobEngine, id: string): number {
  const job = engineRef.store.get(id)
  if (!job || isTerminal(job.state)) return 0
  const size = job.expectedCount ?? job.targets.length
  const rateLimit = cma().lastRateLimit()
  return nextPollAt({
    now: Date.now(),
    startedAt: job.startedAt,
    lastPollAt: job.lastPollAt,
    window: engineRef.stats.expectedWindow(job.kind, size),
    blockedUntil: job.blockedUntil ?? rateLimit?.blockedUntilMs,
    rateLimitRemaining: rateLimit?.remaining,
    isHidden: typeof document !== 'undefined' && document.visibilityState === 'hidden',
  })
}

export interface JobEngineLoopOptions {
  /** Called once per finished job, in the tab that should tell the editor. */
  onFinished: (job: Job) => void
}

/**
 * Drives every job: mounted exactly once (by the job tray). The leading tab polls through
 * TanStack Query; every tab follows the store, invalidates what a finished job touched, and
 * the job's own tab (or the leader, when that tab is gone) notifies.
 */
export function useJobEngineLoop({ onFinished }: JobEngineLoopOptions): void {
  const queryClient = useQueryClient()
  const engineRef = jobEngine()
  const isLeader = useIsJobLeader()
  const jobs = useJobs()
  const scope = connectionScopeOf(useActiveConnection())
  const onFinishedRef = useRef(onFinished)
  const isLeaderRef = useRef(isLeader)
  useEffect(() => {
    onFinishedRef.current = onFinished
    isLeaderRef.current = isLeader
  })

  useEffect(() => {
    startLeaderElection()
    const stopHeartbeat = startTabHeartbeat(engineRef.tabId)
    const stopListening = engineRef.store.onChange((job, previous) => {
      if (!isTerminal(job.state) || (previous && isTerminal(previous.state))) return
      void invalidateAfterJob(queryClient, job)
      const isMine = job.originTabId === engineRef.tabId
      if (isMine || (isLeaderRef.current && !isTabAlive(job.originTabId)))
        onFinishedRef.current(job)
    })
    return () => {
      stopHeartbeat()
      stopListening()
    }
  }, [engineRef, queryClient])

  const running = jobs.filter((job) => job.connectionScope === scope && !isTerminal(job.state))
  const cmaJobs = running.filter((job) => job.driver.type === 'cma' && job.driver.cmaJobId)
  const hasProjectJobs = running.some((job) => job.driver.type === 'project' && job.driver.jobToken)

  useQueries({
    queries: cmaJobs.map((job) => ({
      queryKey: jobQueries.cmaPoll(job.id),
      queryFn: async ({ signal }: { signal: AbortSignal }) => {
        await waitUntilDue(() => cmaJobDue(jobEngine(), job.id), signal)
        return { ended: await jobEngine().pollCmaJob(job.id, signal) }
      },
      enabled: isLeader,
      refetchInterval: (query: { state: { data?: { ended: boolean } } }) =>
        query.state.data?.ended ? false : 1,
      refetchIntervalInBackground: true,
      retry: false,
      gcTime: 0,
    })),
  })

  useQuery({
    queryKey: jobQueries.syncFeed(scope),
    queryFn: async ({ signal }) => {
      const lastPoll = Math.max(0, ...running.map((job) => job.lastPollAt ?? 0))
      const hidden = document.visibilityState === 'hidden'
      await waitUntilDue(
        () => lastPoll + (hidden ? SYNC_FEED_INTERVAL_MS * 4 : SYNC_FEED_INTERVAL_MS),
        signal,
      )
      return jobEngine().pollSyncFeed(signal)
    },
    enabled: isLeader && hasProjectJobs,
    refetchInterval: 1,
    refetchIntervalInBackground: true,
    retry: 3,
    gcTime: 0,
  })
}
