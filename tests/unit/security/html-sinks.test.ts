import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../../../', import.meta.url).pathname;

/** Ways to turn a string into markup or code in a page, each with a line it must catch. None may appear in code that runs in the deck. */
const SINKS: ReadonlyArray<readonly [sink: string, pattern: RegExp, example: string]> = [
  ['innerHTML / outerHTML', /\.(inner|outer)HTML\s*(\+?=)/, 'el.outerHTML += x'],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\s*\(/, "el.insertAdjacentHTML('beforeend', x)"],
  ['document.write', /\bdocument\s*\.\s*write(ln)?\s*\(/, 'popup.document.write(x)'],
  ['createContextualFragment', /\bcreateContextualFragment\s*\(/, 'range.createContextualFragment(x)'],
  ['setHTMLUnsafe / parseHTMLUnsafe', /\b(setHTMLUnsafe|parseHTMLUnsafe)\s*\(/, 'el.setHTMLUnsafe(x)'],
  ['srcdoc', /\.srcdoc\s*=|\bsrcdoc\s*:/, 'frame.srcdoc = x'],
  ['eval', /\beval\s*\(/, 'eval(x)'],
  ['new Function', /\bnew\s+Function\s*\(/, 'new Function(x)'],
  ['string timer', /\bset(Timeout|Interval)\s*\(\s*['"`]/, "setTimeout('x()', 1)"],
];

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|js|mjs)$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

/** Code without its comments, so a comment that names a sink (to say it is not used) is no finding. */
function code(file: string): string {
  return readFileSync(join(ROOT, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

function findings(files: readonly string[]): string[] {
  return files.flatMap((file) =>
    SINKS.filter(([, pattern]) => pattern.test(code(file))).map(([sink]) => `${file}: ${sink}`),
  );
}

describe('no string reaches the page as markup', () => {
  // The deck's browser code, and the renderers whose output becomes the page.
  const deckFiles = [...sourceFiles('src/client'), ...sourceFiles('src/deck')];

  it('finds the files it checks', () => {
    expect(deckFiles).toContain('src/client/main.ts');
    expect(deckFiles).toContain('src/deck/html.ts');
  });

  it('the deck code assigns no innerHTML/outerHTML and calls no insertAdjacentHTML, document.write or eval', () => {
    expect(findings(deckFiles)).toEqual([]);
  });

  it('the build-time diagram renderer parses Mermaid output as XML only, in its own headless page', () => {
    // render-diagrams.ts runs in the build's Chromium, never in the deck: it draws with Mermaid and reads the
    // SVG back with DOMParser as image/svg+xml, where nothing executes. It has no HTML sink either.
    expect(findings(['src/pipeline/render-diagrams.ts'])).toEqual([]);
    const source = code('src/pipeline/render-diagrams.ts');
    for (const [, type] of source.matchAll(/parseFromString\([^,]+,\s*'([^']+)'\)/g))
      expect(type).toBe('image/svg+xml');
  });

  it('bypasses the html template’s escaping in one place only: the drawn, checked SVG', () => {
    const bypasses = deckFiles.filter(
      (file) => /\btrusted\s*\(/.test(code(file)) && !file.endsWith('src/deck/html.ts'),
    );
    expect(bypasses).toEqual(['src/deck/kinds/diagram.ts']);
    expect(code('src/deck/kinds/diagram.ts')).toMatch(/context\.svgs\.get\(diagram\.id\)[\s\S]*\$\{trusted\(svg\)\}/);
  });

  it('catches each sink it looks for, and not safe DOM calls', () => {
    for (const [sink, pattern, example] of SINKS) expect(pattern.test(example), sink).toBe(true);
    expect(SINKS.some(([, pattern]) => pattern.test('el.textContent = x; el.append(node); el.innerHTMLish = 1'))).toBe(
      false,
    );
  });
});
