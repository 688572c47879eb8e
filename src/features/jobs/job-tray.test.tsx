import { onlineManager } from '@tanstack/react-query'
import { act, screen, waitFor, within } from '@testing-library/react'
import { jobEngine } from '@/api/jobs/jobs'
import { useMockApi } from '@/testing/mock-api'
import { renderRoute } from '@/testing/render-route'

const { mockContext } = useMockApi({ faults: { jobSpeed: 20 } })

function firstBlogPost() {
  const model = mockContext.store
    .listItemTypes()
    .find((candidate) => candidate.apiKey === 'blog_post')
  const record = mockContext.store.recordsOfType(model?.id ?? '')[0]
  if (!record) throw new Error('the seed has blog posts')
  return record
}

/** Starts the job as a feature would; the store update re-renders the tray. */
function startDuplicate(id: string) {
  return act(() =>
    jobEngine().startCmaJob({
      kind: 'record-duplicate',
      label: 'Duplicate ‘First post’',
      targets: [{ type: 'record', id, label: 'First post' }],
      dedupeKey: `record-duplicate:${id}`,
      operation: { dialect: 'cma', method: 'POST', path: `/items/${id}/duplicate` },
    }),
  )
}

test('the tray follows a job to done and links to the copy', async () => {
  const { user } = renderRoute('/jobs')
  await startDuplicate(firstBlogPost().id)
  await user.click(await screen.findByRole('button', { name: 'Jobs: 1 running' }))
  const tray = await screen.findByRole('region', { name: 'Jobs' })
  expect(within(tray).getByText('Running')).toBeInTheDocument()
  expect(within(tray).getByRole('progressbar')).toBeInTheDocument()

  await waitFor(() => expect(within(tray).getByText('Done')).toBeInTheDocument(), { timeout: 8000 })
  const copyLink = within(tray).getByRole('link', { name: 'Open copy' })
  expect(copyLink.getAttribute('href')).toMatch(/^\/records\/[\w-]+$/)
  expect(screen.getByRole('button', { name: 'Jobs: 0 running' })).toBeInTheDocument()
  expect(await screen.findByText('Copy of ‘First post’ created')).toBeInTheDocument()
})

test('offline, polling pauses; back online, the job is caught up', async () => {
  renderRoute('/jobs')
  onlineManager.setOnline(false)
  try {
    const job = await startDuplicate(firstBlogPost().id)
    await act(() => new Promise((resolve) => setTimeout(resolve, 1500)))
    expect(jobEngine().store.get(job.id)?.requestCount).toBe(0)
    onlineManager.setOnline(true)
    await waitFor(() => expect(jobEngine().store.get(job.id)?.state).toBe('done'), {
      timeout: 8000,
    })
  } finally {
    onlineManager.setOnline(true)
  }
})
