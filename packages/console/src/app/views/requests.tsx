import { useEffect, useState } from 'preact/hooks';
import type { AdminTypes } from '../admin';
import type { ViewProps } from '../main';
import { CopyButton, Json, Problem, Section, time, useAction } from '../ui';

type Entry = AdminTypes.RequestLogEntry;
type Filters = { api: string; tenant: string; operation: string; status: string };

const KEPT = 200;
/** Headers curl sets itself, or that describe the connection rather than the request. */
const SKIPPED = new Set(['host', 'content-length', 'connection', 'accept-encoding', 'user-agent']);
const quote = (text: string) => `'${text.replaceAll("'", "'\\''")}'`;

/** The request as a curl command; redacted secrets stay redacted (put yours back). */
export function asCurl(entry: Entry, origin: string): string {
  const parts = ['curl', '-X', entry.method, quote(`${origin}${entry.path}`)];
  const headers = entry.request.headers;
  for (const [name, value] of Object.entries(headers)) if (!SKIPPED.has(name)) parts.push('-H', quote(`${name}: ${value}`));
  const body = entry.request.body;
  if (body !== null && body !== undefined) {
    const form = /application\/x-www-form-urlencoded/.test(headers['content-type'] ?? '');
    const text =
      typeof body === 'string'
        ? body
        : form && Object.values(body as object).every((v) => typeof v !== 'object')
          ? new URLSearchParams(body as Record<string, string>).toString()
          : JSON.stringify(body);
    parts.push('--data-raw', quote(text));
  }
  return parts.join(' ');
}

const query = (filters: Filters) => Object.fromEntries(Object.entries(filters).filter(([, v]) => v.trim() !== '').map(([k, v]) => [k, v.trim()]));

function Detail({ entry }: { entry: Entry }) {
  return (
    <Section title={`${entry.method} ${entry.path}`}>
      <dl class="facts">
        <dt>Status</dt>
        <dd>{entry.status === 0 ? 'connection dropped' : entry.status}</dd>
        <dt>Fault</dt>
        <dd>{entry.fault ?? 'none'}</dd>
        <dt>Operation</dt>
        <dd>{entry.operation ?? 'none (unknown path or verb)'}</dd>
        <dt>Tenant</dt>
        <dd>{entry.tenant ?? 'none'}</dd>
        <dt>Time</dt>
        <dd>
          {time(entry.time)}, {entry.duration_ms.toFixed(1)} ms, by {entry.instance}
        </dd>
      </dl>
      <CopyButton text={asCurl(entry, location.origin)} label="Copy as curl" />
      <div class="pair">
        <div>
          <h3>Request headers</h3>
          <Json value={entry.request.headers} label="Request headers" />
          <h3>Request body</h3>
          <Json value={entry.request.body} label="Request body" />
        </div>
        <div>
          <h3>Response headers</h3>
          <Json value={entry.response.headers} label="Response headers" />
          <h3>Response body</h3>
          <Json value={entry.response.body} label="Response body" />
        </div>
      </div>
      <p class="hint">Secrets (keys, tokens, passwords, signatures) are shown redacted, as the log stores them.</p>
    </Section>
  );
}

export function RequestsView({ admin, config }: ViewProps) {
  const [filters, setFilters] = useState<Filters>({ api: '', tenant: '', operation: '', status: '' });
  const [applied, setApplied] = useState(filters);
  const [entries, setEntries] = useState<Entry[]>([]);
  const [live, setLive] = useState<'connecting' | 'live' | 'stopped'>('connecting');
  const [error, setError] = useState<unknown>();
  const [selected, setSelected] = useState<Entry>();
  const clear = useAction();

  // The latest page, then every new entry over server-sent events, until the filters change.
  useEffect(() => {
    const stop = new AbortController();
    setLive('connecting');
    setError(undefined);
    (async () => {
      const page = (await admin.listRequests({ ...query(applied), limit: 50 }, { signal: stop.signal })).data;
      setEntries(page.items);
      setLive('live');
      for await (const entry of admin.followRequests(query(applied), { signal: stop.signal, afterId: page.items[0]?.id ?? 0 })) {
        setEntries((shown) => [entry, ...shown].slice(0, KEPT));
      }
      setLive('stopped');
    })().catch((caught: unknown) => {
      if (stop.signal.aborted) return;
      setError(caught);
      setLive('stopped');
    });
    return () => stop.abort();
  }, [applied]);

  const field = (name: keyof Filters) => ({ name, value: filters[name], onInput: (e: { currentTarget: { value: string } }) => setFilters({ ...filters, [name]: e.currentTarget.value }) });
  return (
    <>
      <Section title="Filters">
        <form
          class="inline"
          onSubmit={(event) => {
            event.preventDefault();
            setApplied(filters);
          }}
        >
          <label>
            API
            <select {...field('api')} onChange={field('api').onInput}>
              <option value="">any</option>
              {config.apis.map((a) => (
                <option value={a.name}>{a.title}</option>
              ))}
            </select>
          </label>
          <label>
            Tenant
            <input {...field('tenant')} />
          </label>
          <label>
            Operation
            <input {...field('operation')} placeholder="createCustomer" />
          </label>
          <label>
            Status
            <select {...field('status')} onChange={field('status').onInput}>
              <option value="">any</option>
              <option value="2xx">2xx success</option>
              <option value="3xx">3xx redirect</option>
              <option value="4xx">4xx client error</option>
              <option value="5xx">5xx server error</option>
            </select>
          </label>
          <button type="submit">Apply</button>
        </form>
        <p role="status" data-testid="live">
          {live === 'live' ? 'Live: new requests appear as they are logged.' : live === 'connecting' ? 'Connecting…' : 'Not following the log.'}
        </p>
        <Problem error={error} />
        <Problem error={clear.error} />
        <button
          type="button"
          onClick={async () => {
            if ((await clear.act(async () => (await admin.clearRequests(), true))) === true) setEntries([]);
          }}
        >
          Clear the log
        </button>
      </Section>
      <Section title="Requests">
        <div class="scroll">
          <table class="requests" data-testid="requests">
            <thead>
              <tr>
                <th scope="col">Time</th>
                <th scope="col">Request</th>
                <th scope="col">Status</th>
                <th scope="col">Fault</th>
                <th scope="col">API</th>
                <th scope="col">Tenant</th>
                <th scope="col">Operation</th>
                <th scope="col">ms</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id} data-status={entry.status} aria-selected={entry.id === selected?.id}>
                  <td>{time(entry.time).slice(11)}</td>
                  <td>
                    <button type="button" class="link" onClick={() => setSelected(entry)}>
                      {entry.method} {entry.path}
                    </button>
                  </td>
                  <td class={`status s${String(entry.status)[0]}`}>{entry.status === 0 ? 'dropped' : entry.status}</td>
                  <td>{entry.fault ?? ''}</td>
                  <td>{entry.api}</td>
                  <td>{entry.tenant ?? ''}</td>
                  <td>{entry.operation ?? ''}</td>
                  <td>{entry.duration_ms.toFixed(1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {entries.length === 0 && <p>No requests yet: call an API and it shows here.</p>}
      </Section>
      {selected && <Detail entry={selected} />}
    </>
  );
}
