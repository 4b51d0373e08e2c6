/**
 * Turns reveal.js's print view into the A4 handout: each page shows the slide on
 * top, then its speaker notes and the sources of its facts. Everything is moved or
 * cloned from the deck's own DOM, so no text is parsed as markup here.
 */
export function layOutHandout(doc: Document): void {
  doc.documentElement.classList.add('handout');
  // reveal.js sizes the page to one slide; the handout's pages are A4.
  doc.body.style.removeProperty('width');
  doc.body.style.removeProperty('height');
  const pageStyle = doc.createElement('style');
  pageStyle.textContent = '@page { size: A4 portrait; margin: 0; }';
  doc.head.append(pageStyle);
  const sourceEntries = new Map([...doc.querySelectorAll<HTMLLIElement>('ol.sources > li[id^="source-"]')].map((entry) => [entry.value, entry]));
  for (const page of doc.querySelectorAll<HTMLElement>('.pdf-page')) {
    const slide = page.querySelector<HTMLElement>('section');
    if (slide) page.append(handoutPanel(doc, slide, sourceEntries));
  }
}

function handoutPanel(doc: Document, slide: HTMLElement, sourceEntries: ReadonlyMap<number, HTMLLIElement>): HTMLElement {
  const panel = doc.createElement('div');
  panel.className = 'handout-panel';
  const notes = slide.querySelector('aside.notes');
  if (notes) {
    const heading = doc.createElement('h3');
    heading.className = 'handout-label';
    heading.textContent = 'Speaker notes';
    const body = doc.createElement('div');
    body.className = 'handout-notes';
    body.append(...[...notes.children].map((child) => child.cloneNode(true)));
    panel.append(heading, body);
  }
  const numbers = (slide.dataset['sources'] ?? '').split(' ').filter(Boolean).map(Number);
  const entries = numbers.flatMap((number) => {
    const entry = sourceEntries.get(number);
    return entry ? [entry] : [];
  });
  if (entries.length > 0) {
    const heading = doc.createElement('h3');
    heading.className = 'handout-label';
    heading.textContent = 'Sources of this slide';
    const list = doc.createElement('ol');
    list.className = 'handout-sources';
    for (const entry of entries) {
      const item = entry.cloneNode(true) as HTMLLIElement;
      item.removeAttribute('id');
      list.append(item);
    }
    panel.append(heading, list);
  }
  return panel;
}
