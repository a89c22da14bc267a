import { jsonRoute } from '@/adapters/gemini/http';
import { testConnection } from '@/adapters/gemini/server';

/** List the models the key can use. */
export const POST = jsonRoute('test-connection', (_body, options) => testConnection(options));
