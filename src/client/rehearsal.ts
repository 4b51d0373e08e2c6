import type { RevealApi, RevealPlugin } from 'reveal.js';
import { SLIDE_SELECTOR, TALK_META } from '../contract.ts';
import { clock } from '../rehearsal/report.ts';
import {
  addTime,
  bySection,
  type Comparison,
  overruns,
  type PlannedSlide,
  type RehearsalPlace,
  rehearsalRows,
  type SpentTime,
} from '../rehearsal/timings.ts';
import type { Words } from '../words/types.ts';

/** The T key's code: the deck's, and the speaker view's, which opens the table on the speaker's screen. */
export const REHEARSAL_KEY = 84;
/** How many of the slides that ran long the table lists; the CSV has them all. */
const LONGEST_SHOWN = 5;

/** The table's words, in the talk's language, as the build writes them on the deck (`data-rehearsal-words`). */
type RehearsalWords = Words['rehearsal'];

/** Where a talk's rehearsal is kept in this browser: one record per talk and cut, so cuts never mix. */
export function rehearsalStorageKey(doc: Document): string {
  const talk = doc.querySelector<HTMLMetaElement>(`meta[name="${TALK_META}"]`)?.content ?? doc.title;
  const cut = doc.querySelector<HTMLElement>('.reveal')?.dataset['cut'] ?? 'whole';
  return `deck-rehearsal:${talk}:${cut}`;
}

/** The plan as the deck carries it: each slide's id, section and planned seconds (`data-timing`). */
export function plannedSlides(doc: Document): PlannedSlide[] {
  return [...doc.querySelectorAll<HTMLElement>(SLIDE_SELECTOR)].map((slide) => ({
    slide: slide.id,
    section: slide.dataset['section'] ?? '',
    plannedSeconds: Number(slide.dataset['timing'] ?? 0),
  }));
}

function load(storage: Storage, key: string): SpentTime {
  try {
    const saved: unknown = JSON.parse(storage.getItem(key) ?? '{}');
    if (saved === null || typeof saved !== 'object') return {};
    return Object.fromEntries(
      Object.entries(saved).filter((entry): entry is [string, number] => typeof entry[1] === 'number'),
    );
  } catch {
    // A record another version of the deck wrote, or a damaged one: start afresh rather than fail the talk.
    return {};
  }
}

function placeOf(deck: RevealApi): RehearsalPlace | null {
  const slide = deck.getCurrentSlide() as HTMLElement | undefined;
  if (!slide?.id) return null;
  return { slide: slide.id, step: deck.getIndices().f ?? -1 };
}

function words(doc: Document): RehearsalWords | null {
  const text = doc.querySelector<HTMLElement>('.reveal')?.dataset['rehearsalWords'];
  if (!text) return null;
  return JSON.parse(text) as RehearsalWords;
}

/** The deck's recording, once the plugin has started: what a table shows, in this window or the speaker view's. */
let recording: { readonly text: RehearsalWords; readonly data: PanelData; readonly lap: () => void } | null = null;
/** One table per window it was opened in (the deck's, the speaker view's), each refreshed as time is recorded. */
const panels = new Map<Document, RehearsalPanel>();

/**
 * Shows or hides the rehearsal table in `doc`: the deck's own page, or the speaker view's, where T
 * opens it on the speaker's screen rather than the audience's. False when nothing records (print, previews).
 */
export function toggleRehearsalTable(doc: Document): boolean {
  if (!recording) return false;
  recording.lap();
  for (const open of [...panels.keys()]) if (!open.defaultView || open.defaultView.closed) panels.delete(open);
  const panel = panels.get(doc) ?? new RehearsalPanel(doc, recording.text, recording.data);
  panels.set(doc, panel);
  panel.toggle();
  return true;
}

/**
 * Records a rehearsal as the deck is presented: the time spent on each slide and step, kept in this
 * browser for the talk and cut (localStorage) until the speaker clears it. T shows it against the plan,
 * by section and with the slides that ran long, and exports it as CSV for `npm run rehearsal`.
 * Not in the print view, which is never presented.
 */
export function rehearsal(win: Window, print = false): RevealPlugin {
  return {
    id: 'rehearsal',
    init(deck: RevealApi) {
      const doc = win.document;
      const text = words(doc);
      if (print || !text) return;
      const key = rehearsalStorageKey(doc);
      let spent = load(win.localStorage, key);
      let here: RehearsalPlace | null = null;
      let since = win.performance.now();
      const data: PanelData = {
        rows: () => rehearsalRows(plannedSlides(doc), spent),
        clear: () => {
          spent = {};
          since = win.performance.now();
          win.localStorage.removeItem(key);
          for (const panel of panels.values()) panel.refresh();
        },
        fileName: () => `${key.replace(/^deck-rehearsal:/, 'rehearsal-').replace(/[^\w.-]+/g, '-')}.csv`,
      };
      const lap = (): void => {
        const now = win.performance.now();
        if (here) spent = addTime(spent, here, (now - since) / 1000);
        since = now;
        here = placeOf(deck);
        win.localStorage.setItem(key, JSON.stringify(spent));
        for (const panel of panels.values()) panel.refresh();
      };
      recording = { text, data, lap };
      for (const event of ['ready', 'slidechanged', 'fragmentshown', 'fragmenthidden'] as const) deck.on(event, lap);
      // Time spent on the last slide counts when the tab closes or the table is opened.
      win.addEventListener('pagehide', lap);
      deck.addKeyBinding({ keyCode: REHEARSAL_KEY, key: 'T', description: text.title }, () => {
        toggleRehearsalTable(doc);
      });
    },
  };
}

interface PanelData {
  readonly rows: () => ReturnType<typeof rehearsalRows>;
  readonly clear: () => void;
  readonly fileName: () => string;
}

/**
 * The table's look, in the deck's palette (its custom properties are on both the deck's page and the speaker
 * view's): set by the table itself, so it looks the same in whichever window it opens.
 */
const PANEL_STYLE = `
.rehearsal-panel { position: fixed; top: 16px; right: 16px; z-index: 40; box-sizing: border-box;
  max-width: min(720px, calc(100vw - 32px)); max-height: calc(100vh - 32px); overflow: auto; padding: 16px 20px;
  background: var(--paper); color: var(--ink); border: 2px solid var(--rule); border-radius: 6px;
  box-shadow: 0 4px 24px rgb(0 0 0 / 25%); font-family: "Source Sans 3", "Noto Naskh Arabic", system-ui, sans-serif;
  font-size: 20px; line-height: 1.35; text-align: left; }
.rehearsal-panel[hidden] { display: none; }
.rehearsal-panel h2, .rehearsal-panel h3 { margin: 0 0 8px; font-size: 1.2em; }
.rehearsal-panel h3 { margin-top: 14px; font-size: 1em; }
.rehearsal-panel table { border-collapse: collapse; width: 100%; }
.rehearsal-panel th, .rehearsal-panel td { padding: 3px 10px 3px 0; text-align: left; border-bottom: 1px solid var(--rule);
  font-variant-numeric: tabular-nums; }
.rehearsal-panel .rehearsal-behind td:last-child { font-weight: 700; }
.rehearsal-panel .rehearsal-actions { display: flex; gap: 10px; flex-wrap: wrap; margin: 14px 0 0; }
.rehearsal-panel button { font: inherit; padding: 4px 12px; color: var(--ink); background: var(--panel);
  border: 2px solid var(--rule); border-radius: 4px; cursor: pointer; }
.rehearsal-panel button:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
`;

/** The rehearsal table, over the deck: built from the DOM's own nodes, so no recorded text is parsed as markup. */
class RehearsalPanel {
  private readonly root: HTMLElement;
  private readonly body: HTMLElement;

  constructor(
    private readonly doc: Document,
    private readonly text: RehearsalWords,
    private readonly data: PanelData,
  ) {
    if (!doc.querySelector('style.rehearsal-style')) {
      const style = doc.createElement('style');
      style.className = 'rehearsal-style';
      style.textContent = PANEL_STYLE;
      doc.head.append(style);
    }
    this.root = doc.createElement('section');
    this.root.className = 'rehearsal-panel';
    this.root.hidden = true;
    this.root.setAttribute('role', 'dialog');
    this.root.setAttribute('aria-label', text.title);
    const heading = this.element('h2', text.title);
    this.body = doc.createElement('div');
    const actions = doc.createElement('p');
    actions.className = 'rehearsal-actions';
    actions.append(
      this.button(text.exportCsv, () => void this.exportCsv()),
      this.button(text.clear, () => this.data.clear()),
      this.button(text.close, () => this.toggle()),
    );
    this.root.append(heading, this.body, actions);
    doc.body.append(this.root);
  }

  toggle(): void {
    this.root.hidden = !this.root.hidden;
    this.refresh();
    if (!this.root.hidden) this.root.querySelector('button')?.focus();
  }

  refresh(): void {
    if (this.root.hidden) return;
    const rows = this.data.rows();
    if (rows.length === 0) {
      this.body.replaceChildren(this.element('p', this.text.empty));
      return;
    }
    const sections = bySection(rows);
    const planned = sections.reduce((sum, section) => sum + section.plannedSeconds, 0);
    const spent = sections.reduce((sum, section) => sum + section.spentSeconds, 0);
    const total = this.text.total.replace('{spent}', clock(spent)).replace('{planned}', clock(planned));
    const summary = this.element('p', `${total}: ${this.difference(spent - planned)}`);
    summary.className = 'rehearsal-total';
    const long = overruns(rows).slice(0, LONGEST_SHOWN);
    this.body.replaceChildren(
      summary,
      this.table(this.text.section, sections, (name) => name),
      ...(long.length > 0
        ? [this.element('h3', this.text.ranLong), this.table('', long, (id) => this.slideTitle(id))]
        : []),
    );
  }

  private difference(over: number): string {
    const time = clock(Math.abs(over));
    return (over > 0 ? this.text.behind : this.text.ahead).replace('{time}', time);
  }

  /** A slide as the speaker knows it: its heading, as shown (the CSV keeps its id). */
  private slideTitle(id: string): string {
    const slide = this.doc.getElementById(id);
    const heading = (slide?.querySelector('h2') ?? slide?.querySelector('h1'))?.textContent?.trim();
    return heading ? heading : id;
  }

  private table(first: string, comparisons: readonly Comparison[], nameOf: (name: string) => string): HTMLTableElement {
    const table = this.doc.createElement('table');
    const head = this.doc.createElement('tr');
    for (const title of [first, this.text.planned, this.text.spent, this.text.difference]) {
      const cell = this.element('th', title);
      cell.setAttribute('scope', 'col');
      head.append(cell);
    }
    const rows = comparisons.map((comparison) => {
      const row = this.doc.createElement('tr');
      const name = this.doc.createElement('th');
      name.setAttribute('scope', 'row');
      name.append(this.element('bdi', nameOf(comparison.name)));
      row.append(
        name,
        this.element('td', clock(comparison.plannedSeconds)),
        this.element('td', clock(comparison.spentSeconds)),
        this.element('td', this.difference(comparison.over)),
      );
      if (comparison.over > 0) row.className = 'rehearsal-behind';
      return row;
    });
    const thead = this.doc.createElement('thead');
    thead.append(head);
    const tbody = this.doc.createElement('tbody');
    tbody.append(...rows);
    table.append(thead, tbody);
    return table;
  }

  private async exportCsv(): Promise<void> {
    // The CSV writer is loaded only when a speaker exports: the deck's first slide never waits for it.
    const { rehearsalCsv } = await import('../rehearsal/csv.ts');
    const blob = new Blob([rehearsalCsv(this.data.rows())], { type: 'text/csv;charset=utf-8' });
    const link = this.doc.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = this.data.fileName();
    this.doc.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 0);
  }

  private button(label: string, action: () => void): HTMLButtonElement {
    const button = this.element('button', label) as HTMLButtonElement;
    button.type = 'button';
    button.addEventListener('click', action);
    return button;
  }

  private element(tag: string, text: string): HTMLElement {
    const element = this.doc.createElement(tag);
    element.textContent = text;
    return element;
  }
}
