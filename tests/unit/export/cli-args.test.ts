import { describe, expect, it } from 'vitest';
import { defaultOut, outputPath, parseCliArgs, USAGE, UsageError } from '../../../src/export/cli-args.ts';

describe('pdf command line', () => {
  const accepted: { argv: string[]; layout: 'handout' | 'slides'; out: string | null }[] = [
    { argv: [], layout: 'handout', out: null },
    { argv: ['--layout', 'slides'], layout: 'slides', out: null },
    { argv: ['--layout=handout', '--out', 'a/b.pdf'], layout: 'handout', out: 'a/b.pdf' },
    { argv: ['--out=x.pdf', '--layout', 'slides'], layout: 'slides', out: 'x.pdf' },
    // The last of a repeated option wins, as with most command-line tools.
    { argv: ['--layout', 'slides', '--layout', 'handout'], layout: 'handout', out: null },
  ];
  for (const { argv, layout, out } of accepted) {
    it(`reads ${JSON.stringify(argv)}`, () => {
      expect(parseCliArgs(argv)).toEqual({ layout, out, talk: null, cut: null, help: false });
    });
  }

  const rejected: { argv: string[]; message: RegExp }[] = [
    { argv: ['--bogus'], message: /Unknown option '--bogus'/ },
    { argv: ['slides'], message: /Unexpected argument 'slides'/ },
    { argv: ['--layout'], message: /--layout <value>' argument missing/ },
    { argv: ['--layout', '--out', 'x.pdf'], message: /--layout' argument is ambiguous/ },
    { argv: ['--talk='], message: /--talk needs a folder/ },
    { argv: ['--layout', 'poster'], message: /Unknown layout 'poster': use handout or slides/ },
    { argv: ['--out='], message: /--out needs a file path/ },
    { argv: ['--cut='], message: /--cut needs a cut's id/ },
  ];
  for (const { argv, message } of rejected) {
    it(`rejects ${JSON.stringify(argv)} with a message naming the problem`, () => {
      expect(() => parseCliArgs(argv)).toThrow(UsageError);
      expect(() => parseCliArgs(argv)).toThrow(message);
    });
  }

  it('asks for help with --help or -h', () => {
    expect(parseCliArgs(['--help']).help).toBe(true);
    expect(parseCliArgs(['-h', '--layout', 'slides'])).toEqual({
      layout: 'slides',
      out: null,
      talk: null,
      cut: null,
      help: true,
    });
    expect(USAGE).toMatch(/--layout handout\|slides/);
    expect(USAGE).toMatch(/--out PATH/);
  });

  it('writes each layout to its own default file in the talk’s exports folder', () => {
    expect(defaultOut('handout')).toBe('handout.pdf');
    expect(defaultOut('slides')).toBe('slides.pdf');
    expect(outputPath({ layout: 'slides', out: null }, { exportsDir: '/project/exports', userCwd: '/elsewhere' })).toBe(
      '/project/exports/slides.pdf',
    );
  });

  it('chooses a cut with --cut, and names its files after it', () => {
    expect(parseCliArgs(['--cut', '40']).cut).toBe('40');
    expect(USAGE).toMatch(/--cut ID/);
    expect(defaultOut('handout', '10')).toBe('handout-10min.pdf');
    expect(defaultOut('slides', 'panel')).toBe('slides-panel.pdf');
    expect(
      outputPath({ layout: 'handout', out: null }, { exportsDir: '/project/exports', userCwd: '/x', cut: '40' }),
    ).toBe('/project/exports/handout-40min.pdf');
  });

  it('chooses a talk with --talk', () => {
    expect(parseCliArgs(['--talk', 'talks/atlas']).talk).toBe('talks/atlas');
    expect(USAGE).toMatch(/--talk FOLDER/);
  });

  it('reads a given --out from where the user typed the command', () => {
    const folders = { exportsDir: '/project/exports', userCwd: '/home/me/talks' };
    expect(outputPath({ layout: 'handout', out: 'print/h.pdf' }, folders)).toBe('/home/me/talks/print/h.pdf');
    expect(outputPath({ layout: 'handout', out: '/tmp/h.pdf' }, folders)).toBe('/tmp/h.pdf');
  });
});
