import { streamRoute } from '@/adapters/gemini/http';
import { streamHint } from '@/adapters/gemini/server';

/** The next rung of the hint ladder, streamed. */
export const POST = streamRoute('get-hints', streamHint);
