// The costs forms' choices come from the core once and are kept: they never change while the app runs.
import { api } from '../../lib/api';
import type { CostFormOptions } from '../../lib/bindings/CostFormOptions';

let loading: Promise<CostFormOptions> | null = null;

export function costOptions(): Promise<CostFormOptions> {
  loading ??= api.costFormOptions().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
