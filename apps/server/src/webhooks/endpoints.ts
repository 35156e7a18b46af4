import type { Store } from '@clientele/store';
import { bumpGeneration } from '../sandbox/settings.ts';

/** What each delivery worker of this process forgets when a tenant may have gained an endpoint. */
const forgetters = new Set<() => void>();

/** Registers a worker's forgetting; the returned function removes it (the worker stops). */
export function whenEndpointsAdded(forget: () => void): () => void {
  forgetters.add(forget);
  return () => void forgetters.delete(forget);
}

/** Every worker of this process forgets which tenants it found with no endpoint (another instance added one). */
export const forgetQuietTenants = () => forgetters.forEach((forget) => forget());

/**
 * A tenant may have gained an endpoint (one registered, its data imported or reset): the delivery
 * workers of this process forget at once which tenants they found with none, those of other
 * instances when they next read what instances share, so those tenants' writes make them look again.
 */
export async function endpointsAdded(store: Store): Promise<void> {
  forgetQuietTenants();
  await bumpGeneration(store, 'endpoints');
}
