import { jsonRoute } from '@/adapters/gemini/http';
import { evaluateCode } from '@/adapters/gemini/server';

/** Feedback on reasoning, edge cases, style and complexity (never a verdict). */
export const POST = jsonRoute('evaluate-code', evaluateCode);
