import { gate, type Gate, type OpenedStore } from '@clientele/store/testing';
import type { Store } from '@clientele/store';

type Credentials = Store['sandbox']['credentials'];
/** The credential writes a test can hold a server's store at. */
type Held = 'replaceSecret' | 'insertHashed';

/**
 * A store whose next call of a credential write can be held, before or after it reaches the
 * database, while the test sends the request that overtakes it: interleavings forced, not timed.
 */
export function heldStore() {
  const waiting = new Map<Held, { readonly when: 'before' | 'after'; readonly gate: Gate }>();
  const at = async (method: Held, when: 'before' | 'after') => {
    const held = waiting.get(method);
    if (held?.when !== when) return;
    waiting.delete(method);
    await held.gate.hold();
  };
  const around = <A extends unknown[], R>(method: Held, write: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      await at(method, 'before');
      const result = await write(...args);
      await at(method, 'after');
      return result;
    };
  return {
    /** Holds the next call of `method`, before or after its write; `reached` tells when it is held. */
    next(method: Held, when: 'before' | 'after'): Pick<Gate, 'reached' | 'release'> {
      const held = gate();
      waiting.set(method, { when, gate: held });
      return held;
    },
    /** The opened store, with its credential writes holdable. */
    around(opened: OpenedStore): OpenedStore {
      const { store } = opened;
      const credentials: Credentials = {
        ...store.sandbox.credentials,
        replaceSecret: around('replaceSecret', store.sandbox.credentials.replaceSecret),
        insertHashed: around('insertHashed', store.sandbox.credentials.insertHashed),
      };
      return { ...opened, store: { ...store, sandbox: { ...store.sandbox, credentials } } };
    },
  };
}
