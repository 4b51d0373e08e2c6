import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';
import { ENGINE_INPUTS, newestInput, staleReason } from '../../src/export/ensure-build.ts';
import { talkFolder } from '../../src/pipeline/talk-folder.ts';

/**
 * Faults of the machine the export runs on: a browser path that is no browser, and a
 * signal to any process of `npm run pdf` (npm, the export's node, Chromium).
 * The export must stop, say "interrupted", leave the earlier PDF and leave no process behind.
 */

const run = promisify(execFile);
const ROOT = resolve('.');
/** The PDF command as `npm run pdf` runs it. */
const DECK = resolve('scripts/deck.mjs');

let folder = '';
test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'faults-spec-'));
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

test('a CHROMIUM_PATH that is no browser gets the same advice as a missing one, and nothing is written', async () => {
  const out = join(folder, 'true.pdf');
  const failure = run(process.execPath, [DECK, 'pdf', '--out', out], {
    env: { ...process.env, CHROMIUM_PATH: '/bin/true' },
  });
  await expect(failure).rejects.toMatchObject({
    code: 1,
    stderr: expect.stringMatching(/No Chromium browser was found[\s\S]*apt-get install chromium[\s\S]*\/bin\/true/),
  });
  const { stderr } = await failure.catch((error: { stderr: string }) => error);
  expect(stderr, 'no raw Playwright error').not.toMatch(
    /browserType\.launch|Failed to launch|Executable doesn't exist/i,
  );
  expect(readdirSync(folder)).not.toContain('true.pdf');
});

/** A process of the export's tree, read from /proc: its pid, its parent, its command line. */
interface TreeProcess {
  readonly pid: number;
  readonly ppid: number;
  readonly command: string;
}

/** Every live process that carries `mark` in its environment: all of the export's tree, Chromium included. */
function marked(mark: string): TreeProcess[] {
  return readdirSync('/proc').flatMap((entry) => {
    if (!/^\d+$/.test(entry)) return [];
    try {
      if (!readFileSync(`/proc/${entry}/environ`, 'utf8').includes(mark)) return [];
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state === 'Z') return [];
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
      return [{ pid: Number(entry), ppid: Number(ppid), command }];
    } catch {
      return [];
    }
  });
}

type Target = (tree: readonly TreeProcess[], npm: ChildProcess) => number | undefined;

const CASES: ReadonlyArray<readonly [name: string, signal: NodeJS.Signals, target: Target]> = [
  ['npm (Ctrl-C)', 'SIGINT', (_tree, npm) => npm.pid],
  ['npm', 'SIGTERM', (_tree, npm) => npm.pid],
  ['the export itself', 'SIGINT', (tree) => tree.find((p) => /^\S*node .*scripts\/deck\.mjs pdf/.test(p.command))?.pid],
  [
    'the export itself',
    'SIGTERM',
    (tree) => tree.find((p) => /^\S*node .*scripts\/deck\.mjs pdf/.test(p.command))?.pid,
  ],
  ['Chromium', 'SIGTERM', (tree) => tree.find((p) => /chrom/i.test(p.command) && !p.command.includes('--type='))?.pid],
];

// Fault injection: each case starts a real export and kills part of it (@slow: `npm run test:slow`, which CI runs too).
test.describe('npm run pdf, stopped while it prints', { tag: '@slow' }, () => {
  test.beforeAll(() => {
    // The export rebuilds a stale deck, which would empty dist/ under the specs that the preview server serves from it.
    const index = join(ROOT, 'dist', 'index.html');
    const inputs = [talkFolder(ROOT).folder, ...ENGINE_INPUTS];
    const reason = staleReason(existsSync(index) ? statSync(index).mtimeMs : null, newestInput(ROOT, inputs));
    if (reason !== null) throw new Error(`Run \`npm run build\` before this spec: ${reason}.`);
  });

  for (const [name, signal, target] of CASES) {
    test(`${signal} to ${name}: says "interrupted", keeps the earlier PDF, leaves no process behind`, async () => {
      test.slow();
      const mark = `DECK_EXPORT_TEST=${randomUUID()}`;
      const out = join(folder, `${signal}-${name.replace(/\W+/g, '-')}`);
      const pdf = join(out, 'handout.pdf');
      mkdirSync(out, { recursive: true });
      writeFileSync(pdf, '%PDF-1.7 an earlier export');
      const [key, value] = mark.split('=') as [string, string];
      const npm = spawn('npm', ['run', 'pdf', '--', '--out', pdf], {
        cwd: ROOT,
        env: { ...process.env, [key]: value },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      npm.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      npm.stderr?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      const exited = new Promise<number | null>((done) => npm.on('close', (code) => done(code)));
      try {
        await expect.poll(() => output, { timeout: 60_000 }).toContain('Rendering the handout layout');
        await expect.poll(() => target(marked(mark), npm), { timeout: 10_000 }).toBeGreaterThan(0);
        const pid = target(marked(mark), npm)!;
        process.kill(pid, signal);
        await exited;
        // Whatever npm did, every process of the tree has gone, Chromium's too.
        await expect.poll(() => marked(mark).map((p) => p.command), { timeout: 15_000 }).toEqual([]);
        expect(output).toMatch(/PDF export interrupted/);
        expect(output).not.toMatch(/Wrote |PDF export failed|Printing failed/);
        expect(readFileSync(pdf, 'utf8')).toBe('%PDF-1.7 an earlier export');
        expect(readdirSync(out), 'no temporary file left').toEqual(['handout.pdf']);
      } finally {
        for (const left of marked(mark)) process.kill(left.pid, 'SIGKILL');
      }
    });
  }
});
