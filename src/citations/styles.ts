/** The CSL styles the engine ships (files in `csl/`): a talk names one in `citationStyle`. Kept apart from the files so rules can check a name without reading them. */
export const STYLES = ['chicago-author-date-16th-edition', 'chicago-author-date-fr'] as const;
export type StyleName = (typeof STYLES)[number];

/**
 * The style when a talk names none: Chicago author-date. The 16th edition's style file, not the
 * 18th's: that one is eight times larger and takes citeproc-js some 20 s to parse on a loaded
 * machine, in every build.
 */
export const DEFAULT_STYLE: StyleName = 'chicago-author-date-16th-edition';

export function isStyleName(name: string): name is StyleName {
  return (STYLES as readonly string[]).includes(name);
}
