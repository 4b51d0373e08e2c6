import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { findChromium, NoBrowserError } from '../browser/chromium.ts';
import { NoTalkError, TALK_ENV, talkFolder } from '../pipeline/talk-folder.ts';
import { assertWritable, OutputError } from './atomic-write.ts';
import { outputPath, parseCliArgs, USAGE, UsageError } from './cli-args.ts';
import { ensureBuilt } from './ensure-build.ts';
import { exportPdf } from './export-pdf.ts';

/**
 * `npm run pdf`: build the talk's deck if needed, then print it to a PDF. Returns the exit
 * code. The build bundles this module for plain Node (see src/pipeline/export-entry.ts);
 * scripts/deck.mjs calls it with the project root.
 */
export async function pdfCommand(argv: readonly string[], projectRoot: string): Promise<number> {
  const log = (line: string): void => console.log(line);
  try {
    const command = parseCliArgs(argv);
    if (command.help) {
      log(USAGE);
      return 0;
    }
    const userCwd = process.env['INIT_CWD'] ?? process.cwd();
    const talk = talkFolder(projectRoot, command.talk === null ? undefined : resolve(userCwd, command.talk));
    if (!existsSync(talk.module)) throw new NoTalkError(talk.module);
    const out = outputPath(command, { exportsDir: talk.exportsDir, userCwd });
    // Both checks come before the build, so a wrong path or a missing browser costs no wait.
    await assertWritable(out);
    findChromium();
    // vite.config.ts resolves its paths from the working folder and reads the talk from the environment.
    process.chdir(projectRoot);
    process.env[TALK_ENV] = talk.folder;
    const distDir = await ensureBuilt(projectRoot, talk, log);
    await exportPdf({ distDir, out, layout: command.layout, log });
    return 0;
  } catch (error) {
    console.error(describeFailure(error));
    return 1;
  }
}

function describeFailure(error: unknown): string {
  if (error instanceof UsageError) return `${error.message}\n\n${USAGE}`;
  if (error instanceof NoBrowserError || error instanceof OutputError || error instanceof NoTalkError)
    return error.message;
  return `PDF export failed: ${error instanceof Error ? error.message : String(error)}`;
}
