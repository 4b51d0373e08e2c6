/**
 * The CSL styles and locales the engine ships (in `csl/`, from the Citation Style
 * Language project's repositories, CC BY-SA 3.0), read from disk at build time so a
 * build needs no network. A new style is one file in `csl/` and one line in `STYLES` (styles.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CitationStyle } from './bibliography.ts';
import { DEFAULT_STYLE, isStyleName, STYLES } from './styles.ts';

/** The locale for each language the engine speaks, by primary subtag; English stands in for any other. */
const LOCALES: Readonly<Record<string, string>> = { en: 'en-US', fr: 'fr-FR' };

/** The CSL locale for a talk's language. */
export function localeFor(lang: string): string {
  return LOCALES[lang.toLowerCase().split('-')[0] ?? ''] ?? 'en-US';
}

function readShipped(file: string): string {
  return readFileSync(fileURLToPath(new URL(`./csl/${file}`, import.meta.url)), 'utf8');
}

/** The style and locale a talk formats its bibliography in. */
export function loadCitationStyle(lang: string, style: string = DEFAULT_STYLE): CitationStyle {
  if (!isStyleName(style))
    throw new Error(`CSL style '${style}' is not shipped; use one of ${STYLES.join(', ')} (src/citations/csl/).`);
  const locale = localeFor(lang);
  return {
    name: style,
    styleXml: readShipped(`${style}.csl`),
    locale,
    localeXml: readShipped(`locales-${locale}.xml`),
  };
}
