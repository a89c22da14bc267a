import { simulate, LEARNERS, difficultyTable, directionChanges } from './src/core/auto/simulate';
const cols: Record<string, ReturnType<typeof simulate>> = {};
const seed = Number(process.argv[2] ?? 7);
for (const l of Object.values(LEARNERS)) cols[l.name] = simulate(l, 40, seed);
if (process.argv[3]) console.log(difficultyTable(cols));
for (const [n, s] of Object.entries(cols)) console.log(n.padEnd(8), 'chg', directionChanges(s.map(x=>x.difficulty)), 'lvl', s.map(x=>x.levelChange?.[0] ?? '.').join(''), 'firstAdv', s.findIndex(x=>x.difficulty==='advanced')+1, s.map(x=>x.difficulty[0]).join(''));
if (process.argv[4]) console.log(cols[process.argv[4]].map(s=>s.step+' '+s.key+' '+s.difficulty+' '+(s.outcome.solved&&!s.outcome.revealed?'ok'+s.outcome.hints:'MISS')+' '+s.explanation).join('\n'));
