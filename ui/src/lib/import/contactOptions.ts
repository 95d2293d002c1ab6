// The contact form's choices (import formats, fields, duplicate policies) come from the core once.
import { api } from '../api';
import type { ContactFormOptions } from '../bindings/ContactFormOptions';

let loading: Promise<ContactFormOptions> | null = null;

export function contactOptions(): Promise<ContactFormOptions> {
  loading ??= api.contactFormOptions().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
