// The API factory the preload and the test harness share: what the page can and cannot reach.
import { describe, expect, it } from 'vitest'
import { EVENT_NAMES, INVOKE_NAMES, eventChannel, invokeChannel } from '../common/ipc/names'
import { BridgeError, createApi, type Transport } from './api'

function recordingTransport(answer: unknown = { ok: true, value: 42 }) {
  const calls: { channel: string; args: unknown[] }[] = []
  const listeners = new Map<string, (payload: unknown) => void>()
  const transport: Transport = {
    invoke: async (channel, args) => {
      calls.push({ channel, args })
      return answer
    },
    subscribe: (channel, listener) => {
      listeners.set(channel, listener)
      return () => listeners.delete(channel)
    },
    pathForFile: (file) => `/dropped/${file.name}`,
  }
  return { transport, calls, listeners }
}

describe('createApi', () => {
  it('exposes exactly one method per operation, plus `on`, and nothing generic', () => {
    const api = createApi(recordingTransport().transport)
    expect(Object.keys(api).sort()).toEqual([...INVOKE_NAMES, 'on', 'pathForFile'].sort())
    expect(Object.keys(api.on).sort()).toEqual([...EVENT_NAMES].sort())
    for (const forbidden of ['invoke', 'send', 'ipcRenderer', 'transport', 'require'])
      expect(api).not.toHaveProperty(forbidden)
    expect(Object.isFrozen(api)).toBe(true)
    expect(Object.isFrozen(api.on)).toBe(true)
  })

  it('reads the path of a dropped file through the transport, and of nothing else', () => {
    const api = createApi(recordingTransport().transport)
    expect(api.pathForFile(new File([], 'archive'))).toBe('/dropped/archive')
    expect(() => api.pathForFile({ name: 'fake' } as File)).toThrow(TypeError)
  })

  it('sends each method on its own channel with its arguments', async () => {
    const { transport, calls } = recordingTransport()
    const api = createApi(transport)
    await expect(api.listRows({ offset: 0, limit: 5 })).resolves.toBe(42)
    expect(calls).toEqual([{ channel: invokeChannel('listRows'), args: [{ offset: 0, limit: 5 }] }])
  })

  it('turns a refusal into a BridgeError with main’s message and code', async () => {
    const api = createApi(
      recordingTransport({ ok: false, error: { code: 'forbidden', message: 'No.' } }).transport,
    )
    const error = await api.openExternal('javascript:alert(1)').catch((e: unknown) => e)
    expect(error).toBeInstanceOf(BridgeError)
    expect(error).toMatchObject({ code: 'forbidden', message: 'No.' })
  })

  it('delivers only the payload to subscribers and returns a working unsubscribe', () => {
    const { transport, listeners } = recordingTransport()
    const api = createApi(transport)
    const seen: unknown[] = []
    const unsubscribe = api.on.libraryState((state) => seen.push(state))
    listeners.get(eventChannel('libraryState'))?.({ phase: 'ready' })
    expect(seen).toEqual([{ phase: 'ready' }])
    unsubscribe()
    expect(listeners.has(eventChannel('libraryState'))).toBe(false)
    expect(() => api.on.libraryState('not a function' as never)).toThrow(TypeError)
  })
})
