/** The app's own scheme, from which the renderer is served instead of file://. */
import type { ImageCache } from '../engine/images/image-cache'
import { resolveAppRequest } from './app-assets'
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

export function handleAppScheme(protocol: ProtocolLike, rendererDir: string, images: ImageCache): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const asset = await resolveAppRequest(request.url, rendererDir, images)
    return new Response(asset.body, { status: asset.status, headers: asset.headers })
  })
}
