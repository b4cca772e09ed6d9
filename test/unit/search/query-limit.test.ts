// The query cap: at most MAX_QUERY_LENGTH characters, whole characters, and says when it cut.
import { describe, expect, it } from 'vitest';
import { boundQuery, MAX_QUERY_LENGTH, QUERY_CUT_NOTE } from '../../../src/lib/search/query-limit.ts';

describe('boundQuery', () => {
  it('keeps a query of the limit or shorter as it is', () => {
    const query = 'k'.repeat(MAX_QUERY_LENGTH);
    expect(boundQuery(query)).toEqual({ query, cut: false });
  });
  it('cuts a longer query to the limit and says so', () => {
    const { query, cut } = boundQuery('knee '.repeat(2000));
    expect([...query]).toHaveLength(MAX_QUERY_LENGTH);
    expect(cut).toBe(true);
  });
  it('never splits a character made of two code units', () => {
    const { query } = boundQuery('🦵'.repeat(MAX_QUERY_LENGTH + 1));
    expect(query).toBe('🦵'.repeat(MAX_QUERY_LENGTH));
  });
  it('names the limit in its note', () => {
    expect(QUERY_CUT_NOTE).toContain(String(MAX_QUERY_LENGTH));
  });
});
