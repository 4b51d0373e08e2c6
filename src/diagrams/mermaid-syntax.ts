/**
 * Writing data into Mermaid text safely. Labels come from content authors and may
 * hold quotes, brackets, `#`, `;`, tags or any script; every label goes through
 * `label()` and every id through `nodeId()`, never straight into the text.
 */

const ZERO_WIDTH_SPACE = '\u200B';

/**
 * Mermaid's own entity codes for the characters it would read as markup: it strips a `>`
 * from a label ("linked > 2" drew as "linked 2") and decodes a typed `&lt;b&gt;` into `<b>`.
 * Written as codes, each is drawn as the character typed.
 */
const ENTITY_CODES: Readonly<Record<string, string>> = { '&': '#amp;', '<': '#lt;', '>': '#gt;' };

/**
 * What every label needs, whatever the diagram:
 * - `"` would end the label, so it becomes a typographic quote;
 * - `#word;` would be read as an entity code, so a zero-width space breaks the pattern;
 * - `%%` starts a comment, a leading backtick a Markdown string, line breaks end the statement.
 */
function plainLabel(text: string): string {
  let open = true;
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/"/g, () => {
      const quote = open ? '“' : '”';
      open = !open;
      return quote;
    })
    .replace(/#(?=[\p{L}\p{N}_]*;)/gu, `#${ZERO_WIDTH_SPACE}`)
    .replace(/%%/g, `%${ZERO_WIDTH_SPACE}%`)
    .replace(/^`/, `${ZERO_WIDTH_SPACE}\``);
}

/**
 * Makes text safe inside a double-quoted flowchart label (boxes, arrows, groups) and
 * keeps it as typed: besides `plainLabel`, `&`, `<` and `>` go in as Mermaid's entity
 * codes, and a backslash is kept from starting an escape (`\n`).
 */
export function label(text: string): string {
  return plainLabel(text)
    .replace(/[&<>]/g, (char) => ENTITY_CODES[char] ?? char)
    .replace(/\\/g, `\\${ZERO_WIDTH_SPACE}`);
}

/** A pie slice's label: as a flowchart label, but the pie's parser drops a backslash unless it is an entity code. */
export function pieLabel(text: string): string {
  return plainLabel(text)
    .replace(/[&<>]/g, (char) => ENTITY_CODES[char] ?? char)
    .replace(/\\/g, '#92;');
}

/** A label for the timeline diagram, where `:` separates events and so must be written as an entity. */
export function timelineLabel(text: string): string {
  return label(text).replace(/:/g, '#58;');
}

/** An accessibility line holds one line of plain text; entity codes are broken up as in labels, so `#35;` stays as typed. */
export function accessibleText(text: string): string {
  return text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[{}]/g, '')
    .replace(/#(?=[\p{L}\p{N}_]*;)/gu, `#${ZERO_WIDTH_SPACE}`)
    .trim();
}

/**
 * A pie chart's title. Mermaid escapes it once more after decoding, so `<`, `>` and `&`
 * must go in as its numeric entity codes (and a backslash too) or the slide would show "&lt;".
 */
export function pieTitle(text: string): string {
  return plainLabel(text).replace(/[&<>\\]/g, (char) => `#${char.charCodeAt(0)};`);
}

/** What a node stands for; each kind has its own prefix, so a group and an event of the same id stay apart. */
export type NodeKind = 'group' | 'event';

const NODE_PREFIXES: Record<NodeKind, string> = { group: 'n', event: 'e' };

/**
 * A Mermaid node id from any data id: letters and digits as they are, `-` as `_h`, `_` as
 * `__`, anything else as `_u<hex>_`. The mapping is one-to-one, so two data items can never
 * draw as one node (`is-core` and `is_core` stay apart), and the prefix (`n_` for groups,
 * `e_` for events) keeps a group and an event of the same id apart, and ids off Mermaid's
 * keywords such as `end`.
 */
export function nodeId(id: string, kind: NodeKind = 'group'): string {
  const encoded = [...id]
    .map((char) => {
      if (/[A-Za-z0-9]/.test(char)) return char;
      if (char === '-') return '_h';
      if (char === '_') return '__';
      return `_u${(char.codePointAt(0) ?? 0).toString(16)}_`;
    })
    .join('');
  return `${NODE_PREFIXES[kind]}_${encoded}`;
}

/** The lines every diagram starts with: its accessible title and description. */
export function accessibilityLines(title: string, description: string): string[] {
  return [`  accTitle: ${accessibleText(title)}`, `  accDescr: ${accessibleText(description)}`];
}

/** Joins diagram lines into Mermaid text with a trailing newline. */
export function toText(lines: readonly string[]): string {
  return `${lines.join('\n')}\n`;
}
