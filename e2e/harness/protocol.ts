/** Names shared by the harness's Node side and its page side. */
export const HARNESS_INVOKE = '__snapshotReaderHarnessInvoke'
export const HARNESS_DELIVER = '__snapshotReaderHarnessDeliver'
/** A pseudo-channel of the deliver function: which path a dropped file's name stands for. */
export const HARNESS_DROP_PATH = 'harness:drop-path'
/**
 * The renderer is served on this origin: a secure one, like the app's privileged scheme, with the app
 * scheme's host, so the same resolver serves it. Requests to it are fulfilled by Playwright, never sent.
 */
export const HARNESS_ORIGIN = 'https://snapshot-reader'
