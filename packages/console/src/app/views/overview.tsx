import type { ViewProps } from '../main';
import { Problem, Section, time, useLoad } from '../ui';

/** The server's health check (not an admin operation): is the database answering? */
const health = async () => {
  const response = await fetch('/healthz', { headers: { accept: 'application/json' } });
  return ((await response.json()) as { status: string }).status;
};

export function OverviewView({ admin, config }: ViewProps) {
  const state = useLoad(async () => {
    const [clock, tenants, faults, status] = await Promise.all([admin.getClock(), admin.listTenants({ limit: 1 }), admin.listFaults(), health().catch(() => 'unreachable')]);
    return { clock: clock.data, tenants: tenants.data.total, faults: faults.data.items.length, status };
  }, []);
  const value = state.value;
  return (
    <>
      <Section title="APIs">
        <table>
          <thead>
            <tr>
              <th scope="col">API</th>
              <th scope="col">Root</th>
              <th scope="col">Reference</th>
            </tr>
          </thead>
          <tbody>
            {config.apis.map((api) => (
              <tr key={api.name}>
                <td>{api.title}</td>
                <td>
                  <code>{`${location.origin}${api.root}`}</code>
                </td>
                <td>
                  <a href={api.reference}>{api.name} reference</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          The admin API: <code>{`${location.origin}${config.adminRoot}/`}</code> (<a href="/docs/admin/">reference</a>).
        </p>
      </Section>
      <Section title="Server">
        <Problem error={state.error} />
        <dl class="facts">
          <dt>Storage</dt>
          <dd>{config.storage}</dd>
          <dt>Health</dt>
          <dd data-testid="health">{value?.status ?? '…'}</dd>
          <dt>Clock</dt>
          <dd>{value ? `${time(value.clock.now)} (${value.clock.offset_ms} ms ahead)` : '…'}</dd>
          <dt>Instance</dt>
          <dd>{config.instance}</dd>
          <dt>Tenants</dt>
          <dd>{value?.tenants ?? '…'}</dd>
          <dt>Fault rules</dt>
          <dd>{value?.faults ?? '…'}</dd>
        </dl>
      </Section>
    </>
  );
}
