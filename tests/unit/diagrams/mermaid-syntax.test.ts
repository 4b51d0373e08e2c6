import { describe, expect, it } from 'vitest';
import { accessibleText, label, nodeId, pieTitle, timelineLabel } from '../../../src/diagrams/mermaid-syntax.ts';

/** Labels an author might type, on purpose or not. */
export const HOSTILE_LABELS = [
  'He said "stop"; then left',
  'Cell #35; and #quot; entities',
  '<script>alert(1)</script>',
  'Brackets [a] (b) {c} and pipes |x|',
  '%% not a comment',
  '`not markdown`',
  'line one\nline two',
  'داعش خراسان (Urdu) · د خراسان ولایت (Pashto)',
  'A very long name '.repeat(12),
];

describe('Mermaid labels', () => {
  it.each(HOSTILE_LABELS)('cannot break out of a quoted label: %s', (text) => {
    const safe = label(text);
    expect(safe).not.toMatch(/["\n\r]/);
    expect(safe).not.toMatch(/#[\p{L}\p{N}_]*;/u);
    expect(safe).not.toMatch(/<[\p{L}/!?]/u);
    expect(safe).not.toContain('%%');
    expect(safe.startsWith('`')).toBe(false);
  });

  it('keeps the text readable', () => {
    expect(label('He said "stop"')).toBe('He said “stop”');
    expect(label('داعش خراسان')).toBe('داعش خراسان');
    expect(timelineLabel('a: b')).toBe('a#58; b');
  });

  it('makes ids that are never keywords', () => {
    expect(nodeId('end')).toBe('n_end');
    expect(nodeId('is-core')).toBe('n_is_core');
  });

  it('keeps accessibility text on one line, entity codes as typed', () => {
    expect(accessibleText('a\nb {c}')).toBe('a b c');
    expect(accessibleText('cell #35;')).toBe('cell #\u200B35;');
  });

  it('writes pie titles so Mermaid shows < > & as typed', () => {
    expect(pieTitle('a <b> & c')).toBe('a #60;\u200Bb#62; #38; c');
  });
});
