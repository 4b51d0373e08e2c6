import { resolve } from 'node:path';

/** The two page layouts of the PDF: A4 handout with notes and sources, or one slide per page. */
export type PdfLayout = 'handout' | 'slides';

export const LAYOUTS: readonly PdfLayout[] = ['handout', 'slides'];

/** What `npm run pdf` was asked to do. */
export interface PdfCommand {
  /** Page layout; `handout` unless `--layout slides` is given. */
  readonly layout: PdfLayout;
  /** `--out` as given, or null for the layout's default file. */
  readonly out: string | null;
  /** True for `--help`/`-h`: print the usage and do nothing else. */
  readonly help: boolean;
}

export const USAGE = [
  'Usage: npm run pdf [-- --layout handout|slides] [--out PATH]',
  '',
  '  --layout handout   A4 portrait: each slide on top, its speaker notes and sources below (default)',
  '  --layout slides    one 1280×720 page per slide, every step shown',
  '  --out PATH         file to write (default: exports/handout.pdf or exports/slides.pdf)',
  '  --help             show this text',
].join('\n');

/** A command line the export cannot act on; the CLI prints the message and the usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function defaultOut(layout: PdfLayout): string {
  return `exports/${layout}.pdf`;
}

/**
 * The absolute file to write. A given `--out` is read from where the user typed the
 * command (npm runs scripts from the project root and keeps that folder in INIT_CWD);
 * the default lives in the project's `exports/`.
 */
export function outputPath(
  command: Pick<PdfCommand, 'layout' | 'out'>,
  folders: { projectRoot: string; userCwd: string },
): string {
  return command.out === null
    ? resolve(folders.projectRoot, defaultOut(command.layout))
    : resolve(folders.userCwd, command.out);
}

function isLayout(value: string): value is PdfLayout {
  return (LAYOUTS as readonly string[]).includes(value);
}

/**
 * Reads the arguments after `npm run pdf --`. Accepts `--name value` and `--name=value`;
 * anything else is a UsageError naming the offending argument.
 */
export function parseCliArgs(argv: readonly string[]): PdfCommand {
  let layout: PdfLayout = 'handout';
  let out: string | null = null;
  let help = false;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (argument === '--help' || argument === '-h') {
      help = true;
      continue;
    }
    const [name, inlineValue] = splitOption(argument);
    if (name !== '--layout' && name !== '--out') throw new UsageError(`Unknown option '${argument}'.`);
    let value = inlineValue;
    if (value === null) {
      const next = argv[index + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`Option ${name} needs a value.`);
      value = next;
      index += 1;
    }
    if (name === '--layout') {
      if (!isLayout(value)) throw new UsageError(`Unknown layout '${value}': use ${LAYOUTS.join(' or ')}.`);
      layout = value;
    } else {
      if (value.trim() === '') throw new UsageError('Option --out needs a file path.');
      out = value;
    }
  }
  return { layout, out, help };
}

function splitOption(argument: string): [string, string | null] {
  const equals = argument.indexOf('=');
  if (!argument.startsWith('--') || equals < 0) return [argument, null];
  return [argument.slice(0, equals), argument.slice(equals + 1)];
}
