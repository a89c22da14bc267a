import { describe, expect, it } from 'vitest';
import { areaLabel, fullLabel, humanize, moduleOf, parseTypeKey, subtopicKey, TypeKey, typeKey, typeLabel, type LabelSource } from './keys';

const modules: LabelSource[] = [
  {
    id: 'lists',
    name: 'Lists',
    subtopics: [
      {
        id: 'list-basics',
        name: 'List basics',
        order: 1,
        overview: 'Indexing and slicing lists.',
        considerations: ['Slices copy.'],
        problemTypes: [{ id: 'access-and-slice', name: 'Access and slice', order: 1, overview: 'Read parts of a list.', considerations: ['Negative indexes count from the end.'] }],
      },
    ],
  },
];

describe('keys', () => {
  it('builds and parses type keys, with "-" for missing parts', () => {
    expect(typeKey({ module: 'lists', subtopic: 'list-basics', problemType: 'access-and-slice' })).toBe('lists/list-basics/access-and-slice');
    expect(typeKey({ module: 'mine', subtopic: null, problemType: null })).toBe('mine/-/-');
    expect(parseTypeKey('mine/-/-')).toEqual({ module: 'mine', subtopic: null, problemType: null });
    expect(parseTypeKey('lists/list-basics/access-and-slice')).toEqual({ module: 'lists', subtopic: 'list-basics', problemType: 'access-and-slice' });
  });

  it('takes the subtopic and module parts', () => {
    expect(subtopicKey('lists/list-basics/access-and-slice')).toBe('lists/list-basics');
    expect(subtopicKey('lists/list-basics')).toBe('lists/list-basics');
    expect(moduleOf('lists/list-basics/access-and-slice')).toBe('lists');
  });

  it('validates type keys', () => {
    expect(TypeKey.safeParse('a/b/c').success).toBe(true);
    expect(TypeKey.safeParse('a/b').success).toBe(false);
    expect(TypeKey.safeParse('a//c').success).toBe(false);
  });

  it('labels areas with curriculum names, falling back to the ids', () => {
    expect(areaLabel('lists/list-basics/access-and-slice', modules)).toBe('Lists › List basics');
    expect(fullLabel('lists/list-basics/access-and-slice', modules)).toBe('Lists › List basics › Access and slice');
    expect(typeLabel('lists/list-basics/access-and-slice', modules)).toBe('Access and slice');
    expect(areaLabel('dicts/hashing-patterns/cache-design')).toBe('Dicts › Hashing patterns');
    expect(fullLabel('dicts/hashing-patterns/cache-design')).toBe('Dicts › Hashing patterns › Cache design');
    expect(areaLabel('my-pack/-/-')).toBe('My pack');
    expect(fullLabel('my-pack/-/-')).toBe('My pack');
    expect(humanize('')).toBe('');
  });
});
