import { Type } from '@sinclair/typebox';

/** A HAL link object (`{"href": "https://…"}`): every `_links` entry of a HAL+JSON API. */
export const HalLink = (description = 'A link to a related resource.') =>
  Type.Object({ href: Type.String({ format: 'uri', description: 'Absolute URL.' }) }, { additionalProperties: false, description });
