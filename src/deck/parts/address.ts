/**
 * Characters an address cannot show as typed: controls, invisible format characters (a
 * right-to-left override among them, which makes the rest of the address read reversed)
 * and spaces. The content rules refuse them; a deck built from data that skipped the rules
 * still never prints them raw.
 */
const HIDDEN = /[\p{Cc}\p{Cf}\p{Z}]/gu;

/**
 * An address as print shows it: every hidden character percent-encoded, which is what the
 * browser sends for it anyway, so the reader sees the address that the link opens.
 */
export function printableAddress(url: string): string {
  return url.replace(HIDDEN, (character) => encodeURIComponent(character));
}
