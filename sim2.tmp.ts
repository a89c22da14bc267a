import { simulate, LEARNERS } from './src/core/auto/simulate';
const s = simulate(LEARNERS.average, 20, 3, { newLearner: true });
console.log(s.map(s=>s.step+' '+s.key+' '+s.difficulty+' '+(s.outcome.solved&&!s.outcome.revealed?'ok'+s.outcome.hints:'MISS')+' '+s.explanation).join('\n'));
