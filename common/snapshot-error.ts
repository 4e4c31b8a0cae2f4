/**
 * The one error type for a file that cannot be read as a snapshot. It is a value, not an exception:
 * the parser returns it, the library lists it, the UI and `inspect` show its message.
 */
import { z } from 'zod'

export const snapshotErrorCodeSchema = z.enum([
  'empty',
  'too-large',
  'binary',
  'undecodable',
  'not-a-snapshot',
  'unreadable',
  'timeout',
])
export type SnapshotErrorCode = z.infer<typeof snapshotErrorCodeSchema>

export const snapshotErrorSchema = z.object({
  code: snapshotErrorCodeSchema,
  /** A sentence for the user: what is wrong with the file, never a stack trace. */
  message: z.string().min(1),
})
export type SnapshotError = z.infer<typeof snapshotErrorSchema>

export function snapshotError(code: SnapshotErrorCode, message: string): SnapshotError {
  return { code, message }
}
