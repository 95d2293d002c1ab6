import { describe, expect, it, vi } from 'vitest';

vi.mock('@tauri-apps/api/core', () => ({
  invoke: vi.fn(async (name: string, args: unknown) => ({ name, args })),
}));

import { call } from './api';

describe('call', () => {
  it('sends the command name and its arguments as they are', async () => {
    expect(await call('get_person', { id: 3 })).toEqual({ name: 'get_person', args: { id: 3 } });
    expect(await call('app_info')).toEqual({ name: 'app_info', args: {} });
  });

  it('is checked against the generated command map when compiled', () => {
    // Never run: each line must fail the type check (npm run check fails if one compiles).
    const never = () => {
      // @ts-expect-error: there is no such command
      void call('get_persons', { id: 3 });
      // @ts-expect-error: an id is a number
      void call('get_person', { id: '3' });
      // @ts-expect-error: a command that takes arguments needs them
      void call('get_person');
      // @ts-expect-error: an argument the command does not take
      void call('archive_person', { id: 3, reason: 'x' });
    };
    expect(typeof never).toBe('function');
  });
});
