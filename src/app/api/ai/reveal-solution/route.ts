import { jsonRoute } from '@/adapters/gemini/http';
import { revealSolution } from '@/adapters/gemini/server';

/** An explanation of the reference solution. */
export const POST = jsonRoute('reveal-solution', revealSolution);
