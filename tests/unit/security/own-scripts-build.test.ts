import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OWN_SCRIPTS_RULE } from '../../../src/pipeline/emitted-scripts.ts';
import { buildTalk } from '../../fixtures/build-talk.ts';
import { guildsTalk } from '../../fixtures/guilds-talk.ts';

const work = mkdtempSync(join(tmpdir(), 'own-scripts-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const INJECTED = 'document.title="tampered"';

/**
 * Puts a script into every cached drawing and recomputes the entry's own hash, and into every cached
 * bibliography entry, as someone with the cache folder could. Returns how many files it spoiled.
 */
function tamper(cacheDir: string): number {
  const files = readdirSync(cacheDir).filter((name) => name.endsWith('.json'));
  let spoiled = 0;
  for (const name of files) {
    const path = join(cacheDir, name);
    const entry = JSON.parse(readFileSync(path, 'utf8')) as {
      svg?: string;
      entries?: Array<{ html: string }>;
    };
    if (typeof entry.svg === 'string') {
      const svg = entry.svg.replace(/<\/svg>$/, `<script>${INJECTED}</script></svg>`);
      const output = createHash('sha256').update(svg, 'utf8').digest('hex');
      writeFileSync(path, JSON.stringify({ ...entry, svg, output }));
      spoiled += 1;
    } else if (Array.isArray(entry.entries)) {
      for (const item of entry.entries) item.html += `<script>${INJECTED}</script>`;
      writeFileSync(path, JSON.stringify(entry));
      spoiled += 1;
    }
  }
  return spoiled;
}

describe('the page trusts only the scripts the build wrote', () => {
  it('a script put into a cached drawing (its hash recomputed) or bibliography entry is never listed in the policy nor shipped', async () => {
    const cacheDir = join(work, 'cache');
    const out = join(work, 'deck');
    await buildTalk(guildsTalk, out, { singleFile: true, cacheDir });
    expect(tamper(cacheDir)).toBeGreaterThan(0);
    // Either the build refuses the page, naming the script, or the drawing is checked again and the script is gone.
    const outcome = await buildTalk(guildsTalk, out, { singleFile: true, cacheDir }).then(
      () => readFileSync(join(out, 'index.html'), 'utf8'),
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    if (outcome.startsWith('<!')) {
      expect(outcome).not.toContain(INJECTED);
      const policy = /Content-Security-Policy" content="([^"]+)"/.exec(outcome)?.[1] ?? '';
      const hashOf = `'sha256-${createHash('sha256').update(INJECTED).digest('base64')}'`;
      expect(policy).not.toContain(hashOf);
    } else {
      expect(outcome).toMatch(new RegExp(`${OWN_SCRIPTS_RULE}: index\\.html, slide '[\\w-]+': .*tampered`));
    }
  }, 400_000);
});
