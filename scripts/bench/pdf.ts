import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { CHROMIUM_ARGS, findChromium } from '../../src/browser/chromium.ts';
import { alternate, type BenchOptions, figure, formatValue, type Phase } from './report.ts';

/** One PDF written, timed from starting the process to its exit. */
interface PdfRun {
  readonly ms: number;
  readonly pages: number;
  /** False when the deck's command had to build first (its dist/ was stale), which the figure must not include. */
  readonly prebuilt: boolean;
}

export interface PdfContext {
  readonly options: BenchOptions;
  /** The project root: `npm run pdf` runs here, on the talk's built deck (dist/). */
  readonly root: string;
  /** The floor site to print. */
  readonly floorDir: string;
  /** Where the PDFs go. */
  readonly outDir: string;
  readonly log: (line: string) => void;
}

/**
 * The floor's export as a user would write it with nothing of ours: plain Node serves the
 * floor page, starts Chromium, waits for the fonts, prints at the slide size, writes the file.
 */
const FLOOR_EXPORT = `
import { createReadStream, existsSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join } from 'node:path';
import { chromium } from 'playwright-core';
const [root, out, executablePath, args] = process.argv.slice(2);
const types = { '.html': 'text/html', '.css': 'text/css', '.woff2': 'font/woff2', '.svg': 'image/svg+xml' };
const server = createServer((request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
  const file = join(root, path.endsWith('/') ? path + 'index.html' : path);
  if (!existsSync(file) || !statSync(file).isFile()) return response.writeHead(404).end();
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const browser = await chromium.launch({ executablePath, args: JSON.parse(args), headless: true });
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await page.goto('http://127.0.0.1:' + server.address().port + '/', { waitUntil: 'load' });
// Print media lays out every slide, so every font the PDF needs is requested before fonts.ready settles.
await page.emulateMedia({ media: 'print' });
await page.evaluate(() => document.fonts.ready.then(() => undefined));
const margin = { top: '0', right: '0', bottom: '0', left: '0' };
writeFileSync(out, await page.pdf({ width: '1280px', height: '720px', margin, printBackground: true }));
await browser.close();
server.close();
`;

function timed(command: string, args: readonly string[], cwd: string): Promise<{ ms: number; output: string }> {
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(command, args, {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', fail);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      const output = Buffer.concat(chunks).toString('utf8');
      if (code === 0) done({ ms, output });
      else fail(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-3000)}`));
    });
  });
}

/** `npm run pdf`, handout layout, exactly as a user types it: npm, Node and the export's start-up included. */
async function measureDeckPdf(root: string, out: string): Promise<PdfRun> {
  const { ms, output } = await timed('npm', ['run', 'pdf', '--', '--out', out], root);
  const pages = Number(/: (\d+) pages,/.exec(output)?.[1] ?? Number.NaN);
  return { ms, pages, prebuilt: output.includes('Deck is up to date') };
}

/** The floor's PDF, through the plain script above, run by Node in a process of its own. */
async function measureFloorPdf(context: PdfContext, script: string, out: string): Promise<PdfRun> {
  const { ms } = await timed(
    'node',
    [script, context.floorDir, out, findChromium(), JSON.stringify(CHROMIUM_ARGS)],
    context.root,
  );
  const document = await PDFDocument.load(readFileSync(out));
  return { ms, pages: document.getPageCount(), prebuilt: true };
}

/** PDF exports of deck and floor, alternating; each a process of its own, as a user starts it. */
export async function pdfPhase(context: PdfContext): Promise<Phase> {
  const { options, log } = context;
  // Beside node_modules, so that the script's `import 'playwright-core'` resolves as the deck's does.
  const scriptDir = join(context.root, 'node_modules', '.cache', 'deck-bench');
  mkdirSync(scriptDir, { recursive: true });
  const script = join(scriptDir, 'floor-pdf.mjs');
  writeFileSync(script, FLOOR_EXPORT);
  const measureSide =
    (side: 'deck' | 'floor') =>
    async (round: number): Promise<PdfRun> => {
      const out = join(context.outDir, `${side}-${round}.pdf`);
      const run =
        side === 'deck' ? await measureDeckPdf(context.root, out) : await measureFloorPdf(context, script, out);
      log(
        `pdf ${round === 0 ? 'warm-up' : `${round}/${options.runs}`}: ${side} ${formatValue(run.ms, 'ms')}, ${run.pages} pages`,
      );
      return run;
    };
  // The warm-up builds the deck into dist/ if it is out of date, so no timed run includes a build.
  const runs = await alternate(options.runs, true, { deck: measureSide('deck'), floor: measureSide('floor') });
  const pages = (list: readonly PdfRun[]): string => [...new Set(list.map((run) => run.pages))].join(', ');
  const notes = [`PDF pages: deck ${pages(runs.deck)}, floor ${pages(runs.floor)}.`];
  if (runs.deck.some((run) => !run.prebuilt))
    notes.push('WARNING: a timed `npm run pdf` built the deck first (did a source change during the run?).');
  return {
    figures: [
      figure(
        'pdfExport',
        'ms',
        runs.deck.map((run) => run.ms),
        runs.floor.map((run) => run.ms),
      ),
    ],
    notes,
  };
}
