import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openScreen, router, screenVisit } from './router.svelte';

describe('openScreen', () => {
  beforeEach(() => {
    // Only what openScreen touches: the title, and elements to focus (none here).
    (globalThis as { document?: unknown }).document = {
      title: '',
      getElementById: () => null,
      querySelector: () => null,
    };
  });
  afterEach(() => {
    delete (globalThis as { document?: unknown }).document;
  });

  it("names the window after the screen that is showing", () => {
    openScreen('People', null, screenVisit());
    expect(document.title).toBe('People – DP Hub');
  });

  it('leaves the window alone when a screen finishes loading after another was opened', () => {
    const home = screenVisit();
    router.visits += 1; // the user went on to another screen before Home had loaded
    openScreen('Page not found', null, screenVisit());
    openScreen('What needs doing', null, home);
    expect(document.title).toBe('Page not found – DP Hub');
  });
});
