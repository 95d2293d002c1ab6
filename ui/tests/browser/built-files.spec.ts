// The built UI (ui/dist, which the app embeds) against the app's rules: nothing inline that the
// Content Security Policy would block, nothing fetched from elsewhere, and none of GOV.UK's branding.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

const dist = join(import.meta.dirname, '../../dist');
const assets = readdirSync(join(dist, 'assets'));
const read = (name: string) => readFileSync(join(dist, name), 'utf8');
const html = read('index.html');
const css = assets.filter((f) => f.endsWith('.css')).map((f) => read(`assets/${f}`));
const js = assets.filter((f) => f.endsWith('.js')).map((f) => read(`assets/${f}`));

test('index.html has no inline script or style and loads only local files', () => {
  expect(html).not.toMatch(/<style/i);
  expect(html).not.toMatch(/\sstyle=/i);
  expect(html).not.toMatch(/\son[a-z]+=/i);
  for (const script of html.match(/<script[^>]*>/gi) ?? []) expect(script).toMatch(/src="\.\/assets\//);
  expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
});

test('one stylesheet, with no fonts, images or addresses elsewhere', () => {
  expect(css).toHaveLength(1);
  for (const sheet of css) {
    expect(sheet).not.toContain('GDS Transport');
    expect(sheet).not.toMatch(/@font-face/);
    expect(sheet).not.toMatch(/@import/);
    expect(sheet).not.toMatch(/url\(/);
    expect(sheet).toContain('system-ui');
  }
});

test('the scripts never fetch or open connections, nor add styles at run time', () => {
  for (const script of js) {
    // (match() rather than toMatch, so that a failure prints what was found, not the whole bundle)
    expect(script.match(/\bfetch\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon/)?.[0]).toBeUndefined();
    expect(script.match(/\.cssText|insertRule|createElement\(["'`]style["'`]\)/)?.[0]).toBeUndefined();
  }
});

test('no crown, no GOV.UK logo', () => {
  const everything = [html, ...css, ...js].join('\n');
  expect(everything.match(/govuk-logo|govuk-header__logotype|crown/i)?.[0]).toBeUndefined();
  expect(everything.match(/GOV\.UK/)?.[0]).toBeUndefined();
});
