import { isStyleName, STYLES } from '../citations/styles.ts';
import type { ContentRule } from './rule.ts';

/** The talk names a CSL style the engine ships, or none (the default). */
const citationStyle: ContentRule = {
  name: 'citation-style',
  check({ talk, report }) {
    if (talk.citationStyle === undefined || isStyleName(talk.citationStyle)) return;
    report(
      'talk',
      'citationStyle',
      `'${talk.citationStyle}' is not a CSL style the engine ships; use one of ${STYLES.join(', ')}, or add its .csl file to src/citations/csl/ and its name to src/citations/styles.ts`,
    );
  },
};

/** The published address is printed as a QR code for a room to scan: only an https address on a public host. */
export function publishedAddressProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `'${url}' is not an absolute address; give the full https:// address where the talk is published`;
  }
  if (parsed.protocol !== 'https:')
    return `'${url}' uses ${parsed.protocol}; a QR code a room scans must lead to an https: address`;
  if (!parsed.hostname.includes('.')) return `'${url}' names no public host`;
  return null;
}

const publishedAddress: ContentRule = {
  name: 'published-address',
  check({ talk, report }) {
    if (talk.publishedAt === undefined) return;
    const problem = publishedAddressProblem(talk.publishedAt);
    if (problem) report('talk', 'publishedAt', problem);
  },
};

/** Rules on how the talk is published: its citation style and its address. */
export const PUBLICATION_RULES: readonly ContentRule[] = [citationStyle, publishedAddress];
