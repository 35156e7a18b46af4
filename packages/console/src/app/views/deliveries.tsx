import { useState } from 'preact/hooks';
import { notFound, type AdminTypes } from '../admin';
import type { ViewProps } from '../main';
import { Pager, Problem, Section, TenantSelect, time, useAction, useLoad } from '../ui';

type Delivery = AdminTypes.Delivery;
type Attempt = AdminTypes.DeliveryAttempt;

const PAGE = 50;
const STATES: readonly Delivery['state'][] = ['pending', 'succeeded', 'failed', 'held', 'cancelled'];

const answered = (status: number | null) => (status === null ? 'no answer' : String(status));
const statusClass = (status: number | null) => `status s${status === null ? 0 : String(status)[0]}`;

function Attempts({ attempts }: { attempts: readonly Attempt[] }) {
  if (!attempts.length) return <p>No attempt yet.</p>;
  return (
    // Nothing in it takes focus: the box itself does, so the keyboard scrolls it on a narrow screen.
    <div class="scroll" tabIndex={0} role="region" aria-label="Attempts">
      <table class="attempts" data-testid="attempts">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Time</th>
            <th scope="col">Status</th>
            <th scope="col">ms</th>
            <th scope="col">Received</th>
            <th scope="col">Answer (start)</th>
            <th scope="col">URL</th>
          </tr>
        </thead>
        <tbody>
          {attempts.map((a) => (
            <tr key={a.n} data-ok={a.ok}>
              <td>{a.n}</td>
              <td>{time(a.at)}</td>
              <td class={statusClass(a.status)}>{answered(a.status)}</td>
              <td>{a.duration_ms}</td>
              <td>{a.ok ? 'yes' : 'no'}</td>
              <td>
                <code>{a.excerpt}</code>
              </td>
              <td>
                <code>{a.url}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DeliveryDetail({ admin, tenant, id, refreshed, onChange }: { admin: ViewProps['admin']; tenant: string; id: string; refreshed: number; onChange: () => void }) {
  const loaded = useLoad(async () => (await admin.getDelivery(tenant, id)).data, [tenant, id, refreshed]);
  const replay = useAction();
  const [result, setResult] = useState('');
  const delivery = loaded.value;
  const run = async () => {
    setResult('');
    const done = await replay.act(async () => (await admin.replayDelivery(tenant, id)).data);
    if (!done) return;
    const made = done.attempts.at(-1);
    setResult(made ? `Replayed. Attempt ${made.n}: ${answered(made.status)} in ${made.duration_ms} ms, ${made.ok ? 'received' : 'not received'}.` : 'Replayed.');
    loaded.reload();
    onChange();
  };
  return (
    <Section title={`Delivery ${id}`}>
      {/* The id may have been typed: a 404 names that field (the server's own words would name only the path). */}
      <Problem error={notFound(loaded.error) ? new Error(`Delivery id: tenant ${tenant} has no delivery ${id}.`) : loaded.error} />
      {delivery && (
        <>
          <dl class="facts">
            <dt>State</dt>
            <dd data-testid="delivery-state">{delivery.state}</dd>
            <dt>Next attempt</dt>
            <dd>{delivery.next_attempt_at ? time(delivery.next_attempt_at) : 'none due'}</dd>
            <dt>To</dt>
            <dd>
              <code>{delivery.url}</code> (endpoint <code>{delivery.endpoint_id}</code>)
            </dd>
            <dt>Event</dt>
            <dd>
              <code>{delivery.event_id}</code> of {delivery.api}, {time(delivery.created_at)}
            </dd>
          </dl>
          <h3>Attempts</h3>
          <Attempts attempts={delivery.attempts} />
          <p class="actions">
            <button type="button" onClick={run} disabled={replay.busy}>
              {replay.busy ? 'Replaying…' : 'Replay now'}
            </button>
            <span role="status" data-testid="replay-result">
              {result}
            </span>
          </p>
          <p class="hint">A replay makes one more attempt now, whatever became of the delivery; if it fails, the retry schedule goes on from it.</p>
        </>
      )}
      <Problem error={replay.error} />
    </Section>
  );
}

export function DeliveriesView({ admin, config }: ViewProps) {
  const [api, setApi] = useState('');
  const tenants = useLoad(async () => (await admin.listTenants({ ...(api ? { api } : {}), limit: 1000 })).data.items, [api]);
  const [tenant, setTenant] = useState('');
  const chosen = tenants.value?.some((t) => t.id === tenant) ? tenant : (tenants.value?.[0]?.id ?? '');
  const [offset, setOffset] = useState(0);
  const list = useLoad(async () => (chosen ? (await admin.listDeliveries(chosen, { limit: PAGE, offset })).data : undefined), [chosen, offset]);
  const targets = useLoad(async () => (await admin.getWebhookTargets()).data.targets, []);
  const [state, setState] = useState('');
  const [selected, setSelected] = useState<string>();
  const [wanted, setWanted] = useState('');
  const [refreshed, setRefreshed] = useState(0);
  const shown = list.value?.items.filter((d) => !state || d.state === state) ?? [];
  const choose = (next: string) => (setTenant(next), setOffset(0), setSelected(undefined));

  return (
    <>
      <Section title="Tenant">
        <Problem error={tenants.error} />
        <form
          class="inline"
          onSubmit={(event) => {
            event.preventDefault();
            if (wanted.trim()) setSelected(wanted.trim());
          }}
        >
          <label>
            API
            <select name="api" value={api} onChange={(e) => (setApi(e.currentTarget.value), choose(''))}>
              <option value="">any</option>
              {config.apis.map((a) => (
                <option value={a.name}>{a.title}</option>
              ))}
            </select>
          </label>
          <TenantSelect tenants={tenants.value} value={chosen} onChange={choose} />
          <label>
            State (of those shown)
            <select name="state" value={state} onChange={(e) => setState(e.currentTarget.value)}>
              <option value="">any</option>
              {STATES.map((s) => (
                <option value={s}>{s}</option>
              ))}
            </select>
          </label>
          <label>
            Delivery id
            <input name="delivery" value={wanted} onInput={(e) => setWanted(e.currentTarget.value)} />
          </label>
          <button type="submit" disabled={!chosen}>
            Open
          </button>
          <button type="button" onClick={() => (tenants.reload(), list.reload(), setRefreshed(refreshed + 1))}>
            Refresh
          </button>
        </form>
        <p class="hint" data-testid="targets">
          {targets.value === undefined
            ? ''
            : targets.value === null
              ? 'Deliveries may go to any URL a tenant registers.'
              : `Deliveries may go only to: ${targets.value.join(', ') || 'nowhere'}.`}{' '}
          Only Dwolla (webhook subscriptions) and Balanced (callbacks) send events.
        </p>
        <Problem error={targets.error} />
      </Section>
      <Section title="Deliveries">
        <Problem error={list.error} />
        <div class="scroll">
          <table class="deliveries" data-testid="deliveries">
            <thead>
              <tr>
                <th scope="col">Delivery</th>
                <th scope="col">State</th>
                <th scope="col">Attempts</th>
                <th scope="col">Last answer</th>
                <th scope="col">Event time</th>
                <th scope="col">URL</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((d) => {
                const last = d.attempts.at(-1);
                return (
                  <tr key={d.id} aria-selected={d.id === selected} data-state={d.state}>
                    <td>
                      <button type="button" class="link" onClick={() => setSelected(d.id)}>
                        {d.id}
                      </button>
                    </td>
                    <td>{d.state}</td>
                    <td>{d.attempts.length}</td>
                    <td class={last ? statusClass(last.status) : ''}>{last ? answered(last.status) : ''}</td>
                    <td>{time(d.created_at)}</td>
                    <td>
                      <code>{d.url}</code>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
        {list.value && (
          <Pager
            previous={offset === 0 ? undefined : () => setOffset(Math.max(0, offset - PAGE))}
            next={offset + PAGE >= list.value.total ? undefined : () => setOffset(offset + PAGE)}
          >
            {list.value.total === 0
              ? `No deliveries for ${chosen} yet: register a webhook subscription or callback, then change a customer.`
              : `${offset + 1}–${offset + list.value.items.length} of ${list.value.total}, newest first${state ? `; ${shown.length} of them ${state}` : ''}`}
          </Pager>
        )}
        {!chosen && tenants.value && <p>No tenants{api ? ` of ${api}` : ''} yet.</p>}
      </Section>
      {selected && chosen && <DeliveryDetail key={`${chosen} ${selected}`} admin={admin} tenant={chosen} id={selected} refreshed={refreshed} onChange={list.reload} />}
    </>
  );
}
