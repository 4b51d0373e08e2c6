import { chromium } from 'playwright';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const [w, h, theme] = (process.env.SIZE ?? '1280x720x').split('x');
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
for (const id of process.argv.slice(2)) {
  const [slide, page2] = id.split('@');
  await page.goto(`file:///work/wt/evidence/dist-single/index.html${theme ? '?theme=dark' : ''}#/${slide}`);
  await page.waitForTimeout(1200);
  for (let i = 0; i < Number(page2 ?? 0); i++) { await page.keyboard.press('ArrowRight'); await page.waitForTimeout(100); }
  const n = page2 !== undefined ? 0 : await page.evaluate(() => document.querySelectorAll('section.present .fragment:not(.visible)').length);
  for (let i = 0; i < n; i++) { await page.keyboard.press('ArrowRight'); await page.waitForTimeout(80); }
  await page.waitForTimeout(400);
  await page.screenshot({ path: `/tmp/evshots/${id}-${w}${theme ? '-dark' : ''}.png` });
}
await browser.close();
