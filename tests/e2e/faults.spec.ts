import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { expect, test } from '@playwright/test';
import { SHARED_CHROMIUM_ENV } from '../../src/browser/prepared-page.ts';
import { deckStaleness } from '../../src/export/ensure-build.ts';
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
    const reason = deckStaleness(ROOT, talkFolder(ROOT));
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

/** Starts `npm <args>` with `mark` in its environment, collecting its output. */
function npmMarked(args: readonly string[], mark: string, env: NodeJS.ProcessEnv = {}, unset: readonly string[] = []) {
  const [key, value] = mark.split('=') as [string, string];
  const environment: NodeJS.ProcessEnv = { ...process.env, ...env, [key]: value };
  for (const name of unset) delete environment[name];
  const npm = spawn('npm', [...args], {
    cwd: ROOT,
    env: environment,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const seen = { output: '' };
  npm.stdout?.on('data', (chunk: Buffer) => {
    seen.output += chunk.toString();
  });
  npm.stderr?.on('data', (chunk: Buffer) => {
    seen.output += chunk.toString();
  });
  const exited = new Promise<number | null>((done) => npm.on('close', (code) => done(code)));
  return { npm, seen, exited };
}

/** A port the operating system says is free now. */
function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

/** Whether something accepts connections on the port. */
function listening(port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', () => done(true));
    probe.listen(port, '127.0.0.1', () => probe.close(() => done(false)));
  });
}

// Fault injection too: each case stops a real command by a signal (@slow, as the README says).
test.describe('npm start and npm run build, stopped by their process id', { tag: '@slow' }, () => {
  test('SIGTERM to npm start stops the preview server and frees its port', async () => {
    test.slow();
    const mark = `DECK_START_TEST=${randomUUID()}`;
    const port = await freePort();
    // A talk of its own, so the build never empties the decks the other specs are served from.
    const scratch = mkdtempSync(join(tmpdir(), 'start-signal-'));
    const talk = join(scratch, 'talk');
    cpSync(join(ROOT, 'talks/verane'), talk, { recursive: true });
    const outputs = talkFolder(ROOT, talk);
    const { npm, seen, exited } = npmMarked(['start', '--', '--talk', talk, '--port', String(port)], mark);
    try {
      await expect.poll(() => listening(port), { timeout: 150_000 }).toBe(true);
      await expect
        .poll(() => stripVTControlCharacters(seen.output), { message: 'the address is shown', timeout: 30_000 })
        .toContain(`:${port}/`);
      process.kill(npm.pid!, 'SIGTERM');
      await exited;
      await expect.poll(() => marked(mark).map((p) => p.command), { timeout: 15_000 }).toEqual([]);
      expect(await listening(port), `port ${port} is free again`).toBe(false);
    } finally {
      for (const left of marked(mark)) process.kill(left.pid, 'SIGKILL');
      for (const path of [scratch, outputs.deckDir, outputs.inputsFile]) rmSync(path, { recursive: true, force: true });
    }
  });

  for (const command of [['run', 'build'], ['start']] as const) {
    test(`SIGTERM to npm ${command.join(' ')}, while its build draws in Chromium, leaves no build and no Chromium behind`, async () => {
      test.slow();
      const mark = `DECK_BUILD_TEST=${randomUUID()}`;
      // A browser path the diagram cache has not seen makes the build draw every diagram in a fresh Chromium of its
      // own, as a user's build does (not in the run's shared one), and a talk of its own keeps it away from the decks
      // the other specs are served from.
      const scratch = mkdtempSync(join(tmpdir(), 'build-signal-'));
      const browser = join(scratch, 'chromium');
      writeFileSync(browser, `#!/bin/sh\nexec ${process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'} "$@"\n`, {
        mode: 0o755,
      });
      const talk = join(scratch, 'talk');
      cpSync(join(ROOT, 'talks/verane'), talk, { recursive: true });
      const outputs = talkFolder(ROOT, talk);
      const { npm, exited } = npmMarked([...command, '--', '--talk', talk], mark, { CHROMIUM_PATH: browser }, [
        SHARED_CHROMIUM_ENV,
      ]);
      try {
        const chromium = () => marked(mark).find((p) => /chrom/i.test(p.command) && !p.command.includes('--type='));
        await expect.poll(() => chromium()?.pid ?? 0, { timeout: 120_000 }).toBeGreaterThan(0);
        process.kill(npm.pid!, 'SIGTERM');
        const code = await exited;
        expect(code, 'npm reports the build as stopped').not.toBe(0);
        await expect.poll(() => marked(mark).map((p) => p.command), { timeout: 15_000 }).toEqual([]);
      } finally {
        for (const left of marked(mark)) process.kill(left.pid, 'SIGKILL');
        for (const path of [scratch, outputs.deckDir, outputs.inputsFile])
          rmSync(path, { recursive: true, force: true });
      }
    });
  }
});
