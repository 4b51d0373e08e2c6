import { describe, expect, it } from 'vitest';
import { FLOOR_STYLE_ID, floorHtml } from '../../../scripts/bench/floor.ts';

/** Trimmed from a real dist/index.html: policy, module script, stylesheet, slides with a diagram and notes. */
const BUILT_DECK = `<!doctype html>
<html lang="en">
<head>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-abc='">
<meta charset="utf-8">
<title>Talk</title>
  <script type="module" crossorigin src="./assets/index-JB5T-r5Q.js"></script>
  <link rel="modulepreload" crossorigin href="./assets/vendor-x1.js">
  <link rel="stylesheet" crossorigin href="./assets/index-m19z9z7K.css">
</head>
<body>
<div class="reveal">
<div class="slides">
<section id="title" class="slide slide--title"><h1>Talk</h1><aside class="notes"><p>Hello.</p></aside></section>
<section id="formed" class="slide slide--diagram"><figure class="diagram"><div class="diagram-canvas"><svg id="d1" viewBox="0 0 10 10"><style>#d1 .node{fill:red}</style><text>A</text></svg></div></figure></section>
</div>
</div>
<script>console.log('inline')</script>
</body>
</html>`;

const fixtures: readonly { name: string; html: string }[] = [
  { name: 'the built deck', html: BUILT_DECK },
  {
    name: 'a deck whose <html> already has a class',
    html: BUILT_DECK.replace('<html lang="en">', '<html lang="en" class="js">'),
  },
  {
    name: 'upper-case tags',
    html: BUILT_DECK.replace('<script type="module"', '<SCRIPT type="module"').replace(
      '></script>\n  <link rel="modulepreload"',
      '></SCRIPT>\n  <link rel="modulepreload"',
    ),
  },
];

describe('floor page derived from the built deck', () => {
  for (const { name, html } of fixtures) {
    describe(name, () => {
      const floor = floorHtml(html);

      it('has no script and no module preload', () => {
        expect(floor).not.toMatch(/<script/i);
        expect(floor).not.toMatch(/modulepreload/);
        expect(floor).not.toContain('.js"');
      });

      it('keeps the stylesheet, the policy and every slide with its diagram and notes', () => {
        expect(floor).toContain('<link rel="stylesheet" crossorigin href="./assets/index-m19z9z7K.css">');
        expect(floor).toContain('Content-Security-Policy');
        expect(floor.match(/<section\b/g)).toHaveLength(2);
        expect(floor).toContain(
          '<svg id="d1" viewBox="0 0 10 10"><style>#d1 .node{fill:red}</style><text>A</text></svg>',
        );
        expect(floor).toContain('<aside class="notes"><p>Hello.</p></aside>');
      });

      it('adds its layout after the deck stylesheet, so it wins over reveal.css at equal specificity', () => {
        const style = floor.indexOf(`<style id="${FLOOR_STYLE_ID}">`);
        expect(style).toBeGreaterThan(floor.indexOf('index-m19z9z7K.css'));
        expect(style).toBeLessThan(floor.indexOf('</head>'));
        expect(floor).toMatch(
          /\.reveal \.slides > section:not\(\.stack\), \.reveal \.slides > section\.stack > section \{ display: block;/,
        );
        // A stack's pages are slides of their own, as the deck prints them: the stack itself draws no box.
        expect(floor).toContain('.reveal .slides > section.stack { display: contents; }');
      });

      it('marks <html> print-pdf once, keeping its other attributes', () => {
        const tag = /<html\b[^>]*>/.exec(floor)![0];
        expect(tag).toContain('lang="en"');
        expect(tag.match(/print-pdf/g)).toHaveLength(1);
      });
    });
  }

  it('keeps an existing class on <html>', () => {
    expect(floorHtml(fixtures[1]!.html)).toContain('<html lang="en" class="js print-pdf">');
  });

  it('refuses a page that is not a built deck', () => {
    expect(() => floorHtml('<html><body><section></section></body></html>')).toThrow(/<\/head>/);
    expect(() => floorHtml('<html><head></head><body></body></html>')).toThrow(/no slides/);
  });
});
