// Where to save the calendar file: asked in the system's Save dialog.
import { save } from '@tauri-apps/plugin-dialog';
import { withIcsExtension } from './checklistText';

/**
 * Asks where to save the .ics file; null when the dialog was cancelled.
 *
 * WebDriver cannot drive the system's Save dialog, so the end-to-end tests start the app with
 * DPHUB_E2E_SAVE_PATH set; only then does the app shell define `window.__DPHUB_E2E_SAVE_PATH__`
 * (see e2e_save_path in src-tauri/lib.rs), and that path is used instead of asking.
 */
export async function chooseIcsPath(): Promise<string | null> {
  const testPath = (window as { __DPHUB_E2E_SAVE_PATH__?: unknown }).__DPHUB_E2E_SAVE_PATH__;
  if (typeof testPath === 'string') return testPath;
  const path = await save({
    title: 'Export due dates to a calendar',
    defaultPath: 'dp-hub-due-dates.ics',
    filters: [{ name: 'Calendar file', extensions: ['ics'] }],
  });
  return path === null ? null : withIcsExtension(path);
}
