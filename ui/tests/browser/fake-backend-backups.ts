// A fake backend for the Data and backups screen, installed after the first (fake-backend.ts) and
// wrapping its window.__TAURI_INTERNALS__.invoke. Its answers are the real app's, recorded by
// tests/ipc_backups.rs (generated/backups.json: made from a database with two people, with times,
// names and paths made steady); only which recorded answer fits is chosen here.
//
// installBackupsFakeBackend is serialised into the page by page.addInitScript, so it must not use
// anything from outside its own body.
import { readFileSync } from 'node:fs';

export type BackupsRecording = {
  passphrase: string;
  [answer: string]: unknown;
};

export const BACKUPS: BackupsRecording = JSON.parse(
  readFileSync(new URL('./generated/backups.json', import.meta.url), 'utf8'),
);

export function installBackupsFakeBackend(setup: { recording: BackupsRecording; delayMs: number }): void {
  type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any
  const win = window as Json;
  const internals = win.__TAURI_INTERNALS__;
  const original: (cmd: string, args?: Json, options?: Json) => Promise<Json> = internals.invoke;
  const r = setup.recording as Json;
  const copy = (value: unknown) => JSON.parse(JSON.stringify(value));
  const refuse = (error: unknown) => {
    throw copy(error);
  };
  const later = <T>(value: () => T) => new Promise<T>((resolve, reject) => setTimeout(() => {
    try {
      resolve(value());
    } catch (e) {
      reject(e);
    }
  }, setup.delayMs));
  let overview = copy(r.overview);
  const calls: { cmd: string; args: Json }[] = [];
  win.__backupCalls = calls;

  let protection = copy(r.protection);
  let held = '';
  const commands: Record<string, (args: Json) => unknown> = {
    backup_overview: () => copy(overview),
    database_protection: () => protection,
    // As recorded: typed differently, the current one wrong, or done (the first passphrase in
    // place of the keychain's key; later ones asking for the one before).
    change_passphrase: ({ current_passphrase, new_passphrase, confirm_new_passphrase }) =>
      later(() => {
        if (new_passphrase !== confirm_new_passphrase) refuse(r.change_differ);
        if (protection === 'passphrase' && current_passphrase !== held) refuse(r.change_wrong);
        held = new_passphrase;
        protection = copy(r.changed);
        return protection;
      }),
    check_backup_passphrase: ({ passphrase, confirm }) =>
      passphrase !== confirm ? refuse(r.check_differ) : [...passphrase].length < 8 ? refuse(r.check_short) : null,
    'plugin:dialog|save': () => r.created.file,
    'plugin:dialog|open': () => r.created.file,
    create_backup: () => later(() => copy(r.created)),
    verify_backup: ({ passphrase }) => later(() => (passphrase === r.passphrase ? copy(r.verified) : refuse(r.verify_wrong))),
    restore_backup: ({ passphrase }) => later(() => (passphrase === r.passphrase ? copy(r.restored) : refuse(r.verify_wrong))),
    verify_automatic_backup: () => later(() => copy(r.verify_automatic)),
    restore_automatic_backup: () => later(() => ({ ...copy(r.restored), restored: copy(r.verify_automatic) })),
    set_backups_keep: ({ keep }) => {
      const n = /^\s*\d+\s*$/.test(keep) ? Number(keep) : NaN;
      if (!(n >= 1 && n <= 100)) refuse(r.keep_bad);
      overview = { ...overview, keep: n };
      return copy(overview);
    },
  };

  internals.invoke = async (cmd: string, args: Json = {}, options?: Json) => {
    const handler = commands[cmd];
    if (!handler) return original(cmd, args, options);
    calls.push({ cmd, args: copy(args) });
    return handler(args);
  };
}
