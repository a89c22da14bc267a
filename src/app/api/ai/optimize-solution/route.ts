import { jsonRoute } from '@/adapters/gemini/http';
import { optimizeSolution } from '@/adapters/gemini/server';

/** A faster solution; the browser runs and times it before showing it. */
export const POST = jsonRoute('optimize-solution', optimizeSolution);
