import { chromium } from 'playwright-core';
const [,, url, out, w = '1280', h = '720', js = '1'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const page = await browser.newPage({ viewport: { width: Number(w), height: Number(h) }, javaScriptEnabled: js === '1' });
page.on('console', (m) => console.log('console:', m.text()));
page.on('pageerror', (e) => console.log('error:', e.message));
await page.goto(url);
await page.waitForTimeout(800);
if (process.env.TYPE) { await page.fill('#search-input', process.env.TYPE); await page.waitForTimeout(300); }
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
