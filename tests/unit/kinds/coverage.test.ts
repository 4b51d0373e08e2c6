import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SLIDE_SPECS } from '../../../src/deck/specs.ts';
import { DIAGRAM_SPECS } from '../../../src/diagrams/specs.ts';
import { assertValidTalk } from '../../../src/rules/index.ts';
import type { Talk } from '../../../src/schema.ts';
import { KIND_FIXTURE_TALKS } from '../../fixtures/every-kind-talk.ts';
import { guildsTalk } from '../../fixtures/guilds-talk.ts';
import { casesOf, type KindOf, uses } from '../../support/kinds.ts';

/** Every registered kind, with whether its spec has checks and its folder. */
const KINDS: ReadonlyArray<KindOf & { readonly checks: boolean; readonly folder: string }> = [
  ...Object.values(SLIDE_SPECS).map((spec) => ({
    family: 'slide' as const,
    kind: spec.kind,
    checks: spec.check !== undefined,
    folder: `src/deck/kinds/${spec.kind}`,
  })),
  ...Object.values(DIAGRAM_SPECS).map((spec) => ({
    family: 'diagram' as const,
    kind: spec.kind,
    checks: spec.check !== undefined,
    folder: `src/diagrams/kinds/${spec.kind}`,
  })),
];

/** The kinds no talk of `talks` uses, by name. */
function unused(talks: readonly Talk[]): string[] {
  return KINDS.filter((of) => !talks.some((talk) => uses(talk, of))).map((of) => `${of.family} kind '${of.kind}'`);
}

describe('every registered kind', () => {
  it('is used by a fixture talk (tests/fixtures/every-kind-talk.ts)', () => {
    expect(unused(KIND_FIXTURE_TALKS)).toEqual([]);
  });

  it('would be named when no fixture talk uses it', () => {
    expect(unused([guildsTalk])).toEqual([
      "diagram kind 'rivalries'",
      "diagram kind 'timeline'",
      "diagram kind 'map'",
      "diagram kind 'share'",
    ]);
  });

  it('is used by sound fixture talks only', () => {
    for (const talk of KIND_FIXTURE_TALKS) assertValidTalk(talk);
  });

  it('with checks has a broken case (tests/fixtures/kind-cases.ts)', () => {
    const missing = KINDS.filter((of) => of.checks && casesOf(of).length === 0).map(
      (of) => `${of.family} kind '${of.kind}'`,
    );
    expect(missing).toEqual([]);
  });

  it('has a broken case only if it has checks to break', () => {
    expect(KINDS.filter((of) => !of.checks && casesOf(of).length > 0).map((of) => of.kind)).toEqual([]);
  });

  it('has its own folder: spec.ts, render.ts and its test', () => {
    const missing = KINDS.flatMap(({ folder, kind }) =>
      ['spec.ts', 'render.ts', `${kind}.test.ts`]
        .map((file) => `${folder}/${file}`)
        .filter((path) => !existsSync(new URL(`../../../${path}`, import.meta.url))),
    );
    expect(missing).toEqual([]);
  });
});
