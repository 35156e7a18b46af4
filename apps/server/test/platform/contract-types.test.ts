import { describe, expectTypeOf, it } from 'vitest';
import type { balanced } from '@clientele/schemas/balanced';
import type { dwolla } from '@clientele/schemas/dwolla';
import type { Handler, Handlers, ResultOf } from '../../src/platform/handlers.ts';

/**
 * Handler results are typed by the route table: `pnpm typecheck` (part of `pnpm test`) compiles
 * this file, and each `@ts-expect-error` fails the build if the line it marks ever compiles.
 */
type Balanced = typeof balanced;
type Dwolla = typeof dwolla;
type Retrieve = Handler<Balanced['routes']['retrieveCustomer'], Balanced['module']>;
type Create = Handler<Dwolla['routes']['createCustomer'], Dwolla['module']>;
type BalancedCustomer = Extract<ResultOf<Balanced['routes']['retrieveCustomer'], Balanced['module']>, { status: 200 }>['body'];

declare const customer: BalancedCustomer;

describe('handler results are checked against the route table by the compiler', () => {
  it('accepts the documented status with its documented body', () => {
    const ok: Retrieve = async () => ({ status: 200, body: customer });
    const created: Create = async () => ({ status: 201, headers: { location: 'http://localhost/customers/X' } });
    expectTypeOf(ok).toBeFunction();
    expectTypeOf(created).toBeFunction();
  });

  it('rejects an undocumented status', () => {
    // @ts-expect-error retrieveCustomer documents 200 only among its successes
    const wrongStatus: Retrieve = async () => ({ status: 201, body: customer });
    // @ts-expect-error errors are thrown as problems, never returned
    const errorStatus: Retrieve = async () => ({ status: 404, body: customer });
    expectTypeOf(wrongStatus).toBeFunction();
    expectTypeOf(errorStatus).toBeFunction();
  });

  it('rejects a body of the wrong shape, and a body where the route documents none', () => {
    // @ts-expect-error a Balanced customer has no `firstName`, and lacks its own fields
    const wrongBody: Retrieve = async () => ({ status: 200, body: { firstName: 'Bob' } });
    // @ts-expect-error Dwolla's create answers 201 with an empty body
    const unexpectedBody: Create = async () => ({ status: 201, body: { id: 'X' } });
    expectTypeOf(wrongBody).toBeFunction();
    expectTypeOf(unexpectedBody).toBeFunction();
  });

  it('insists on a handler for every operation (HEAD operations reuse their GET)', () => {
    expectTypeOf<keyof Handlers<Balanced>>().toEqualTypeOf<
      'createCustomer' | 'retrieveCustomer' | 'listCustomers' | 'updateCustomer' | 'createCallback' | 'listCallbacks' | 'retrieveCallback' | 'deleteCallback' | 'listEvents' | 'retrieveEvent'
    >();
    const others = { createCallback: null!, listCallbacks: null!, retrieveCallback: null!, deleteCallback: null!, listEvents: null!, retrieveEvent: null! };
    // @ts-expect-error updateCustomer is missing
    const partial: Handlers<Balanced> = { createCustomer: null!, retrieveCustomer: null!, listCustomers: null!, ...others };
    expectTypeOf(partial).toBeObject();
  });
});
