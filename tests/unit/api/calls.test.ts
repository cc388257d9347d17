import { describe, expect, it } from 'vitest';
import { apiCalls, ApiRequestError, isCallName, parseCall, type CallName } from '../../../shared/api/calls';

// Schemas are built on a call's first check, so a schema that cannot be built would only show
// when that call is first made: every one is built and exercised here.
describe('the API contract', () => {
  const names = Object.keys(apiCalls) as CallName[];

  it('builds every call’s schema, and each refuses an argument it does not know', () => {
    expect(names.length).toBeGreaterThan(50);
    for (const name of names) {
      expect(isCallName(name)).toBe(true);
      expect(() => parseCall(name, { notAnArgument: 1 }), name).toThrow(ApiRequestError);
      expect(() => parseCall(name, { notAnArgument: 1 }), name).toThrow(`Invalid arguments for ${name}`);
    }
  });

  it('checks the same call the same way each time it is made', () => {
    const first = parseCall('articles.list', { limit: 5, query: 'talks' });
    expect(parseCall('articles.list', { limit: 5, query: 'talks' })).toEqual(first);
    expect(apiCalls['articles.list'].args).toBe(apiCalls['articles.list'].args);
    expect(() => parseCall('articles.list', { limit: 0 })).toThrow(/Invalid arguments for articles\.list/);
  });

  it('shares a building block between calls without building it twice', () => {
    // statements.get and statements.confirm both take the desk's positive id.
    const get = apiCalls['statements.get'].args.shape.id;
    const confirm = apiCalls['statements.confirm'].args.shape.id;
    expect(get).toBe(confirm);
    expect(() => parseCall('statements.get', { id: -1 })).toThrow(ApiRequestError);
    expect(parseCall('statements.confirm', { id: 3 }).args).toEqual({ id: 3 });
  });

  it('refuses an unknown call by name', () => {
    expect(() => parseCall('archive.drop', {})).toThrow('Unknown call: archive.drop');
  });
});
