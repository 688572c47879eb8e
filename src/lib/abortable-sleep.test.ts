import { abortableSleep } from './abortable-sleep'

test('resolves after the wait and leaves no listener behind', async () => {
  vi.useFakeTimers()
  const controller = new AbortController()
  const remove = vi.spyOn(controller.signal, 'removeEventListener')
  const done = abortableSleep(100, controller.signal)
  await vi.advanceTimersByTimeAsync(100)
  await expect(done).resolves.toBeUndefined()
  expect(remove).toHaveBeenCalledWith('abort', expect.any(Function))
  vi.useRealTimers()
})

test('rejects at once when aborted', async () => {
  const controller = new AbortController()
  const done = abortableSleep(60_000, controller.signal)
  controller.abort(new Error('stop'))
  await expect(done).rejects.toThrow('stop')
})
