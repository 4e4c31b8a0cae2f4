/**
 * The one entry point of every IPC call on the main side, whatever the transport: it validates the
 * arguments against the contract, runs the handler and wraps the outcome in an envelope. Electron's
 * registration (app/ipc.ts) adds the sender check in front of it; the test harness calls it directly.
 */
import { invokeContract, type InvokeHandlers } from '../../common/ipc/contract'
import { INVOKE_NAMES, type Envelope, type InvokeName } from '../../common/ipc/names'

export class IpcRefusal extends Error {
  constructor(
    readonly code: 'not-found' | 'forbidden' | 'failed',
    message: string,
  ) {
    super(message)
  }
}

export function isInvokeName(name: string): name is InvokeName {
  return (INVOKE_NAMES as readonly string[]).includes(name)
}

export async function dispatch(
  handlers: InvokeHandlers,
  name: InvokeName,
  args: unknown,
): Promise<Envelope<unknown>> {
  const schema = invokeContract[name].args
  const parsed = schema.safeParse(args)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue && issue.path.length > 0 ? ` (argument ${issue.path.join('.')})` : ''
    return {
      ok: false,
      error: {
        code: 'invalid-arguments',
        message: `${name}: ${issue?.message ?? 'invalid arguments'}${where}`,
      },
    }
  }
  try {
    const handler = handlers[name] as (...a: unknown[]) => Promise<unknown>
    return { ok: true, value: await handler(...(parsed.data as unknown[])) }
  } catch (error) {
    if (error instanceof IpcRefusal) return { ok: false, error: { code: error.code, message: error.message } }
    const message = error instanceof Error ? error.message : String(error)
    return { ok: false, error: { code: 'failed', message: `${name} failed: ${message}` } }
  }
}
