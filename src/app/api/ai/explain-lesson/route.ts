import { streamRoute } from '@/adapters/gemini/http';
import { streamLessonExplanation } from '@/adapters/gemini/server';

/** A lesson section explained another way, streamed. */
export const POST = streamRoute('explain-lesson', streamLessonExplanation);
