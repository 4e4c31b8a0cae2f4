/** The app's own scheme, from which the renderer is served instead of file://. */
import { resolveAppAsset } from './app-assets'
import { APP_SCHEME } from './csp'
import type { ProtocolLike } from './electron-api'

/** Must run before the app is ready: Electron ignores privileges registered later. */
export function registerAppScheme(protocol: ProtocolLike): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false, stream: false },
    },
  ])
}

export function handleAppScheme(protocol: ProtocolLike, rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const asset = await resolveAppAsset(request.url, rendererDir)
    return new Response(asset.body, { status: asset.status, headers: asset.headers })
  })
}
