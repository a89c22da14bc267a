export { AiKeySettings } from './AiKeySettings';
export { CoachPanel } from './CoachPanel';
export { GenerateQuestion } from './GenerateQuestion';
export { TutorPanel } from './TutorPanel';
export { useAi } from './use-ai';
export { useCoach, type Coach } from './use-coach';
export { useGenerateQuestion } from './use-generate';
export { ExplainExample, ExplainSection } from './LessonHelpGate';
export { AiProblemText, type AiProblem } from './problem';
