import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

/** The output file cannot be written; the message names the path and the reason. */
export class OutputError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`Cannot write ${path}: ${reason}. Choose another file with --out PATH.`);
    this.name = 'OutputError';
  }
}

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  ENOSPC: 'the disk is full',
  EEXIST: 'a part of the path is a file, not a folder',
};

/** Plain words for a file-system error, so the user does not have to decode `ENOTDIR`. */
export function reasonFor(error: unknown): string {
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : null;
  if (code && REASONS[code]) return `${REASONS[code]} (${code})`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Checks before any rendering that `path` can be written: its folder exists (it is
 * created if missing) and is writable, and the path is not itself a folder. Failing
 * here saves the user the wait for a PDF that could not be saved anyway.
 */
export async function assertWritable(path: string): Promise<void> {
  const file = resolve(path);
  const folder = dirname(file);
  try {
    await mkdir(folder, { recursive: true });
    await access(folder, constants.W_OK);
  } catch (error) {
    throw new OutputError(file, reasonFor(error));
  }
  const existing = await stat(file).catch(() => null);
  if (existing?.isDirectory()) throw new OutputError(file, REASONS['EISDIR'] ?? 'it is a folder');
}

/** A name beside the target, so the final rename stays on one file system and is atomic. */
export function tempPathFor(file: string): string {
  return join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/**
 * Writes `bytes` to a temporary file in the target's folder, then renames it over
 * the target. Readers see the old file or the new one, never half of one; on any
 * failure the temporary file is removed and the old file stays as it was.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array, signal?: AbortSignal): Promise<void> {
  const file = resolve(path);
  const temp = tempPathFor(file);
  try {
    await writeFile(temp, bytes, { flag: 'wx' });
    // The rename is the moment the new file replaces the old: an export stopped before it leaves the old one.
    if (signal?.aborted) throw signal.reason;
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    if (signal?.aborted) throw error;
    throw new OutputError(file, reasonFor(error));
  }
}
