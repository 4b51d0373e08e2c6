import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChromium, NoBrowserError } from '../browser/chromium.ts';
import { CUT_ENV, NoTalkError, OutputClashError, TALK_ENV, talkFolder } from '../pipeline/talk-folder.ts';
import { assertWritable, OutputError } from './atomic-write.ts';
import { outputPath, parseCliArgs, USAGE, UsageError } from './cli-args.ts';
import { ensureBuilt } from './ensure-build.ts';
import { exportPdf } from './export-pdf.ts';
import { InterruptedError, throwIfInterrupted, watchForInterruption, whenAborted } from './interruption.ts';

/**
 * `npm run pdf`: build the talk's deck if needed, then print it to a PDF. Returns the exit
 * code (above 128 when interrupted by a signal). The build bundles this module for plain
 * Node (see src/pipeline/export-entry.ts); scripts/deck.mjs calls it with the project root.
 */
export async function pdfCommand(argv: readonly string[], projectRoot: string): Promise<number> {
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
    const userCwd = process.env['INIT_CWD'] ?? process.cwd();
    const talk = talkFolder(
      projectRoot,
      command.talk === null ? undefined : resolve(userCwd, command.talk),
      command.cut ?? (process.env[CUT_ENV] || null),
    );
    if (!existsSync(talk.module)) throw new NoTalkError(talk.module);
    out = outputPath(command, { exportsDir: talk.exportsDir, userCwd, cut: talk.cut });
    // Both checks come before the build, so a wrong path or a missing browser costs no wait.
    await assertWritable(out);
    findChromium();
    // vite.config.ts resolves its paths from the working folder and reads the talk from the environment.
    process.chdir(projectRoot);
    process.env[TALK_ENV] = talk.folder;
    if (talk.cut === null) delete process.env[CUT_ENV];
    else process.env[CUT_ENV] = talk.cut;
    // The build cannot be cancelled; an interruption during it ends the process, and Playwright its Chromium.
    const distDir = await Promise.race([ensureBuilt(projectRoot, talk, log), whenAborted(signal)]);
    throwIfInterrupted(signal);
    await exportPdf({ distDir, out, layout: command.layout, log, signal, talk: talk.stamp });
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
  if (
    error instanceof NoBrowserError ||
    error instanceof OutputError ||
    error instanceof NoTalkError ||
    error instanceof OutputClashError
  )
    return error.message;
  return `PDF export failed: ${error instanceof Error ? error.message : String(error)}`;
}
