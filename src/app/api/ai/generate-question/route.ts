import { jsonRoute } from '@/adapters/gemini/http';
import { generateQuestion } from '@/adapters/gemini/server';

/** A new problem in the bank's schema; the browser verifies it before showing it. */
export const POST = jsonRoute('generate-question', generateQuestion);
