import { simulate, LEARNERS } from './src/core/auto/simulate';
import { subtopicKey } from './src/core/auto/keys';
for (let seed = 1; seed <= 40; seed++) {
  const s = simulate(LEARNERS.average, 40, seed);
  const by = new Map<string, string[]>();
  for (const x of s) by.set(subtopicKey(x.key), [...(by.get(subtopicKey(x.key)) ?? []), x.difficulty[0] + (x.levelChange === 'up' ? '↑' : x.levelChange === 'down' ? '↓' : '') + (x.outcome.solved && !x.outcome.revealed ? (x.outcome.hints ? 'h' : '') : 'x')]);
  const turns = [...by.values()].map(seq => { const m = seq.filter(t => t.includes('↑') || t.includes('↓')).map(t => t.includes('↑')); let c = 0; for (let i = 1; i < m.length; i++) if (m[i] !== m[i-1]) c++; return c; });
  if (turns.reduce((a,b)=>a+b,0) >= 3) { console.log('seed', seed); for (const [k, v] of by) console.log('  ', k.padEnd(36), v.join(' ')); }
}
