// The costs forms' choices come from the core once and are kept: they never change while the app runs.
import { call } from '../../lib/api';
import type { CostFormOptions } from '../../lib/bindings/CostFormOptions';

let loading: Promise<CostFormOptions> | null = null;

export function costOptions(): Promise<CostFormOptions> {
  loading ??= call('cost_form_options').catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
