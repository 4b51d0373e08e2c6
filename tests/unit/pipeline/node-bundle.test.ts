import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CACHE_PATHS } from '../../../src/contract.ts';
import { prebuiltViteConfig } from '../../../src/pipeline/node-bundle.mjs';

/** A project of its own: a vite.config.ts importing an engine module that reads a file beside itself. */
const root = mkdtempSync(join(tmpdir(), 'deck-config-bundle-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'src'));
writeFileSync(join(root, 'src', 'words.txt'), 'read beside its module');
const engine = join(root, 'src', 'engine.ts');
const writeEngine = (version: number): void =>
  writeFileSync(
    engine,
    [
      "import { readFileSync } from 'node:fs';",
      "import { fileURLToPath } from 'node:url';",
      'const tag = (parts: TemplateStringsArray, ...values: unknown[]): string => parts.raw.join(String(values[0]));',
      // A tagged template whose text Rolldown must escape (`</script>`): it lowers it with a helper of its own.
      `export const page = (): string => tag\`<script>\${${version}}</script>\`;`,
      "export const words = (): string => readFileSync(fileURLToPath(new URL('./words.txt', import.meta.url)), 'utf8');",
    ].join('\n'),
  );
writeEngine(1);
writeFileSync(
  join(root, 'vite.config.ts'),
  "import { page, words } from './src/engine.ts';\nexport default ({ mode }) => ({ define: { page: page(), words: words(), mode } });\n",
);
const ENV = { command: 'build', mode: 'single', isSsrBuild: false, isPreview: false } as const;
const bundled = join(root, CACHE_PATHS.config);

describe("the build's configuration, bundled for Node once per change of the engine", () => {
  it('is bundled on first use, called for the build, and its modules still read the files beside them', async () => {
    const config = await prebuiltViteConfig(root, ENV);
    expect(config).toMatchObject({ configFile: false, root, mode: 'single' });
    expect(config.define).toEqual({ page: '<script>1</script>', words: 'read beside its module', mode: 'single' });
    // Rolldown's helpers are in the bundle, not imports of a package nobody installs.
    expect(readFileSync(bundled, 'utf8')).not.toMatch(/from ["']@oxc-project\/runtime/);
  });

  it('is kept while the engine is unchanged, and bundled again once a file of it changes', async () => {
    await prebuiltViteConfig(root, ENV);
    const written = statSync(bundled).mtimeMs;
    await prebuiltViteConfig(root, ENV);
    expect(statSync(bundled).mtimeMs).toBe(written);
    writeEngine(2);
    const later = new Date(written + 5_000);
    utimesSync(engine, later, later);
    const again = await prebuiltViteConfig(root, ENV);
    expect(statSync(bundled).mtimeMs).not.toBe(written);
    expect(again.define?.['page']).toBe('<script>2</script>');
  });
});
