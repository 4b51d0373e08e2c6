import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DiagramDefinition } from '../../../src/diagrams/diagram-kind.ts';
import { generateDiagram } from '../../../src/diagrams/renderers.ts';
import { indexTalk } from '../../../src/model/talk-index.ts';
import type { Talk } from '../../../src/model/types.ts';
import { DiagramRenderError, renderDiagrams } from '../../../src/pipeline/render-diagrams.ts';
import { guildsTalk } from '../../fixtures/guilds-talk.ts';
import { type Mutable, mutate } from '../../fixtures/mutate.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'deck-node-ids-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

/** The boxes of a drawn flowchart, by their label, as the audience reads them. */
function boxes(svg: string): string[] {
  return [...svg.matchAll(/<g class="node[^"]*"[^>]*>([\s\S]*?)<\/g><\/g>/g)].map((match) =>
    (match[1] ?? '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** Ids that differ only by '-' or '_', by case, or by a prefix that looks like the encoding's own. */
const LOOKALIKES = ['is-core', 'is_core', 'IS-core', 'n-is-core', 'is-h-core', 'e-is-core'];

describe('data items never draw as one node', () => {
  // Ids outside the id rule's letters are drawn here on purpose, past validation: the drawing must keep them apart anyway.
  const lookalikes = mutate(guildsTalk, (t) => {
    const template = t.groups[0]!;
    for (const [position, id] of LOOKALIKES.entries()) {
      t.groups.push({
        ...structuredClone(template),
        id,
        shortName: `Group ${position + 1}`,
      } as Mutable<Talk>['groups'][number]);
      t.relations.push({
        ...structuredClone(t.relations[0]!),
        id: `tie-${position}`,
        from: id,
        to: 'masons',
        since: { year: 2002 },
      });
    }
  });

  it('ids differing by -, _, case or a prefix draw as as many boxes, each with its own label and ties', async () => {
    const diagram = generateDiagram({ kind: 'network', at: { year: 2003 }, previous: null }, indexTalk(lookalikes), {
      id: 'lookalikes',
      title: 'Look-alikes',
    });
    const { svgs } = await renderDiagrams([diagram], { cacheDir });
    const drawn = boxes(svgs.get(diagram.id)!);
    for (const position of LOOKALIKES.keys()) expect(drawn).toContain(`Group ${position + 1}`);
    expect(drawn).toHaveLength(diagram.nodes!.length);
    expect(diagram.nodes).toHaveLength(LOOKALIKES.length + 2);
    expect(
      svgs.get(diagram.id)!.match(/class="edgePath|<path[^>]*class="[^"]*flowchart-link/g)?.length,
    ).toBeGreaterThanOrEqual(LOOKALIKES.length);
  });

  it('the build stops, naming the slide and the items, when two items would still draw as one box', async () => {
    const merged: DiagramDefinition = {
      id: 'diagram-merged_',
      slideId: 'merged',
      title: 'Merged',
      description: 'Two groups written with one node id.',
      drawing: { engine: 'mermaid', text: 'flowchart LR\n  n_a["A"]\n  n_a["B"]\n  n_a --> n_c["C"]\n' },
      sources: [],
      nodes: ["group 'a'", "group 'A'", "group 'c'"],
    };
    const attempt = renderDiagrams([merged], { cacheDir });
    await expect(attempt).rejects.toThrow(DiagramRenderError);
    await expect(renderDiagrams([merged], { cacheDir })).rejects.toThrow(
      /slide 'merged'.*3 data items \(group 'a', group 'A', group 'c'\) drew as 2 boxes/,
    );
  });
});
