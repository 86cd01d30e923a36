import { describe, expect, it } from 'vitest';
import { englishMessages } from './english';
import { messages } from './messages';

describe('englishMessages', () => {
  it('is exactly the English table, so the fallback outside a provider never drifts from it', () => {
    expect(englishMessages).toEqual(messages.en);
  });
});
