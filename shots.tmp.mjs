import { chromium } from 'playwright-core';
const b = await chromium.launch({executablePath:'/usr/bin/chromium', args:['--no-sandbox','--disable-gpu','--disable-background-networking']});
const errors=[];
for (const id of process.argv.slice(2)) {
  const p = await b.newPage({viewport:{width:1280,height:720}});
  p.on('console', m => { if (m.type()==='error' || m.type()==='warning') errors.push(m.text()); }); p.on('pageerror', e=>errors.push(e.message));
  await p.goto('http://127.0.0.1:4173/#/' + id);
  await p.waitForFunction(() => document.documentElement.dataset.deckReady === 'true');
  await p.evaluate(() => document.querySelectorAll('.present .fragment').forEach(f => f.classList.add('visible')));
  await p.waitForTimeout(500);
  await p.screenshot({path:`/tmp/shot-${id}.png`});
  console.log(id, await p.evaluate(() => location.hash + ' ' + document.querySelector('.present')?.id));
  await p.close();
}
console.log('errors', errors);
await b.close();
