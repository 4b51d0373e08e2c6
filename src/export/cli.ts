import { fileURLToPath } from 'node:url';
import { findChromium, NoBrowserError } from '../browser/chromium.ts';
import { assertWritable, OutputError } from './atomic-write.ts';
import { outputPath, parseCliArgs, USAGE, UsageError } from './cli-args.ts';
import { ensureBuilt } from './ensure-build.ts';
import { exportPdf } from './export-pdf.ts';
import { InterruptedError, throwIfInterrupted, watchForInterruption, whenAborted } from './interruption.ts';

/** `npm run pdf`: build the deck if needed, then print it to a PDF. Returns the exit code. */
async function main(argv: readonly string[]): Promise<number> {
  const log = (line: string): void => console.log(line);
  const interruption = watchForInterruption();
  const { signal } = interruption;
  let out = '';
  try {
    const command = parseCliArgs(argv);
    if (command.help) {
      log(USAGE);
      return 0;
    }
    const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
    out = outputPath(command, { projectRoot, userCwd: process.env['INIT_CWD'] ?? process.cwd() });
    // Both checks come before the build, so a wrong path or a missing browser costs no wait.
    await assertWritable(out);
    findChromium();
    // vite.config.ts resolves its paths from the working folder; the output path is already absolute.
    process.chdir(projectRoot);
    // The build cannot be cancelled; an interruption during it ends the process, and Playwright its Chromium.
    const distDir = await Promise.race([ensureBuilt(projectRoot, log), whenAborted(signal)]);
    throwIfInterrupted(signal);
    await exportPdf({ distDir, out, layout: command.layout, log, signal });
    return 0;
  } catch (error) {
    if (error instanceof InterruptedError || signal.aborted) {
      const reason = error instanceof InterruptedError ? error.reason : String(signal.reason);
      console.error(`PDF export interrupted (${reason}): nothing was written${out ? `; ${out} is as it was` : ''}.`);
      return interruption.exitCode();
    }
    console.error(describeFailure(error));
    return 1;
  } finally {
    interruption.dispose();
  }
}

function describeFailure(error: unknown): string {
  if (error instanceof UsageError) return `${error.message}\n\n${USAGE}`;
  if (error instanceof NoBrowserError || error instanceof OutputError) return error.message;
  return `PDF export failed: ${error instanceof Error ? error.message : String(error)}`;
}

const code = await main(process.argv.slice(2));
process.exitCode = code;
// An interrupted build may still hold timers and sockets: end now (Playwright kills any Chromium on exit).
if (code > 128) setTimeout(() => process.exit(code), 0);
