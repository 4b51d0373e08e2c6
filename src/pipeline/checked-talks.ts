/**
 * The content rules' verdict kept between builds. Checking a talk is a pure function of the talk's
 * data, the rules in force and the engine's code (the rules, the words, the countries they look
 * places up in): a warm build of an unchanged talk spent a fifth of its time reaching the verdict
 * it reached the time before. A talk that passed is remembered by a hash of all three; any change
 * to any of them checks it again. Only a pass is kept, never problems: a broken talk is checked,
 * and refused, at every build.
 *
 * The stamp proves nothing to someone who can write the cache folder, and needs not: it can only
 * let a talk build that its own author wrote, never put anything into the deck (the drawings,
 * which come from a browser, are checked again as they are read, see render-diagrams.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Talk } from '../model/types.ts';
import { assertValidTalk, type ContentRule } from '../rules/index.ts';
import { hashFolder, replaceFile } from './cache-files.ts';

/** How many passes are kept: a talk, its cuts and a second talk built in turn, without one evicting another. */
const KEPT_PASSES = 32;

/** The engine's source folder (src/), found from this module's own place, never from where the build runs. */
const ENGINE_SOURCE = fileURLToPath(new URL('..', import.meta.url));
/** The installed packages' versions (the world map the place rules read, say), beside src/. */
const LOCKFILE = fileURLToPath(new URL('../../package-lock.json', import.meta.url));

/**
 * A hash of every file of a source folder and of a lockfile, by content, not by date: what the rules are
 * and what they read besides the talk.
 */
export function codeFingerprint(source: string, lockfile: string): string {
  const hash = hashFolder(createHash('sha256'), source);
  return hash.update(existsSync(lockfile) ? readFileSync(lockfile) : 'no lockfile').digest('hex');
}

let engineHash: string | undefined;

/** This engine's `codeFingerprint`, taken once per process (about 20 ms). */
function engineFingerprint(): string {
  engineHash ??= codeFingerprint(ENGINE_SOURCE, LOCKFILE);
  return engineHash;
}

/** A value JSON would drop or change (a function, a map, a class instance): a key of it would miss a change. */
class Unkeyable extends Error {}

function plainData(_key: string, value: unknown): unknown {
  if (value == null || ['string', 'number', 'boolean'].includes(typeof value) || Array.isArray(value)) return value;
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) return value;
  throw new Unkeyable();
}

/**
 * The talk's data as text, or null when it is not plain data: a function (a talk's own wording of
 * the interface, say) may close over anything, which its text does not show.
 */
export function talkAsData(talk: Talk): string | null {
  try {
    return JSON.stringify(talk, plainData);
  } catch (error) {
    if (error instanceof Unkeyable) return null;
    throw error;
  }
}

/** What a verdict depends on: the talk, the rules by name, the cuts checked, the engine. */
export function checkKey(
  talk: string,
  rules: readonly ContentRule[],
  only: readonly string[] | undefined,
  engine: string,
): string {
  return createHash('sha256')
    .update(JSON.stringify([talk, rules.map((rule) => rule.name), only ?? null, engine]))
    .digest('hex');
}

function readPasses(file: string): string[] {
  try {
    const kept: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return Array.isArray(kept) ? kept.filter((key): key is string => typeof key === 'string') : [];
  } catch {
    // No file yet, or one cut short: nothing is remembered, so the talk is checked.
    return [];
  }
}

export interface CheckOptions {
  /** The build's cache folder, where passes are kept. */
  readonly cacheDir: string;
  /** The engine's fingerprint; default: that of this engine (`engineFingerprint`). */
  readonly engine?: string;
  /**
   * A hash of the talk's module as it was loaded (src/pipeline/node-bundle.ts `loadTalkModule`): everything
   * the talk is made of, its functions and what they close over included. Without it the talk is known by
   * its data (`talkAsData`), and a talk that is not plain data is checked at every build.
   */
  readonly talkModuleHash?: string;
}

/**
 * `assertValidTalk`, unless this very talk passed these rules under this engine before. Returns
 * whether the rules were run (false: the pass was remembered).
 */
export function assertValidTalkKept(
  talk: Talk,
  rules: readonly ContentRule[],
  only: readonly string[] | undefined,
  options: CheckOptions,
): boolean {
  const known = options.talkModuleHash ?? talkAsData(talk);
  const key = known === null ? null : checkKey(known, rules, only, options.engine ?? engineFingerprint());
  const file = join(options.cacheDir, 'checked-talks.json');
  const passes = key === null ? [] : readPasses(file);
  if (key !== null && passes.includes(key)) return false;
  assertValidTalk(talk, rules, only);
  if (key !== null) replaceFile(file, JSON.stringify([key, ...passes].slice(0, KEPT_PASSES)));
  return true;
}
