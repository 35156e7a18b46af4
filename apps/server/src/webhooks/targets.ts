import type { Store } from '@clientele/store';

/** The sandbox setting holding the targets deliveries may go to (JSON: a list of hosts and URL prefixes); absent: any. */
export const TARGETS_SETTING = 'webhooks.allowed_targets';

export async function allowedTargets(store: Store): Promise<string[] | null> {
  const value = await store.sandbox.settings.get(TARGETS_SETTING);
  return value === undefined ? null : (JSON.parse(value) as string[] | null);
}

/** Whether `url` is among `targets`: a target with `://` is a URL prefix, any other a host (`host` or `host:port`). */
export function matchesTargets(url: string, targets: readonly string[] | null): boolean {
  if (targets === null) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return targets.some((target) => (target.includes('://') ? url.startsWith(target) : target === parsed.hostname || target === parsed.host));
}

export const targetAllowed = async (store: Store, url: string) => matchesTargets(url, await allowedTargets(store));
