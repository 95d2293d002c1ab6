// What a save or an export did, in words for the line under its buttons.
import { asAppError } from './api';

export type Outcome = { ok: boolean; text: string };

/**
 * Runs the work and says what happened: its own words when it succeeds, `failure` and the app's
 * message when it fails, or null when the user cancelled (the work answers null).
 */
export async function outcomeOf(work: () => Promise<string | null>, failure: string): Promise<Outcome | null> {
  try {
    const text = await work();
    return text === null ? null : { ok: true, text };
  } catch (error) {
    return { ok: false, text: `${failure}: ${asAppError(error).message}` };
  }
}
