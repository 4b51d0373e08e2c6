import { describe, expect, it } from 'vitest';
import { accessibleText, label, nodeId, pieTitle, timelineLabel } from '../../../src/diagrams/mermaid-syntax.ts';
import { HOSTILE_LABELS } from '../../fixtures/hostile.ts';

/** Labels an author might type, on purpose or not. */
describe('Mermaid labels', () => {
  it.each(HOSTILE_LABELS)('cannot break out of a quoted label: %s', (text) => {
    const safe = label(text);
    expect(safe).not.toMatch(/["\n\r]/);
    // The only entity codes left are the label's own, for & < and >.
    expect(safe.replace(/#(lt|gt|amp);/g, '')).not.toMatch(/#[\p{L}\p{N}_]*;/u);
    expect(safe).not.toMatch(/<[\p{L}/!?]/u);
    expect(safe).not.toContain('%%');
    expect(safe.startsWith('`')).toBe(false);
  });

  it('keeps the text readable', () => {
    expect(label('He said "stop"')).toBe('He said “stop”');
    expect(label('داعش خراسان')).toBe('داعش خراسان');
    expect(timelineLabel('a: b')).toBe('a#58; b');
  });

  it('makes ids that are never keywords, and never the same for two data ids', () => {
    expect(nodeId('end')).toBe('n_end');
    expect(nodeId('is-core')).toBe('n_is_hcore');
    const ids = [
      'is-core',
      'is_core',
      'is__core',
      'is_hcore',
      'IS-core',
      'is-Core',
      'x',
      'n_x',
      'x-',
      'x_',
      'x_h',
      'x-h',
      'x_u20_',
      'x y',
      'کابل',
      'a-b_c',
    ];
    expect(new Set(ids.map((id) => nodeId(id))).size).toBe(ids.length);
    for (const id of ids) expect(nodeId(id)).toMatch(/^n_[A-Za-z0-9_]+$/);
  });

  it('keeps accessibility text on one line, entity codes as typed', () => {
    expect(accessibleText('a\nb {c}')).toBe('a b c');
    expect(accessibleText('cell #35;')).toBe('cell #\u200B35;');
  });

  it('writes pie titles so Mermaid shows < > & as typed', () => {
    expect(pieTitle('a <b> & c \\n')).toBe('a #60;b#62; #38; c #92;n');
  });
});
