import { describe, expect, it } from 'vitest';
import { addMessage, clearThread, conversationFor, EMPTY_TUTOR, mergeTutor, migrateTutor, TUTOR_MESSAGES_LIMIT, TUTOR_THREADS_LIMIT } from './tutor';

describe('tutor threads', () => {
  it('keeps one conversation per problem', () => {
    let state = addMessage(EMPTY_TUTOR, 'a', { role: 'user', text: 'hi' }, 1);
    state = addMessage(state, 'a', { role: 'model', text: 'hello' }, 2);
    state = addMessage(state, 'b', { role: 'user', text: 'other' }, 3);
    expect(conversationFor(state, 'a').map((m) => m.text)).toEqual(['hi', 'hello']);
    expect(conversationFor(state, 'b')).toHaveLength(1);
    expect(conversationFor(clearThread(state, 'a'), 'a')).toEqual([]);
  });

  it('drops the oldest messages and least recently used threads', () => {
    let state = EMPTY_TUTOR;
    for (let i = 0; i < TUTOR_MESSAGES_LIMIT + 5; i++) state = addMessage(state, 'a', { role: i % 2 ? 'model' : 'user', text: `m${i}` }, i);
    expect(state.threads.a.messages).toHaveLength(TUTOR_MESSAGES_LIMIT);
    expect(state.threads.a.messages.at(-1)?.text).toBe(`m${TUTOR_MESSAGES_LIMIT + 4}`);
    // The conversation sent always starts with the learner.
    expect(conversationFor(state, 'a')[0].role).toBe('user');
    for (let i = 0; i < TUTOR_THREADS_LIMIT + 3; i++) state = addMessage(state, `p${i}`, { role: 'user', text: 'x' }, 1000 + i);
    expect(Object.keys(state.threads)).toHaveLength(TUTOR_THREADS_LIMIT);
    expect(state.threads.a).toBeUndefined();
  });

  it('keeps the valid threads of damaged data and merges tabs by recency', () => {
    const migrated = migrateTutor({ threads: { ok: { messages: [{ role: 'user', text: 'q' }], updatedAt: 5 }, bad: { messages: 'x' } } });
    expect(Object.keys(migrated.threads)).toEqual(['ok']);
    expect(migrateTutor('garbage')).toEqual(EMPTY_TUTOR);
    const newer = { threads: { ok: { messages: [{ role: 'user' as const, text: 'newer' }], updatedAt: 9 } } };
    expect(mergeTutor(migrated, newer).threads.ok.messages[0].text).toBe('newer');
    expect(mergeTutor(newer, migrated).threads.ok.messages[0].text).toBe('newer');
  });
});
