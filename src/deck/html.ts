/**
 * HTML built from content data. Every interpolated value is escaped unless it is
 * already `SafeHtml`, so no data string can reach the page as markup.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

type Interpolation = string | number | SafeHtml | readonly (SafeHtml | null)[] | null | undefined | false;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map((item: SafeHtml | null) => item?.value ?? '').join('');
  return escapeHtml(String(value));
}

/** Tagged template: `html\`<p>${text}</p>\`` escapes `text`. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  return new SafeHtml(
    strings.reduce((out, part, index) => out + part + (index < values.length ? render(values[index]) : ''), ''),
  );
}

/**
 * Text from a talk's data, isolated for direction (`<bdi>`: its own direction, from its
 * first letter). A right-to-left name then keeps to itself: it cannot pull the figures,
 * dots and words the deck sets beside it into its own order ("2 police officers" stays
 * "2 police officers", not "… killed 2 ·").
 */
export function bdi(text: string): SafeHtml {
  return html`<bdi>${text}</bdi>`;
}

/** Stand-ins for data inside a phrase from the interface words, so that each can be isolated after the phrase is built. */
export const SLOTS = ['\uE000', '\uE001', '\uE002', '\uE003', '\uE004'] as const;

/** A phrase built with `SLOTS[i]` where data goes, with each slot filled by `values[i]` (escaped, or markup). */
export function fillSlots(phrase: string, values: readonly SafeHtml[]): SafeHtml {
  const parts = phrase.split(/([\uE000-\uE004])/u);
  return new SafeHtml(
    parts
      .map((part) => {
        const slot = SLOTS.indexOf(part as (typeof SLOTS)[number]);
        return slot >= 0 ? (values[slot]?.value ?? '') : escapeHtml(part);
      })
      .join(''),
  );
}

/** Markup produced elsewhere and already safe, such as an SVG drawn by Mermaid under `securityLevel: 'strict'`. */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
