// The contact screens' choices come from the core once and are kept. Only the council's DBS limit
// can change while the app runs; when it does, the kept copy is updated.
import { call } from '../../lib/api';
import type { ContactFormOptions } from '../../lib/bindings/ContactFormOptions';
import type { ContactRules } from '../../lib/bindings/ContactRules';

let loading: Promise<ContactFormOptions> | null = null;

export function contactOptions(): Promise<ContactFormOptions> {
  loading ??= call('contact_form_options').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** Keeps the DBS limit the core saved, so the next screen shows the new one. */
export function rememberRules(rules: ContactRules): void {
  const kept = loading;
  if (kept) loading = kept.then((options) => ({ ...options, rules }));
}

