// @ts-check
/**
 * The reading edition's search, run in the reader's browser: the page carries its index as
 * JSON (events and sources, built with the page), and this matches every word typed against
 * it, ignoring case and accents. Without scripts the form stays hidden and the page reads whole.
 */
(() => {
  const form = document.getElementById('search');
  const input = /** @type {HTMLInputElement | null} */ (document.getElementById('search-input'));
  const list = document.getElementById('search-results');
  const status = document.getElementById('search-status');
  const data = document.getElementById('search-index');
  if (!form || !input || !list || !status || !data) return;
  /** @type {{ label: (count: number) => string }} */
  const words = {
    label: (count) => (status.dataset[count === 1 ? 'one' : 'many'] ?? '').replace('{count}', String(count)),
  };
  /** @type {Array<{ href: string; title: string; text: string }>} */
  const documents = JSON.parse(data.textContent ?? '[]');
  /** @param {string} text */
  const fold = (text) =>
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase();
  const folded = documents.map((entry) => fold(`${entry.title} ${entry.text}`));
  form.hidden = false;
  form.addEventListener('submit', (event) => event.preventDefault());
  input.addEventListener('input', () => {
    const terms = fold(input.value).split(/\s+/).filter(Boolean);
    list.replaceChildren();
    if (terms.length === 0) {
      status.textContent = '';
      return;
    }
    const found = documents.filter((_entry, position) => terms.every((term) => folded[position]?.includes(term)));
    for (const entry of found.slice(0, 50)) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = entry.href;
      link.textContent = entry.title;
      item.append(link);
      list.append(item);
    }
    status.textContent = words.label(found.length);
  });
})();
