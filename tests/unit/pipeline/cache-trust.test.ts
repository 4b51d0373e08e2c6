import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inertnessInNode } from '../../../src/pipeline/inert-svg.ts';
import { renderDiagrams } from '../../../src/pipeline/render-diagrams.ts';
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS, FORBIDDEN_TAGS } from '../../../src/pipeline/svg-allow-list.ts';
import { diagramsOf } from '../../fixtures/deck.ts';
import { guildsTalk } from '../../fixtures/guilds-talk.ts';

/**
 * Someone who can write the cache folder (a shared build machine, a restored CI cache) edits a
 * drawing and recomputes the hash kept beside it. The build must check the drawing itself again
 * as it reads it, draw it afresh, and say which cache file it refused.
 */
const TAMPERINGS: ReadonlyArray<readonly [name: string, inserted: string, mark: string]> = [
  ['a script', '<script>alert(1)</script>', '<script'],
  ['a handler', '<rect width="5" height="5" onclick="alert(1)"/>', 'onclick'],
  ['a javascript: link', '<a href="javascript:alert(1)"><text>x</text></a>', 'javascript:'],
  [
    'a foreignObject',
    '<foreignObject width="9" height="9"><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>',
    'foreignObject',
  ],
  ['a remote image', '<image href="https://example.org/x.png" width="5" height="5"/>', 'example.org'],
  ['an untrimmed value the sanitizer would rewrite', '<rect width=" 5" height="5"/>', 'width=" 5"'],
];

const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

describe('a drawing read from the cache is checked again, not trusted for its hash', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'deck-cache-trust-'));
  const diagrams = diagramsOf(guildsTalk);
  let first: Map<string, string>;
  // Drawn, and drawn again, in the run's shared Chromium and its prepared page (tests/support/shared-chromium.ts).
  beforeAll(async () => {
    first = (await renderDiagrams(diagrams, { cacheDir })).svgs;
  });
  afterAll(() => {
    rmSync(cacheDir, { recursive: true, force: true });
  });
  const entryFiles = (): string[] =>
    readdirSync(cacheDir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => join(cacheDir, file));

  for (const [index, [name, inserted, mark]] of TAMPERINGS.entries()) {
    it(`redraws an entry given ${name} with its hash recomputed, naming the cache file`, async () => {
      const files = entryFiles();
      const file = files[index % files.length]!;
      const entry = JSON.parse(readFileSync(file, 'utf8')) as { input: string; output: string; svg: string };
      const svg = entry.svg.replace(/<\/svg>$/, `${inserted}</svg>`);
      writeFileSync(file, JSON.stringify({ ...entry, output: sha256(svg), svg }));
      const log: string[] = [];
      const again = await renderDiagrams(diagrams, { cacheDir, log: (line) => log.push(line) });
      expect(again.drawn).toBe(1);
      expect(again.svgs).toEqual(first);
      for (const drawing of again.svgs.values()) expect(drawing).not.toContain(mark);
      const line = log.find((candidate) => candidate.startsWith('diagram cache:'));
      expect(line).toContain(file);
      expect(line).toContain('holds what a drawing may not');
      expect(readFileSync(file, 'utf8')).not.toContain(mark);
    });
  }

  it('redraws a damaged entry that is not JSON, naming the cache file', async () => {
    const file = entryFiles()[0]!;
    writeFileSync(file, '{"input": "\u0000 not a drawing');
    const log: string[] = [];
    const again = await renderDiagrams(diagrams, { cacheDir, log: (line) => log.push(line) });
    expect(again.drawn).toBe(1);
    expect(again.svgs).toEqual(first);
    expect(log.find((line) => line.startsWith('diagram cache:'))).toMatch(
      new RegExp(`cache file ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: cut short or not an entry`),
    );
  });
});

describe('the check made on reading holds a drawing to the draw-time allow-list', () => {
  const frame = (inner: string): string =>
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 9 9">${inner}</svg>`;

  it('refuses what the sanitizer removes, and passes what it keeps', () => {
    const refusedCases = [
      '<animate attributeName="href" values="javascript:alert(1)"/>',
      '<set attributeName="onmouseover" to="alert(1)"/>',
      '<a href="jav&#x61;script:alert(1)"><text>x</text></a>',
      '<text><tref xlink:href="&#106;avascript:alert(1)"/></text>',
      '<html:iframe xmlns:html="http://www.w3.org/1999/xhtml" src="https://example.org/"/>',
      '<use href="other.svg#shape"/>',
      '<rect fill="vbscript:x"/>',
      '<!-- <script>x</script> -->',
      '<?xml-stylesheet href="https://example.org/x.css"?>',
      '<title>x</title><rect class="a"/></svg><svg>',
    ];
    for (const inner of refusedCases) expect(inertnessInNode(frame(inner)).refused, inner).not.toEqual([]);
    const kept =
      '<title id="t">a &lt; b</title><style>.a{fill:var(--ink)}</style><g class="a" data-key="k" aria-hidden="true">' +
      '<path d="M0 0L9 9" marker-end="url(#m)" style="fill:var(--tone-3)"/><text x="1" y="2">onload="x"</text></g>';
    expect(inertnessInNode(frame(kept)).refused).toEqual([]);
  });

  it('uses DOMPurify’s own SVG profile lists, as the installed DOMPurify writes them', () => {
    const source = readFileSync(join('node_modules', 'dompurify', 'dist', 'purify.es.mjs'), 'utf8');
    const list = (name: string): string[] => {
      const start = source.indexOf(`const ${name} = freeze([`);
      const body = source.slice(source.indexOf('[', start) + 1, source.indexOf(']);', start));
      return [...body.matchAll(/"([^"]+)"/g)].map((match) => match[1]!.toLowerCase());
    };
    const profileTags = [...list('svg$1'), ...list('svgFilters')];
    expect(new Set([...ALLOWED_TAGS, ...FORBIDDEN_TAGS.filter((tag) => profileTags.includes(tag))])).toEqual(
      new Set(profileTags),
    );
    const profileAttributes = new Set([...list('svg'), ...list('xml'), 'role']);
    for (const name of ALLOWED_ATTRIBUTES) expect(profileAttributes.has(name), name).toBe(true);
  });
});
