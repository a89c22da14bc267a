export { AiKeySettings } from './AiKeySettings';
export { CoachPanel, preloadAiPanels, TutorPanel } from './lazy-panels';
export { GenerateQuestion } from './GenerateQuestion';
export { useAi } from './use-ai';
export { useCoach, type Coach } from './use-coach';
export { useGenerateQuestion } from './use-generate';
export { ExplainExample, ExplainSection } from './LessonHelpGate';
export { AiProblemText, type AiProblem } from './problem';
