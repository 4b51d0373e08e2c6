import { fileURLToPath } from 'node:url';
import { findChromium, NoBrowserError } from '../browser/chromium.ts';
import { assertWritable, OutputError } from './atomic-write.ts';
import { outputPath, parseCliArgs, USAGE, UsageError } from './cli-args.ts';
import { ensureBuilt } from './ensure-build.ts';
import { exportPdf } from './export-pdf.ts';

/** `npm run pdf`: build the deck if needed, then print it to a PDF. Returns the exit code. */
async function main(argv: readonly string[]): Promise<number> {
  const log = (line: string): void => console.log(line);
  try {
    const command = parseCliArgs(argv);
    if (command.help) {
      log(USAGE);
      return 0;
    }
    const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
    const out = outputPath(command, { projectRoot, userCwd: process.env['INIT_CWD'] ?? process.cwd() });
    // Both checks come before the build, so a wrong path or a missing browser costs no wait.
    await assertWritable(out);
    findChromium();
    // vite.config.ts resolves its paths from the working folder; the output path is already absolute.
    process.chdir(projectRoot);
    const distDir = await ensureBuilt(projectRoot, log);
    await exportPdf({ distDir, out, layout: command.layout, log });
    return 0;
  } catch (error) {
    console.error(describeFailure(error));
    return 1;
  }
}

function describeFailure(error: unknown): string {
  if (error instanceof UsageError) return `${error.message}\n\n${USAGE}`;
  if (error instanceof NoBrowserError || error instanceof OutputError) return error.message;
  return `PDF export failed: ${error instanceof Error ? error.message : String(error)}`;
}

process.exitCode = await main(process.argv.slice(2));
