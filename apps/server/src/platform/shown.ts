/**
 * Text made ahead: a document as its API shows it, serialized when it was written (the store keeps
 * it beside the data, see resources.ts). A response holding such text sends it as it is: the body
 * itself, or an array of them spliced into the envelope serialized around it. No stored document
 * is parsed or serialized again to be read.
 */

/** JSON text of a value, made by the serializer of the value's schema (the one a route's own runs for it). */
export class Shown {
  constructor(readonly text: string) {}
  /** Where a body is written with JSON.stringify instead (no compiled serializer): the value the text stands for. */
  toJSON(): unknown {
    return JSON.parse(this.text);
  }
}

/** The place in a body of an array of shown values: the key holding it, and the body with that array emptied. */
interface Slot {
  readonly key: string;
  readonly items: readonly Shown[];
  readonly emptied: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const allShown = (value: unknown): value is Shown[] => Array.isArray(value) && value.length > 0 && value.every((item) => item instanceof Shown);

/** The array of shown values in an envelope, at its top or one object down (`_embedded.customers`); undefined when there is none. */
function slotOf(body: Record<string, unknown>, depth = 0): Slot | undefined {
  for (const key in body) {
    const value = body[key];
    if (allShown(value)) return { key, items: value, emptied: { ...body, [key]: [] } };
    if (depth === 0 && isRecord(value)) {
      const inner = slotOf(value, 1);
      if (inner) return { ...inner, emptied: { ...body, [key]: inner.emptied } };
    }
  }
  return undefined;
}

/**
 * `serialize(body)`, with shown text put in as it is: a body that is shown text is that text; an
 * envelope holding an array of them is serialized with the array empty, and the texts go between
 * its brackets. Its key followed by `:[]` can stand nowhere else in the envelope's text: a quote
 * inside a string is escaped, and the array is the only one emptied.
 */
export function withShown(body: unknown, serialize: (body: unknown) => string): string {
  if (body instanceof Shown) return body.text;
  const slot = isRecord(body) ? slotOf(body) : undefined;
  if (!slot) return serialize(body);
  const text = serialize(slot.emptied);
  const marker = `${JSON.stringify(slot.key)}:[]`;
  const at = text.indexOf(marker);
  if (at < 0 || text.includes(marker, at + 1)) throw new Error(`shown items: no single empty "${slot.key}" array in the serialized envelope`);
  const inside = at + marker.length - 1;
  return `${text.slice(0, inside)}${slot.items.map((item) => item.text).join(',')}${text.slice(inside)}`;
}
