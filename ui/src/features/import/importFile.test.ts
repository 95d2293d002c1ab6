import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../lib/bindings/ImportPreview';
import {
  bytesOf,
  countLines,
  describeSize,
  describeSource,
  formatFromFileName,
  formatFromText,
  hasNameColumn,
  importButtonText,
  outcomeFlash,
  previewSummary,
  sourceIn,
  textToBytes,
} from './importFile';

function previewOf(added: number, duplicates: number, rejected: number, policy: 'skip' | 'merge' = 'skip'): ImportPreview {
  const row = (line: number) => ({ line, full_name: `Person ${line}`, email: null, phone: null });
  return {
    to_add: Array.from({ length: added }, (_, i) => row(i + 2)),
    duplicates: Array.from({ length: duplicates }, (_, i) => ({
      line: 100 + i,
      full_name: 'Ann',
      existing_id: 1,
      existing_name: 'Ann Smith',
      reason: 'Same email address as Ann Smith',
    })),
    rejected: Array.from({ length: rejected }, (_, i) => ({ line: 200 + i, full_name: null, reason: 'It has no name' })),
    policy,
  };
}

describe('guessing the format', () => {
  it('reads the file extension, in any case', () => {
    expect(formatFromFileName('Contacts.VCF')).toBe('vcard');
    expect(formatFromFileName('phone.vcard')).toBe('vcard');
    expect(formatFromFileName('pas.2026.csv')).toBe('csv');
    expect(formatFromFileName('notes.txt')).toBeNull();
    expect(formatFromFileName('no-extension')).toBeNull();
  });

  it('reads pasted text: a vCard begins with BEGIN:VCARD, a CSV has commas', () => {
    expect(formatFromText('  \nbegin:vcard\nFN:Ann')).toBe('vcard');
    expect(formatFromText('Name,Email\nAnn,ann@example.com')).toBe('csv');
    expect(formatFromText('just some words')).toBeNull();
  });
});

describe('the chosen source', () => {
  const file = { name: 'pas.csv', size: 2048, bytes: [65, 66] };

  it('is whichever was used last, as long as the pasted text is not blank', () => {
    expect(sourceIn(file, 'Name\nAnn', 'paste')).toEqual({ kind: 'paste', text: 'Name\nAnn' });
    expect(sourceIn(file, 'Name\nAnn', 'file')).toEqual({ kind: 'file', file });
    expect(sourceIn(file, '   ', 'paste')).toEqual({ kind: 'file', file });
    expect(sourceIn(null, 'Name', 'file')).toEqual({ kind: 'paste', text: 'Name' });
    expect(sourceIn(null, '', null)).toBeNull();
  });

  it('is sent as its bytes: pasted text as UTF-8', () => {
    expect(bytesOf({ kind: 'file', file })).toEqual([65, 66]);
    expect(bytesOf({ kind: 'paste', text: 'Zoë' })).toEqual([90, 111, 0xc3, 0xab]);
    expect(textToBytes('')).toEqual([]);
  });

  it('is described in words', () => {
    expect(describeSource({ kind: 'file', file })).toBe('the file pas.csv (2.0 KB)');
    expect(describeSource({ kind: 'paste', text: 'a\nb\nc\n' })).toBe('the 3 lines you pasted');
    expect(describeSource({ kind: 'paste', text: 'a' })).toBe('the line you pasted');
  });
});

describe('sizes and lines', () => {
  it('gives sizes in bytes, KB or MB', () => {
    expect(describeSize(1)).toBe('1 byte');
    expect(describeSize(512)).toBe('512 bytes');
    expect(describeSize(1536)).toBe('1.5 KB');
    expect(describeSize(51 * 1024 * 1024)).toBe('51.0 MB');
  });

  it('counts lines whatever ends them', () => {
    expect(countLines('')).toBe(0);
    expect(countLines('one')).toBe(1);
    expect(countLines('one\r\ntwo\rthree\n')).toBe(3);
  });
});

describe('the name column', () => {
  it('is a full, first or last name', () => {
    expect(hasNameColumn(['full_name', 'email'])).toBe(true);
    expect(hasNameColumn([null, 'family_name'])).toBe(true);
    expect(hasNameColumn(['given_name'])).toBe(true);
    expect(hasNameColumn(['email', null, 'phone'])).toBe(false);
    expect(hasNameColumn([])).toBe(false);
  });
});

describe('the check step in words', () => {
  it('sums up the preview, leaving out what is not there', () => {
    expect(previewSummary(previewOf(12, 2, 1))).toBe('12 to add, 2 already in your contacts, 1 cannot be imported');
    expect(previewSummary(previewOf(3, 0, 0))).toBe('3 to add');
    expect(previewSummary(previewOf(0, 1, 0))).toBe('0 to add, 1 already in your contacts');
  });

  it('merges only into saved contacts: a row repeating an earlier row is skipped', () => {
    const preview = previewOf(0, 2, 0, 'merge');
    preview.duplicates[1].existing_id = null;
    expect(importButtonText(preview)).toBe('Merge 1 contact');
  });

  it('says on the button what will happen', () => {
    expect(importButtonText(previewOf(12, 2, 1))).toBe('Import 12 contacts');
    expect(importButtonText(previewOf(1, 0, 0))).toBe('Import 1 contact');
    expect(importButtonText(previewOf(0, 2, 0, 'merge'))).toBe('Merge 2 contacts');
  });
});

describe('the message after importing', () => {
  it('gives the number added, then what else happened', () => {
    expect(outcomeFlash({ added: 12, merged: 0, skipped: 2, rejected: 1 })).toEqual({
      heading: '12 contacts imported',
      body: '2 contacts skipped because you already had them, 1 contact could not be imported.',
    });
    expect(outcomeFlash({ added: 1, merged: 3, skipped: 0, rejected: 0 })).toEqual({
      heading: '1 contact imported',
      body: '3 contacts merged with contacts you already had.',
    });
    expect(outcomeFlash({ added: 4, merged: 0, skipped: 0, rejected: 0 })).toEqual({
      heading: '4 contacts imported',
      body: undefined,
    });
  });
});
