/**
 * Watches an opened folder and reports settled changes. Writes are reported once the file has stopped
 * growing (awaitWriteFinish), so a half-copied snapshot is never parsed; a rename arrives as a removal
 * and an addition. Hidden entries are ignored, as the scan ignores them.
 */
import path from 'node:path'
import { watch, type FSWatcher } from 'chokidar'

export interface WatchHandlers {
  /** A file appeared or changed and its write has finished. */
  onFile(absolutePath: string): void
  onRemove(absolutePath: string): void
  /** A whole folder below the root disappeared (its files were removed with it). */
  onRemoveFolder(absolutePath: string): void
  /** The watched folder itself is gone (deleted, renamed, unmounted). */
  onRootGone(): void
  /** The watcher lost track (an error, an overflow): the caller should rescan to reconcile. */
  onTrouble(error: unknown): void
}

export interface FolderWatcher {
  ready: Promise<void>
  close(): Promise<void>
}

export function watchFolder(root: string, handlers: WatchHandlers, settleMs = 200): FolderWatcher {
  const watcher: FSWatcher = watch(root, {
    ignoreInitial: true,
    ignored: (file) => file !== root && path.basename(file).startsWith('.'),
    awaitWriteFinish: { stabilityThreshold: settleMs, pollInterval: Math.max(20, Math.round(settleMs / 4)) },
    atomic: true,
  })
  watcher.on('add', handlers.onFile)
  watcher.on('change', handlers.onFile)
  watcher.on('unlink', handlers.onRemove)
  watcher.on('unlinkDir', (dir) =>
    path.resolve(dir) === path.resolve(root) ? handlers.onRootGone() : handlers.onRemoveFolder(dir),
  )
  watcher.on('error', handlers.onTrouble)
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()))
  return { ready, close: () => watcher.close() }
}
