// Where to save a PDF and which template file to load: asked in the system's dialogs.
import { open, save } from '@tauri-apps/plugin-dialog';

/** "Direct payment agreement – Margaret Ellis" → a file name safe on every system. */
export function pdfFileName(title: string, name: string): string {
  const base = `${title} - ${name}`.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim();
  return `${base}.pdf`;
}

/**
 * Asks where to save the PDF; null when the dialog was cancelled. The Save dialog does not add the
 * extension; the app adds ".pdf" when it is missing. The end-to-end tests set
 * `window.__DPHUB_E2E_SAVE_PATH__` (see e2e_save_path in src-tauri/lib.rs) to skip the dialog.
 */
export async function choosePdfPath(defaultName: string): Promise<string | null> {
  const testPath = (window as { __DPHUB_E2E_SAVE_PATH__?: unknown }).__DPHUB_E2E_SAVE_PATH__;
  if (typeof testPath === 'string') return testPath;
  return save({
    title: 'Save the document as PDF',
    defaultPath: defaultName,
    filters: [{ name: 'PDF document', extensions: ['pdf'] }],
  });
}

/** Asks for a council's template file; null when cancelled. */
export async function chooseTemplateFile(): Promise<string | null> {
  const path = await open({
    title: "Choose the council's template",
    multiple: false,
    directory: false,
    filters: [{ name: 'Template (Markdown)', extensions: ['md', 'txt'] }],
  });
  return typeof path === 'string' ? path : null;
}
