import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { DiagramDefinition } from '../../../src/diagrams/diagram-kind.ts';
import { label, pieLabel, pieTitle, timelineLabel } from '../../../src/diagrams/mermaid-syntax.ts';
import { renderDiagrams } from '../../../src/pipeline/render-diagrams.ts';
import { MARKUP_PUNCTUATION } from '../../fixtures/hostile.ts';

const cacheDir = mkdtempSync(join(tmpdir(), 'deck-labels-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

/** Pieces an author might type that mean something to Mermaid, Markdown, HTML or KaTeX. */
const SYNTAX = [
  '>',
  '<',
  '-->',
  '==>',
  '-.->',
  '&',
  '&lt;b&gt;',
  '&amp;',
  '&quot;',
  '&#60;',
  '#35;',
  '#quot;',
  '#gt;',
  '%%',
  ...MARKUP_PUNCTUATION,
  '$$',
  '$',
  '\\',
  '\\n',
  '*',
  '_',
  '~',
  '=',
  '.',
  '<b>',
  '</b>',
  '<br>',
  'end',
  'graph',
  'click',
  'style',
  'classDef',
  'subgraph',
  '1.',
  '- ',
  '> ',
];

/** Random label text: syntax pieces, printable characters of any script, and spaces between. */
const labelText = fc
  .array(
    fc.oneof(
      fc.constantFrom(...SYNTAX),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }),
      fc.constantFrom(' ', 'داعش', 'کوئٹہ', 'é', '中文', '🙂'),
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.join(''))
  // Control characters and lone whitespace are no label an author types; the content rules refuse blank ones.
  .map((text) => text.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cn}\p{Cs}]/gu, '').trim())
  .filter((text) => text !== '');

/** How each kind of label is written into Mermaid text, exactly as the generators write it. */
const KINDS: Record<string, (text: string) => string> = {
  node: (text) => `flowchart LR\n  n_a["${label(text)}"]\n`,
  'two-line node': (text) => `flowchart LR\n  n_a["${[text, 'second line'].map(label).join('\n')}"]\n`,
  edge: (text) => `flowchart LR\n  n_a["A"] -- "${label(text)}" --> n_b["B"]\n`,
  'dotted edge': (text) => `flowchart LR\n  n_a["A"] -. "${label(text)}" .-> n_b["B"]\n`,
  'thick edge': (text) => `flowchart LR\n  n_a["A"] == "${label(text)}" ==> n_b["B"]\n`,
  subgraph: (text) => `flowchart TB\n  subgraph c0["${label(text)}"]\n    e_x["X"]\n  end\n`,
  timeline: (text) => `timeline\n    2001 : ${timelineLabel(text)}\n`,
  'pie slice': (text) => `pie\n  "${pieLabel(text)}" : 2\n  "Z" : 1\n`,
  'pie title': (text) => `pie\n  title ${pieTitle(text)}\n  "Y" : 2\n  "Z" : 1\n`,
};

/** What a reader sees of a label: the text as typed, straight quotes turned typographic, all white space aside (labels wrap). */
function seen(text: string): string {
  let open = true;
  return text
    .replace(/"/g, () => {
      const quote = open ? '“' : '”';
      open = !open;
      return quote;
    })
    .replace(/\s+/g, '');
}

/** Every text element of a drawing, decoded from the serialised SVG. */
function texts(svg: string): string[] {
  const entities: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
  return [...svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((match) =>
    (match[1] ?? '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&(#x?[0-9a-f]+|lt|gt|quot|apos|amp);/gi, (_, entity: string) =>
        entity.startsWith('#')
          ? String.fromCodePoint(entity[1] === 'x' ? Number.parseInt(entity.slice(2), 16) : Number(entity.slice(1)))
          : (entities[entity] ?? ''),
      )
      .replace(/\u200B/g, '')
      .replace(/\s+/g, ''),
  );
}

/** Runs kept small in `npm test`; FUZZ_LABELS=n draws more. */
const RUNS = Number(process.env['FUZZ_LABELS'] ?? 15);

describe('labels round-trip: what an author types is what the drawing shows', () => {
  it(`in every label kind, for ${RUNS} random labels (fixed seed), drawn in one Chromium`, async () => {
    const samples = fc.sample(labelText, { seed: 20261125, numRuns: RUNS });
    const cases = samples.flatMap((text, sample) =>
      Object.keys(KINDS).map((kind) => ({ text, kind, id: `l${sample}-${kind.replace(/\W/g, '')}` })),
    );
    const diagrams: DiagramDefinition[] = cases.map(({ text, kind, id }) => ({
      id: `diagram-${id}_`,
      slideId: id,
      title: 'Label',
      description: 'One label.',
      drawing: { engine: 'mermaid', text: KINDS[kind]!(text) },
      sources: [],
    }));
    const { svgs } = await renderDiagrams(diagrams, { cacheDir });
    const lost = cases.flatMap(({ text, kind, id }) => {
      const drawn = texts(svgs.get(`diagram-${id}_`) ?? '');
      const expected = seen(kind === 'two-line node' ? `${text}second line` : text);
      return drawn.includes(expected) ? [] : [`${kind}: typed ${JSON.stringify(text)}, drawn ${JSON.stringify(drawn)}`];
    });
    expect(lost).toEqual([]);
    // 135 drawings in one call, in the page every file shares: minutes, not seconds, on a busy 2-core machine.
  }, 240_000);
});
