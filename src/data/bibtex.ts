/**
 * BibTeX from the talk's CSL-JSON, written by Citation.js's BibTeX plugin (which escapes
 * TeX's special characters), each entry keyed by the source's id so a reader's reference
 * manager finds the same ids as events.csv.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import type { CslItem } from '../citations/csl-json.ts';

/**
 * The plugin's own switches: keys are the items' ids as they are, not labels made up from author
 * and year. Ids are lowercase letters, digits and hyphens (a content rule), all legal in a key.
 */
function keyByIds(): void {
  const config = plugins.config.get('@bibtex') as { format: { useIdAsLabel: boolean; checkLabel: boolean } };
  config.format.useIdAsLabel = true;
  config.format.checkLabel = false;
}

export function bibtexOf(items: readonly CslItem[]): string {
  keyByIds();
  return String(new Cite(items).format('bibtex', { format: 'text' }));
}
