import { useState } from 'preact/hooks';
import type { AdminTypes } from '../admin';
import type { ViewProps } from '../main';
import { Problem, Section, useAction, useLoad } from '../ui';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/** A rule's fault in the header's words. */
const described = (rule: AdminTypes.FaultRule) =>
  [
    rule.status !== null && `status=${rule.status}`,
    rule.retry_after !== null && `retry-after=${rule.retry_after}`,
    rule.latency_ms !== null && `latency=${rule.latency_ms}${rule.latency_max_ms !== null ? `-${rule.latency_max_ms}` : ''}ms`,
    rule.drop && 'drop',
  ]
    .filter(Boolean)
    .join('; ');

const number = (text: string) => (text.trim() === '' ? undefined : Number(text));

export function FaultsView({ admin, config }: ViewProps) {
  const rules = useLoad(async () => (await admin.listFaults()).data.items, []);
  const action = useAction();
  const [form, setForm] = useState({ api: '', operation: '', tenant: '', method: '', status: '503', latency: '', drop: false, probability: '', count: '1' });
  const set = (name: keyof typeof form) => (e: { currentTarget: { value: string } }) => setForm({ ...form, [name]: e.currentTarget.value });

  const add = async (event: Event) => {
    event.preventDefault();
    const match: AdminTypes.FaultMatch = {
      ...(form.api && { api: form.api }),
      ...(form.operation.trim() && { operation: form.operation.trim() }),
      ...(form.tenant.trim() && { tenant: form.tenant.trim() }),
      ...(form.method && { method: form.method as AdminTypes.FaultMatch['method'] }),
    };
    const rule: AdminTypes.FaultRuleCreate = {
      match,
      ...(form.status && { status: Number(form.status) as AdminTypes.FaultRuleCreate['status'] }),
      ...(number(form.latency) !== undefined && { latency_ms: number(form.latency) }),
      ...(form.drop && { drop: true }),
      ...(number(form.probability) !== undefined && { probability: number(form.probability) }),
      ...(number(form.count) !== undefined && { count: number(form.count) }),
    };
    if ((await action.act(async () => (await admin.addFault(rule)).data)) !== undefined) rules.reload();
  };

  return (
    <>
      <Section title="Fault rules">
        <Problem error={rules.error} />
        <Problem error={action.error} />
        {rules.value?.length === 0 && <p data-testid="no-faults">No rules: requests are answered as the API would.</p>}
        {rules.value && rules.value.length > 0 && (
          <div class="scroll">
            <table data-testid="faults">
              <thead>
                <tr>
                  <th scope="col">Matches</th>
                  <th scope="col">Fault</th>
                  <th scope="col">How often</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {rules.value.map((rule) => (
                  <tr key={rule.id}>
                    <td>{Object.entries(rule.match).map(([k, v]) => `${k}=${v}`).join(', ') || 'every request'}</td>
                    <td>
                      <code>{described(rule)}</code>
                    </td>
                    <td>{[rule.count !== null && `next ${rule.count}`, rule.probability !== null && `${rule.probability * 100} %`].filter(Boolean).join(', ') || 'always'}</td>
                    <td>
                      <button type="button" class="danger" onClick={async () => (await action.act(() => admin.deleteFault(rule.id))) !== undefined && rules.reload()}>
                        Remove
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {rules.value && rules.value.length > 0 && (
          <button type="button" class="danger" onClick={async () => (await action.act(() => admin.clearFaults())) !== undefined && rules.reload()}>
            Remove every rule
          </button>
        )}
      </Section>
      <Section title="Add a rule">
        <form class="grid" onSubmit={add}>
          <label>
            API
            <select name="api" value={form.api} onChange={set('api')}>
              <option value="">any</option>
              {config.apis.map((a) => (
                <option value={a.name}>{a.title}</option>
              ))}
            </select>
          </label>
          <label>
            Operation
            <input name="operation" value={form.operation} onInput={set('operation')} placeholder="any" />
          </label>
          <label>
            Tenant
            <input name="tenant" value={form.tenant} onInput={set('tenant')} placeholder="any" />
          </label>
          <label>
            Verb
            <select name="method" value={form.method} onChange={set('method')}>
              <option value="">any</option>
              {METHODS.map((m) => (
                <option value={m}>{m}</option>
              ))}
            </select>
          </label>
          <label>
            Status
            <select name="status" value={form.status} onChange={set('status')}>
              <option value="">none</option>
              <option value="429">429 rate limited</option>
              <option value="500">500 server error</option>
              <option value="503">503 unavailable</option>
            </select>
          </label>
          <label>
            Latency (ms)
            <input name="latency" inputMode="numeric" value={form.latency} onInput={set('latency')} />
          </label>
          <label class="check">
            <input type="checkbox" name="drop" checked={form.drop} onChange={(e) => setForm({ ...form, drop: e.currentTarget.checked })} />
            Drop the connection
          </label>
          <label>
            Probability (0–1)
            <input name="probability" inputMode="decimal" value={form.probability} onInput={set('probability')} placeholder="always" />
          </label>
          <label>
            Only the next (count)
            <input name="count" inputMode="numeric" value={form.count} onInput={set('count')} placeholder="every one" />
          </label>
          <button type="submit" disabled={action.busy}>
            Add the rule
          </button>
        </form>
      </Section>
      <Section title="One request’s own fault: the Clientele-Fault header">
        <p>
          A request can ask for its fault itself, with no rule: send <code>Clientele-Fault</code> with one or more of <code>status=429|500|503</code>,{' '}
          <code>retry-after=SECONDS</code>, <code>latency=250ms</code> (or <code>2s</code>, or a range <code>100-300ms</code>) and <code>drop</code>, separated
          by <code>;</code>. Anything else is a 400 naming the header. The server’s <code>--no-fault-header</code> turns the header off.
        </p>
        <pre class="curl" tabIndex={0}>{`curl -H 'Clientele-Fault: status=503; retry-after=2' …
curl -H 'Clientele-Fault: latency=100-300ms' …
curl -H 'Clientele-Fault: drop' …`}</pre>
      </Section>
    </>
  );
}
