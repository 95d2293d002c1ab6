// Where to save a backup and which backup to restore: asked in the system's dialogs. The end-to-end
// tests set window.__DPHUB_E2E_SAVE_PATH__ (see e2e_save_path in src-tauri/lib.rs) to skip them.
import { open, save } from '@tauri-apps/plugin-dialog';

function testPath(): string | null {
  const path = (window as { __DPHUB_E2E_SAVE_PATH__?: unknown }).__DPHUB_E2E_SAVE_PATH__;
  return typeof path === 'string' ? path : null;
}

/** Asks where to save the backup; null when cancelled. The app adds ".dphub-backup" when missing. */
export async function chooseBackupPath(defaultName: string): Promise<string | null> {
  return (
    testPath() ??
    save({
      title: 'Save the backup',
      defaultPath: defaultName,
      filters: [{ name: 'DP Hub backup', extensions: ['dphub-backup'] }],
    })
  );
}

/** Asks for a backup file to restore; null when cancelled. */
export async function chooseBackupFile(): Promise<string | null> {
  const given = testPath();
  if (given) return given;
  const path = await open({
    title: 'Choose the backup to restore',
    multiple: false,
    directory: false,
    filters: [{ name: 'DP Hub backup', extensions: ['dphub-backup'] }],
  });
  return typeof path === 'string' ? path : null;
}
