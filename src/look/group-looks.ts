import type { MarkedClaim } from '../model/responsibility.ts';
import type { Group } from '../model/types.ts';
import type { Mark, Tone } from '../words/vocabulary.ts';
import { COMPETING_MARK, MARKS, NOT_STATED_MARK, UNCLAIMED_MARK } from './marks.ts';
import { TONES, tintProperty, toneProperty } from './palette.ts';

/** How one group is drawn everywhere: a tone and a mark shape. */
export interface Look {
  readonly tone: Tone;
  readonly mark: Mark;
}

/** The tones handed out to groups in turn; the neutral tone is kept for states. */
const GROUP_TONES: readonly Tone[] = TONES.map((tone) => tone.name).filter((name) => name !== 'neutral');

/** The look of "nobody claimed it": neutral, hollow. */
export const UNCLAIMED_LOOK: Look = { tone: 'neutral', mark: UNCLAIMED_MARK };

/** The look of a claim whose name its source does not state: neutral, a hollow square. */
export const NOT_STATED_LOOK: Look = { tone: 'neutral', mark: NOT_STATED_MARK };

/** The look of competing claims, none preferred: neutral, a hollow diamond. */
export const COMPETING_LOOK: Look = { tone: 'neutral', mark: COMPETING_MARK };

/** How an attack's mark is drawn: its group's look, or the neutral hollow look of its case. */
export function claimLook(marked: MarkedClaim, looks: ReadonlyMap<string, Look>): Look {
  switch (marked.kind) {
    case 'group':
      return looks.get(marked.group) ?? UNCLAIMED_LOOK;
    case 'not-stated':
      return NOT_STATED_LOOK;
    case 'competing':
      return COMPETING_LOOK;
    case 'unclaimed':
      return UNCLAIMED_LOOK;
  }
}

/**
 * Every group's look, from the data: tones and marks handed out in the order of the
 * groups (states get the neutral tone), each overridable by the group's own `look`.
 * With 7 tones and 8 marks, the first 56 groups never share both.
 */
export function groupLooks(groups: readonly Group[]): ReadonlyMap<string, Look> {
  const looks = new Map<string, Look>();
  let turn = 0;
  for (const group of groups) {
    const isState = group.kind === 'state';
    const tone = group.look?.tone ?? (isState ? 'neutral' : (GROUP_TONES[turn % GROUP_TONES.length] ?? 'neutral'));
    const mark = group.look?.mark ?? MARKS[(isState ? MARKS.length - 2 : turn) % MARKS.length] ?? 'circle';
    looks.set(group.id, { tone, mark });
    if (!isState) turn += 1;
  }
  return looks;
}

/** Index of a tone in the palette (its custom properties are `--tone-N` and `--tint-N`). */
export function toneIndex(tone: Tone): number {
  return TONES.findIndex((candidate) => candidate.name === tone);
}

/** `var(--tone-N)` for a look's strong colour. */
export function toneVar(look: Look): string {
  return `var(--${toneProperty(toneIndex(look.tone))})`;
}

/** `var(--tint-N)` for a look's box fill. */
export function tintVar(look: Look): string {
  return `var(--${tintProperty(toneIndex(look.tone))})`;
}
