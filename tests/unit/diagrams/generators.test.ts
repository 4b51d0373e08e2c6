import { describe, expect, it } from 'vitest';
import { generateAllDiagrams, generateDiagram } from '../../../src/diagrams/index.ts';
import { relationShownAt } from '../../../src/diagrams/kinds/network.ts';
import { guildsTalk } from '../../fixtures/guilds-talk.ts';
import { mutate } from '../../fixtures/mutate.ts';

describe('diagram generators on the fixture talk', () => {
  const diagrams = generateAllDiagrams(guildsTalk);

  it('make one diagram per diagram slide, each with an accessible title and description', () => {
    expect(diagrams.map((diagram) => diagram.slideId)).toEqual(['formed', 'net', 'fair-toll']);
    for (const diagram of diagrams) {
      expect(diagram.source).toMatch(/^\s*accTitle: .+$/m);
      expect(diagram.source).toMatch(/^\s*accDescr: .+$/m);
      expect(diagram.sources.length).toBeGreaterThan(0);
    }
  });

  it('formation: draws the split from the parent to the new group', () => {
    const formation = diagrams[0]!;
    expect(formation.source).toMatch(/^flowchart LR/);
    expect(formation.source).toContain('n_masons -- "members broke away, 2002" --> n_carpenters');
    expect(formation.description).toContain('members of Masons broke away to form Carpenters');
  });

  it('network: marks ties that are new since the previous snapshot', () => {
    const network = diagrams[1]!;
    expect(network.source).toContain('"new: members broke away, 2002"');
    expect(network.source).toMatch(/linkStyle \d/);
    expect(network.source).toMatch(/class [^\n]*n_carpenters[^\n]* fresh/);
  });

  it('network: never calls an undated tie new', () => {
    const network = diagrams[1]!;
    expect(network.source).toContain('"undated: rivals"');
    expect(network.source).not.toContain('new: rivals');
  });

  it('network: shows undated ties only in the last year of the period', () => {
    const undated = guildsTalk.relations.find((relation) => relation.id === 'rivals')!;
    expect(relationShownAt(guildsTalk, undated, { year: 2003 })).toBe(true);
    expect(relationShownAt(guildsTalk, undated, { year: 2002 })).toBe(false);
  });

  it('toll: slices are the parts, each with its hedge', () => {
    const toll = diagrams[2]!;
    expect(toll.source).toMatch(/^pie/);
    expect(toll.source).toContain('"from Millbrook: about 200" : 200');
    expect(toll.source).toContain('title A joint fair abroad: about 300 visitors, as Millbrook Chronicle states');
  });

  it('timeline: a column for every year, context marked', () => {
    const timeline = generateDiagram(guildsTalk, { kind: 'timeline' }, 'overview');
    expect(timeline.source).toMatch(/^timeline/);
    expect(generateDiagram(guildsTalk, { kind: 'timeline', from: 2002, to: 2003 }, 'later').source).not.toContain('2001');
    expect(timeline.source).toContain('2001 : Guild hall built');
    expect(timeline.source).toContain('2002 : Carpenters leave (context)');
  });

  it('reach: ties events abroad to their claimant', () => {
    const reach = generateDiagram(guildsTalk, { kind: 'reach', group: 'masons', home: ['Nowhere'] }, 'abroad');
    expect(reach.source).toContain('subgraph c0["Elsewhere"]');
    expect(reach.source).toContain('n_masons -- "involved" --> n_fair');
    expect(reach.source).not.toContain('n_hall');
  });

  it('rivalries: draws the state dilemma as the author argues it', () => {
    const rivalries = generateDiagram(guildsTalk, { kind: 'rivalries', state: 'council', argument: 'quarrel' }, 'trap');
    expect(rivalries.title).toContain('as the author argues it');
    expect(rivalries.source).toContain('n_council -. "the author: striking Carpenters helps Masons" .-> n_carpenters');
    expect(rivalries.description).toContain('The author argues: that the quarrel helps neither guild');
  });

  it('escape hostile group names', () => {
    const hostile = mutate(guildsTalk, (t) => {
      t.groups[1]!.shortName = 'Car"pen"ters <script>x</script> #35; end';
    });
    const formation = generateAllDiagrams(hostile)[0]!;
    expect(formation.source).toContain('Car“pen”ters <\u200Bscript>x<\u200B/script> #\u200B35; end');
  });
});
