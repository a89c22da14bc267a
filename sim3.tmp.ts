import { simulate, LEARNERS, directionChanges } from './src/core/auto/simulate';
import { subtopicKey } from './src/core/auto/keys';
function levelTurns(steps: ReturnType<typeof simulate>) {
  const by = new Map<string, string[]>();
  for (const s of steps) if (s.levelChange) by.set(subtopicKey(s.key), [...(by.get(subtopicKey(s.key)) ?? []), s.levelChange]);
  let turns = 0; for (const seq of by.values()) for (let i = 1; i < seq.length; i++) if (seq[i] !== seq[i-1]) turns++;
  return turns;
}
for (const l of Object.values(LEARNERS)) {
  const stats = { firstAdv: [] as number[], turns: [] as number[], maxWin: [] as number[], remed: [] as number[], advShare: [] as number[], chg: [] as number[] };
  for (let seed = 1; seed <= 40; seed++) {
    const s = simulate(l, 40, seed);
    stats.firstAdv.push(s.findIndex(x => x.difficulty === 'advanced') + 1);
    stats.turns.push(levelTurns(s));
    const d = s.map(x => x.difficulty);
    let mw = 0; for (let i = 0; i + 10 <= d.length; i++) mw = Math.max(mw, directionChanges(d.slice(i, i + 10)));
    stats.maxWin.push(mw);
    stats.chg.push(directionChanges(d));
    stats.remed.push(s.filter(x => x.reason === 'remediation').length);
    stats.advShare.push(s.slice(20).filter(x => x.difficulty === 'advanced').length);
  }
  const f = (a: number[]) => `min ${Math.min(...a)} max ${Math.max(...a)} avg ${(a.reduce((x,y)=>x+y,0)/a.length).toFixed(1)}`;
  console.log(l.name); for (const [k, v] of Object.entries(stats)) console.log('  ', k, f(v));
}
