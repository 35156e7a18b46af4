import type { NewEvent, Store } from '@clientele/store';

/** Appends events to the outbox: inside a write handler (its transaction), one statement for all of them. */
export const emit = (store: Store, events: readonly NewEvent[]): Promise<void> => store.outbox.append(events);
