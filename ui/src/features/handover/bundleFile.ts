// Where to save a handover bundle and which bundle to open: asked in the system's dialogs.
import { open, save } from '@tauri-apps/plugin-dialog';

/** The extension DP Hub gives handover bundles. */
export const BUNDLE_EXTENSION = 'dphub-handover';

/** "Zoë Łukasiewicz" → "Zoë Łukasiewicz - handover.dphub-handover", safe on every system. */
export function bundleFileName(name: string): string {
  const base = `${name} - handover`.replace(/[\\/:*?"<>|]+/g, ' ').replace(/\s+/g, ' ').trim();
  return `${base}.${BUNDLE_EXTENSION}`;
}

/** The Save dialog on Linux does not add the extension: add it when it is missing. */
export function withBundleExtension(path: string): string {
  return path.toLowerCase().endsWith(`.${BUNDLE_EXTENSION}`) ? path : `${path}.${BUNDLE_EXTENSION}`;
}

/** The last part of a path, for showing which file was chosen. */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** Asks where to save the bundle; null when cancelled. */
export async function chooseBundleSavePath(defaultName: string): Promise<string | null> {
  const path = await save({
    title: "Save the person's records for handing over",
    defaultPath: defaultName,
    filters: [{ name: 'DP Hub handover bundle', extensions: [BUNDLE_EXTENSION] }],
  });
  return path ? withBundleExtension(path) : null;
}

/** Asks for a bundle to import; null when cancelled. */
export async function chooseBundleFile(): Promise<string | null> {
  const path = await open({
    title: 'Choose the handover bundle',
    multiple: false,
    directory: false,
    filters: [{ name: 'DP Hub handover bundle', extensions: [BUNDLE_EXTENSION] }],
  });
  return typeof path === 'string' ? path : null;
}
