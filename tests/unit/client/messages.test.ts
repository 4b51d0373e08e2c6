import { describe, expect, it } from 'vitest';
import { isTrustedSender, type Receiver } from '../../../src/client/messages.ts';

/** Stand-ins for windows: only their identity matters to the check. */
function windows() {
  const deck = { opener: null };
  const speaker = { opener: deck };
  const stranger = { opener: null };
  const strangersChild = { opener: stranger };
  return { deck, speaker, stranger, strangersChild };
}

const served = (self: object, parent: object = self): Receiver => ({
  location: { protocol: 'http:', origin: 'http://127.0.0.1:4173' },
  self,
  parent,
});
const fromFile = (self: object, parent: object = self): Receiver => ({
  location: { protocol: 'file:', origin: 'file://' },
  self,
  parent,
});

describe('who may drive the deck by message', () => {
  it('served: its own origin only, whatever the window', () => {
    const { deck, stranger } = windows();
    expect(isTrustedSender({ origin: 'http://127.0.0.1:4173', source: stranger }, served(deck))).toBe(true);
    expect(isTrustedSender({ origin: 'http://evil.example', source: stranger }, served(deck))).toBe(false);
    expect(isTrustedSender({ origin: 'null', source: stranger }, served(deck))).toBe(false);
  });

  it('from a file, the deck takes commands from the speaker window it opened, from no other', () => {
    const { deck, speaker, stranger, strangersChild } = windows();
    // Every file page's messages say 'null': the origin cannot tell them apart, and is never 'file://'.
    expect(isTrustedSender({ origin: 'null', source: speaker }, fromFile(deck))).toBe(true);
    expect(isTrustedSender({ origin: 'null', source: stranger }, fromFile(deck))).toBe(false);
    expect(isTrustedSender({ origin: 'null', source: strangersChild }, fromFile(deck))).toBe(false);
    expect(isTrustedSender({ origin: 'null', source: null }, fromFile(deck))).toBe(false);
    expect(isTrustedSender({ origin: 'file://', source: speaker }, fromFile(deck))).toBe(false);
  });

  it('from a file, a preview framed in the speaker view takes commands from that window and from the deck that opened it only', () => {
    const { deck, speaker, stranger, strangersChild } = windows();
    const preview = { opener: null };
    expect(isTrustedSender({ origin: 'null', source: speaker }, fromFile(preview, speaker))).toBe(true);
    // The deck's own code drives its speaker view, so the deck is the sender of what the view's previews receive.
    expect(isTrustedSender({ origin: 'null', source: deck }, fromFile(preview, speaker))).toBe(true);
    expect(isTrustedSender({ origin: 'null', source: stranger }, fromFile(preview, speaker))).toBe(false);
    expect(isTrustedSender({ origin: 'null', source: preview }, fromFile(preview, speaker))).toBe(false);
    // A preview framed by a window a stranger opened takes nothing from the stranger's other windows.
    expect(isTrustedSender({ origin: 'null', source: deck }, fromFile(preview, strangersChild))).toBe(false);
    // A framing window that nobody opened lends its trust to no one.
    expect(isTrustedSender({ origin: 'null', source: null }, fromFile(preview, { opener: null }))).toBe(false);
  });
});
