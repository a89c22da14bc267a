import { streamRoute } from '@/adapters/gemini/http';
import { streamExampleExplanation } from '@/adapters/gemini/server';

/** Why the learner's edited lesson example failed, streamed. */
export const POST = streamRoute('explain-example', streamExampleExplanation);
