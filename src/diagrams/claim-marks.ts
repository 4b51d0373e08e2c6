import { claimLook, groupLooks, type Look } from '../look/group-looks.ts';
import { type MarkedClaim, markedClaim, markKey } from '../model/responsibility.ts';
import type { TalkIndex } from '../model/talk-index.ts';
import type { TimelineEvent } from '../model/types.ts';
import { unique } from './graph-parts.ts';

/**
 * The marks that maps and overviews give attacks, and their legend, from one place: a
 * group's mark only where one claim states that group's name; hollow neutral marks for a
 * name nobody stated, for competing claims and for no claim at all.
 */

/** One legend entry: the key markers carry, the words, the look. */
export interface ClaimLegendEntry {
  readonly key: string;
  readonly text: string;
  readonly look: Look;
}

/** What an attack's mark stands for (an event without `responsibility` counts as unclaimed). */
export function markOf(event: TimelineEvent): MarkedClaim {
  return event.responsibility ? markedClaim(event.responsibility) : { kind: 'unclaimed' };
}

/** The legend's words for a mark: the group's name, or the case. */
function legendText(index: TalkIndex, marked: MarkedClaim): string {
  const { diagrams } = index.words;
  switch (marked.kind) {
    case 'group':
      return index.group(marked.group).name;
    case 'not-stated':
      return diagrams.notStated;
    case 'competing':
      return diagrams.competing;
    case 'unclaimed':
      return diagrams.unclaimed;
  }
}

/** The legend of a set of attacks, one entry per mark they use, in the order they first appear. */
export function claimLegend(index: TalkIndex, attacks: readonly TimelineEvent[]): ClaimLegendEntry[] {
  const looks = groupLooks(index.talk.groups);
  const marks = attacks.map(markOf);
  return unique(marks.map(markKey)).map((key) => {
    const marked = marks.find((candidate) => markKey(candidate) === key) ?? { kind: 'unclaimed' };
    return { key, text: legendText(index, marked), look: claimLook(marked, looks) };
  });
}

/** The look of one attack's mark. */
export function claimMarkLook(index: TalkIndex, event: TimelineEvent): Look {
  return claimLook(markOf(event), groupLooks(index.talk.groups));
}

/** An attack's mark in words, for a screen reader: "Eastport 1907: claimed in the name of the Guild". */
export function spokenMark(index: TalkIndex, label: string, event: TimelineEvent): string {
  const marked = markOf(event);
  const { diagrams } = index.words;
  const claim =
    marked.kind === 'group' ? diagrams.claimedIn(index.group(marked.group).name) : legendText(index, marked);
  return diagrams.mapEntry(label, claim);
}
