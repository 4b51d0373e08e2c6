import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { cutSuffix } from '../contract.ts';
import { isLayout, LAYOUTS, type PdfLayout } from './layouts.ts';

/** What `npm run pdf` was asked to do. */
export interface PdfCommand {
  /** Page layout; `handout` unless `--layout slides` is given. */
  readonly layout: PdfLayout;
  /** `--out` as given, or null for the layout's default file. */
  readonly out: string | null;
  /** `--talk` as given (a talk's folder), or null for $DECK_TALK or `slides/`. */
  readonly talk: string | null;
  /** `--cut` as given (a cut's id), or null for $DECK_CUT or the talk's default cut. */
  readonly cut: string | null;
  /** True for `--help`/`-h`: print the usage and do nothing else. */
  readonly help: boolean;
}

export const USAGE = [
  'Usage: npm run pdf [-- --layout handout|slides] [--out PATH] [--talk FOLDER] [--cut ID]',
  '',
  '  --layout handout   A4 portrait: each slide on top, its speaker notes and sources below (default)',
  '  --layout slides    one 1280×720 page per slide, every step shown',
  '  --out PATH         file to write (default: exports/handout.pdf or exports/slides.pdf;',
  '                     exports/<name>/… for a talk other than slides/)',
  '  --talk FOLDER      the talk to print (default: $DECK_TALK, else slides/)',
  '  --cut ID           the cut of a talk given at several lengths (default: $DECK_CUT, else its',
  '                     default cut); its files are named after it: handout-10min.pdf',
  '  --help             show this text',
].join('\n');

/** A command line the export cannot act on; the CLI prints the message and the usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The layout's file, named after the cut when one is asked for: `handout.pdf`, `handout-10min.pdf`. */
export function defaultOut(layout: PdfLayout, cut: string | null = null): string {
  return `${layout}${cut === null ? '' : `-${cutSuffix(cut)}`}.pdf`;
}

/**
 * The absolute file to write. A given `--out` is read from where the user typed the
 * command (npm runs scripts from the project root and keeps that folder in INIT_CWD);
 * the default lives in the talk's exports folder.
 */
export function outputPath(
  command: Pick<PdfCommand, 'layout' | 'out'>,
  folders: { exportsDir: string; userCwd: string; cut?: string | null },
): string {
  return command.out === null
    ? resolve(folders.exportsDir, defaultOut(command.layout, folders.cut ?? null))
    : resolve(folders.userCwd, command.out);
}

/** Reads the arguments after `npm run pdf --`; anything it cannot use is a UsageError that names it. */
export function parseCliArgs(argv: readonly string[]): PdfCommand {
  let values: {
    layout?: string | undefined;
    out?: string | undefined;
    talk?: string | undefined;
    cut?: string | undefined;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        layout: { type: 'string' },
        out: { type: 'string' },
        talk: { type: 'string' },
        cut: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(plainMessage(error));
  }
  const layout = values.layout ?? 'handout';
  if (!isLayout(layout)) throw new UsageError(`Unknown layout '${layout}': use ${LAYOUTS.join(' or ')}.`);
  if (values.out !== undefined && values.out.trim() === '') throw new UsageError('Option --out needs a file path.');
  if (values.talk !== undefined && values.talk.trim() === '') throw new UsageError('Option --talk needs a folder.');
  if (values.cut !== undefined && values.cut.trim() === '') throw new UsageError("Option --cut needs a cut's id.");
  return {
    layout,
    out: values.out ?? null,
    talk: values.talk ?? null,
    cut: values.cut ?? null,
    help: values.help ?? false,
  };
}

/** The first line of Node's message ("Unknown option '--colour'"); the rest is advice on quoting dashes. */
function plainMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? message).replace(/\. To specify a positional argument.*$/, '.');
}
