import { describe, expect, it } from 'vitest';
import type { DiagramSlide } from '../../../src/diagrams/diagram-kind.ts';
import { relationShownAt } from '../../../src/diagrams/kinds/network.ts';
import { generateDiagram } from '../../../src/diagrams/registry.ts';
import { indexTalk } from '../../../src/model/talk-index.ts';
import type { DiagramSpec } from '../../../src/model/types.ts';
import { diagramsOf, mermaidText } from '../../fixtures/deck.ts';
import { guildsTalk } from '../../fixtures/guilds-talk.ts';
import { mutate } from '../../fixtures/mutate.ts';

const index = indexTalk(guildsTalk);
const draw = (spec: DiagramSpec, slide: DiagramSlide) => generateDiagram(spec, index, slide);

describe('diagram generators on the fixture talk', () => {
  const diagrams = diagramsOf(guildsTalk);
  const text = (position: number) => mermaidText(diagrams[position]!);

  it('make one diagram per diagram slide, each with an accessible title and description', () => {
    expect(diagrams.map((diagram) => diagram.slideId)).toEqual(['formed', 'net', 'fair-toll']);
    for (const diagram of diagrams) {
      expect(mermaidText(diagram)).toMatch(/^\s*accTitle: .+$/m);
      expect(mermaidText(diagram)).toMatch(/^\s*accDescr: .+$/m);
      expect(diagram.sources.length).toBeGreaterThan(0);
    }
  });

  it('formation: draws the split from the parent to the new group, each with its aim', () => {
    expect(text(0)).toMatch(/^flowchart LR/);
    expect(text(0)).toContain('n_masons -- "members broke away, 2002" --> n_carpenters');
    expect(text(0)).toContain('n_carpenters["Carpenters\nwood for every roof"]');
    expect(diagrams[0]!.description).toContain('Carpenters – members broke away, 2002 – Masons');
  });

  it('network: marks ties that are new since the previous snapshot', () => {
    expect(text(1)).toContain('"new: members broke away, 2002"');
    expect(text(1)).toMatch(/linkStyle \d/);
    expect(text(1)).toMatch(/class [^\n]*n_carpenters[^\n]* fresh/);
  });

  it('network: never calls an undated tie new', () => {
    expect(text(1)).toContain('"undated: rivals"');
    expect(text(1)).not.toContain('new: rivals');
  });

  it('network: shows undated ties only in the last year of the period', () => {
    const undated = guildsTalk.relations.find((relation) => relation.id === 'rivals')!;
    expect(relationShownAt(index, undated, { year: 2003 })).toBe(true);
    expect(relationShownAt(index, undated, { year: 2002 })).toBe(false);
  });

  it('toll: slices are the parts, each with its hedge', () => {
    expect(text(2)).toMatch(/^pie/);
    expect(text(2)).toContain('"from Millbrook: about 200" : 200');
    expect(text(2)).toContain('title Visitors: about 300 visitors');
  });

  it('timeline: a column for every year, context marked', () => {
    const timeline = mermaidText(draw({ kind: 'timeline' }, { id: 'overview', title: 'Overview' }));
    expect(timeline).toMatch(/^timeline/);
    expect(
      mermaidText(draw({ kind: 'timeline', from: 2002, to: 2003 }, { id: 'later', title: 'Later' })),
    ).not.toContain('2001');
    expect(timeline).toContain('2001 : Guild hall built');
    expect(timeline).toContain('2002 : Carpenters leave (Context)');
  });

  it('reach: ties events abroad to their claimant or, failing that, their actors', () => {
    const reach = mermaidText(
      draw({ kind: 'reach', group: 'masons', home: ['Nowhere'] }, { id: 'abroad', title: 'Abroad' }),
    );
    expect(reach).toContain('subgraph c0["Elsewhere"]');
    expect(reach).toContain('n_masons -- "attributed to" --> e_fair');
    expect(reach).not.toContain('e_hall');
  });

  it('rivalries: draws the state dilemma as the author argues it', () => {
    const rivalries = draw(
      { kind: 'rivalries', state: 'council', argument: 'quarrel' },
      { id: 'trap', title: 'The trap' },
    );
    expect(mermaidText(rivalries)).toContain(
      'n_council -. "the author: striking Carpenters helps Masons" .-> n_carpenters',
    );
    expect(rivalries.description).toContain('The author argues that the quarrel helps neither guild');
  });

  it('escape hostile group names', () => {
    const hostile = mutate(guildsTalk, (t) => {
      t.groups[1]!.shortName = 'Car"pen"ters <script>x</script> #35; end';
    });
    expect(mermaidText(diagramsOf(hostile)[0]!)).toContain(
      'Car“pen”ters #lt;script#gt;x#lt;/script#gt; #\u200B35; end',
    );
  });
});
