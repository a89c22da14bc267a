/** Tutor conversations, one per problem, kept in the browser. Pure updates. */
import * as z from 'zod/mini';
import { ChatMessage } from './schemas/ai';

export const TUTOR_MESSAGES_LIMIT = 40;
export const TUTOR_THREADS_LIMIT = 100;

export const TutorThread = z.object({
  messages: z.array(ChatMessage).check(z.maxLength(TUTOR_MESSAGES_LIMIT)),
  updatedAt: z.number(),
});
export type TutorThread = z.infer<typeof TutorThread>;

export const TutorState = z.object({ threads: z._default(z.record(z.string(), TutorThread), {}) });
export type TutorState = z.infer<typeof TutorState>;

export const EMPTY_TUTOR: TutorState = { threads: {} };

/** Add a message; the oldest messages and the least recently used threads make room. */
export function addMessage(state: TutorState, problemId: string, message: ChatMessage, now: number): TutorState {
  const previous = state.threads[problemId]?.messages ?? [];
  const messages = [...previous, message].slice(-TUTOR_MESSAGES_LIMIT);
  const threads = { ...state.threads, [problemId]: { messages, updatedAt: now } };
  const ids = Object.keys(threads);
  if (ids.length > TUTOR_THREADS_LIMIT) {
    ids
      .sort((a, b) => threads[a].updatedAt - threads[b].updatedAt)
      .slice(0, ids.length - TUTOR_THREADS_LIMIT)
      .forEach((id) => delete threads[id]);
  }
  return { threads };
}

export function clearThread(state: TutorState, problemId: string): TutorState {
  const threads = { ...state.threads };
  delete threads[problemId];
  return { threads };
}

/** The messages to send: a conversation must start with the learner and alternate cleanly enough for the model. */
export function conversationFor(state: TutorState, problemId: string): ChatMessage[] {
  const messages = state.threads[problemId]?.messages ?? [];
  const first = messages.findIndex((m) => m.role === 'user');
  return first === -1 ? [] : messages.slice(first);
}

export function migrateTutor(persisted: unknown): TutorState {
  const parsed = TutorState.safeParse(persisted);
  if (parsed.success) return parsed.data;
  const raw = (persisted as { threads?: unknown } | null)?.threads;
  if (!raw || typeof raw !== 'object') return EMPTY_TUTOR;
  const threads: TutorState['threads'] = {};
  for (const [id, thread] of Object.entries(raw)) {
    const one = TutorThread.safeParse(thread);
    if (one.success) threads[id] = one.data;
  }
  return { threads };
}

/** Another tab's copy: the newer thread of each problem wins. */
export function mergeTutor(a: TutorState, b: TutorState): TutorState {
  const threads = { ...a.threads };
  for (const [id, thread] of Object.entries(b.threads)) {
    if (!threads[id] || threads[id].updatedAt < thread.updatedAt) threads[id] = thread;
  }
  return { threads };
}
