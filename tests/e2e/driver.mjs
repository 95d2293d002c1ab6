// Starts the real DP Hub binary through tauri-driver (which drives WebKitGTK's WebKitWebDriver) and
// hands back a WebdriverIO browser. Run under a display (xvfb-run in scripts/test.sh).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { remote } from 'webdriverio';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// Where cargo built them: CARGO_TARGET_DIR when set, else target/.
const targetDir = process.env.CARGO_TARGET_DIR ? path.resolve(process.env.CARGO_TARGET_DIR) : path.join(root, 'target');
export const appBinary = path.join(targetDir, 'debug', 'dp-hub');
export const cliBinary = path.join(targetDir, 'debug', 'dphub');
export const artifacts = path.join(root, 'tests', 'e2e', 'artifacts');

// The app and the CLI unlock the tests' (encrypted) databases with this passphrase, and never touch
// the system keychain: both read these from the environment, which the app inherits via tauri-driver.
process.env.DPHUB_PASSPHRASE ??= 'e2e passphrase, not a secret';
process.env.DPHUB_KEYCHAIN ??= 'off';

function waitForPort(port, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => { socket.end(); resolve(); });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`tauri-driver did not listen on ${port}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/** A TCP port nobody is listening on now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts tauri-driver with the app pointed at `dbPath` (and any extra environment, such as
 * DPHUB_E2E_SAVE_PATH for exports); returns { browser, stop }.
 */
export async function launchApp(dbPath, env = {}) {
  // Free ports for tauri-driver and the WebKitWebDriver it starts, so a stray driver can't collide.
  const port = await freePort();
  const nativePort = await freePort();
  if (!existsSync(appBinary)) throw new Error(`Build the app first: ${appBinary} is missing`);
  mkdirSync(artifacts, { recursive: true });
  const driverBin = process.env.TAURI_DRIVER ?? path.join(os.homedir(), '.cargo', 'bin', 'tauri-driver');
  const driver = spawn(driverBin, ['--port', String(port), '--native-port', String(nativePort)], {
    env: { ...process.env, ...env, DPHUB_DB: dbPath },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const stopDriver = async () => {
    if (driver.exitCode !== null || driver.signalCode !== null) return;
    driver.kill();
    await new Promise((r) => driver.once('exit', r));
  };
  let browser;
  try {
    await waitForPort(port, 20_000);
    browser = await remote({
      hostname: '127.0.0.1',
      port,
      logLevel: 'error',
      capabilities: {
        'tauri:options': { application: appBinary },
        // WebKitWebDriver speaks classic WebDriver only; WebdriverIO 9 would otherwise ask for BiDi.
        'wdio:enforceWebDriverClassic': true,
      },
    });
  } catch (error) {
    await stopDriver();
    throw error;
  }
  const stop = async () => {
    try { await browser.deleteSession(); } catch { /* the app may already have quit */ }
    await stopDriver();
  };
  return { browser, stop };
}

export function tempDb() {
  const dir = path.join(os.tmpdir(), `dphub-e2e-${process.pid}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  return path.join(dir, 'e2e.sqlite3');
}
