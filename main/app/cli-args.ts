/**
 * The folder to open from the command line: `--folder <dir>`, `--folder=<dir>`, or a bare path.
 * Chromium and Electron switches (`--foo`), and the executable and app path that precede the user's
 * arguments, are ignored.
 */
export function folderFromArgv(argv: readonly string[], isPackaged: boolean): string | null {
  // Packaged: [exe, ...args]. Unpackaged: [electron, app-path, ...args].
  const args = argv.slice(isPackaged ? 1 : 2)
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? ''
    if (arg === '--folder') return args[i + 1] ?? null
    if (arg.startsWith('--folder=')) return arg.slice('--folder='.length) || null
  }
  const bare = args.find((arg) => !arg.startsWith('-') && arg !== '.')
  return bare ?? null
}
