// The one way the UI calls the app: `call(name, args)`, typed by the command map generated from
// the Rust command list (./bindings/commands.ts), so a wrong name, argument or result type fails
// to compile. Nothing here repeats a command's name or shape by hand.
import { invoke } from '@tauri-apps/api/core';
import type { AppError } from './bindings/AppError';
import type { Commands } from './bindings/commands';
import type { NoArgs } from './bindings/NoArgs';

export type CommandName = keyof Commands;
export type ArgsOf<K extends CommandName> = Commands[K]['args'];
export type ResultOf<K extends CommandName> = Commands[K]['result'];

/** Calls a command; a command without arguments is called with its name alone. */
export function call<K extends CommandName>(
  name: K,
  ...args: NoArgs extends ArgsOf<K> ? [] : [ArgsOf<K>]
): Promise<ResultOf<K>> {
  return invoke<ResultOf<K>>(name, (args[0] ?? {}) as Record<string, unknown>);
}

/** Every rejected command carries an AppError; anything else is turned into one. */
export function asAppError(error: unknown): AppError {
  if (error && typeof error === 'object' && 'kind' in error && 'message' in error) {
    return error as AppError;
  }
  return { kind: 'storage', message: String(error) };
}
