import { checkFit } from './src/pipeline/fit-check.ts';
const t = performance.now();
try { console.log(await checkFit(process.argv[2]!, '/tmp/fitcache-probe')); } catch (e) { console.log((e as Error).message); }
console.log(Math.round(performance.now() - t), 'ms');
