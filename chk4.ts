import { talk } from './slides/index.ts';

let total = 0;
for (const section of talk.sections)
  for (const slide of section.slides) {
    const s = slide as unknown as { id: string; seconds: number; continued?: { seconds: number }[] };
    const c = (s.continued ?? []).reduce((a, b) => a + b.seconds, 0);
    total += s.seconds + c;
    console.log(s.id, s.seconds, c || '');
  }
console.log('total', total);
