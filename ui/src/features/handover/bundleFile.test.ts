import { describe, expect, it } from 'vitest';
import { bundleFileName, fileNameOf, withBundleExtension } from './bundleFile';

describe('handover bundle files', () => {
  it('names the file after the person, without characters a system refuses', () => {
    expect(bundleFileName('Zoë Łukasiewicz')).toBe('Zoë Łukasiewicz - handover.dphub-handover');
    expect(bundleFileName('A/B: "C"')).toBe('A B C - handover.dphub-handover');
  });

  it('adds the extension only when it is missing', () => {
    expect(withBundleExtension('/home/pat/zoe')).toBe('/home/pat/zoe.dphub-handover');
    expect(withBundleExtension('/home/pat/zoe.DPHUB-HANDOVER')).toBe('/home/pat/zoe.DPHUB-HANDOVER');
  });

  it('shows the file name of a path from any system', () => {
    expect(fileNameOf('/home/pat/Documents/zoe.dphub-handover')).toBe('zoe.dphub-handover');
    expect(fileNameOf('C:\\Users\\pat\\zoe.dphub-handover')).toBe('zoe.dphub-handover');
  });
});
