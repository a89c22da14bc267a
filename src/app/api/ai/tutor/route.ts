import { streamRoute } from '@/adapters/gemini/http';
import { streamTutor } from '@/adapters/gemini/server';

/** One streamed tutor reply. */
export const POST = streamRoute('tutor', streamTutor);
