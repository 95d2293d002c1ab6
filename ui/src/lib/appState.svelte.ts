// What every screen may need to know: the app's details (and whether its data could be opened) and
// which person is the current one.
import { call } from './api';
import type { AppInfo } from './bindings/AppInfo';
import type { PersonSummary } from './bindings/PersonSummary';

type AppState = {
  info: AppInfo | null;
  infoError: string | null;
  current: PersonSummary | null;
};

export const appState: AppState = $state({ info: null, infoError: null, current: null });

export async function loadAppInfo(): Promise<void> {
  try {
    appState.info = await call('app_info');
    appState.infoError = null;
  } catch (error) {
    appState.infoError = String((error as { message?: string })?.message ?? error);
  }
}

export async function refreshCurrentPerson(): Promise<void> {
  try {
    appState.current = await call('current_person');
  } catch {
    appState.current = null;
  }
}
