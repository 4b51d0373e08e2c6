import { describe, expect, it } from 'vitest';
import { PHONE_MAX_WIDTH, phoneAddress } from '../../../src/client/phone.ts';

const slides = [
  { id: 'title', steps: 0 },
  { id: '2016', steps: 3 },
  { id: 'where-attacks-happened', steps: 0 },
];
const READ = 'read/index.html';
const at = (hash: string, search = '') => ({ hash, search });

describe('a phone reads the talk as the reading edition', () => {
  it('sends a phone-wide screen to the linked slide’s part of the reading edition', () => {
    expect(phoneAddress(390, at('#/where-attacks-happened'), READ, slides)).toBe(
      `${READ}#slide-where-attacks-happened`,
    );
    // A year slide by its id, with a step: the slide's part.
    expect(phoneAddress(360, at('#/2016/2'), READ, slides)).toBe(`${READ}#slide-2016`);
  });

  it('sends an address that names no slide to the top of the reading edition', () => {
    expect(phoneAddress(390, at(''), READ, slides)).toBe(READ);
    expect(phoneAddress(390, at('#/nowhere'), READ, slides)).toBe(READ);
  });

  it('leaves the deck alone on wider screens, with ?deck, in the print view, in a speaker-view preview, or with no reading edition', () => {
    expect(phoneAddress(PHONE_MAX_WIDTH + 1, at('#/2016'), READ, slides)).toBeNull();
    expect(phoneAddress(1280, at('#/2016'), READ, slides)).toBeNull();
    expect(phoneAddress(390, at('#/2016', '?deck'), READ, slides)).toBeNull();
    expect(phoneAddress(390, at('', '?print-pdf'), READ, slides)).toBeNull();
    expect(phoneAddress(300, at('#/2016', '?receiver&controls=false'), READ, slides)).toBeNull();
    expect(phoneAddress(390, at('#/2016'), null, slides)).toBeNull();
  });

  it('treats reveal.js’s own scroll-view width as a phone, so no screen gets the shrunken scroll view by default', () => {
    expect(phoneAddress(PHONE_MAX_WIDTH, at(''), READ, slides)).toBe(READ);
  });
});
