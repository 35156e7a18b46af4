import { useState } from 'preact/hooks';
import type { AdminTypes } from '../admin';
import type { ViewProps } from '../main';
import { CopyButton, Json, Pager, Problem, Section, time, useAction, useLoad } from '../ui';

const PAGE = 25;

/** New secrets, shown this once: the server keeps only their hashes. */
interface Reveal {
  readonly title: string;
  readonly secrets: Record<string, string>;
  readonly example?: string;
}

function RevealPanel({ reveal, onDone }: { reveal: Reveal; onDone: () => void }) {
  return (
    <section class="panel reveal" aria-labelledby="reveal-title">
      <h2 id="reveal-title">{reveal.title}</h2>
      <p>Copy these now: they are shown this once (only their hashes are stored).</p>
      <dl class="facts secrets">
        {Object.entries(reveal.secrets).map(([field, value]) => (
          <>
            <dt>{field}</dt>
            <dd>
              <code data-testid={`secret-${field}`}>{value}</code> <CopyButton text={value} label={`Copy ${field}`} />
            </dd>
          </>
        ))}
      </dl>
      {reveal.example && (
        <>
          <h3>Try it</h3>
          <pre class="curl" data-testid="example" tabIndex={0}>
            {reveal.example}
          </pre>
          <CopyButton text={reveal.example} label="Copy the curl line" />
        </>
      )}
      <p>
        <button type="button" onClick={onDone}>
          I have copied them
        </button>
      </p>
    </section>
  );
}

function TenantDetail({ admin, id, onGone, onReveal }: ViewProps & { id: string; onGone: () => void; onReveal: (reveal: Reveal) => void }) {
  const detail = useLoad(async () => (await admin.getTenant(id)).data, [id]);
  const action = useAction();
  const [confirming, setConfirming] = useState(false);
  const tenant = detail.value;
  const credentialAction = async (run: () => Promise<AdminTypes.NewCredential | void>, title: string) => {
    const made = await action.act(run);
    if (made) onReveal({ title, secrets: made.secrets });
    detail.reload();
  };
  return (
    <Section title={`Tenant ${id}`}>
      <Problem error={detail.error} />
      <Problem error={action.error} />
      {tenant && (
        <>
          <dl class="facts">
            <dt>API</dt>
            <dd>{tenant.api}</dd>
            <dt>Name</dt>
            <dd>{tenant.name}</dd>
            <dt>Created</dt>
            <dd>{time(tenant.created_at)}</dd>
            <dt>Documents</dt>
            <dd>{Object.entries(tenant.documents).map(([collection, count]) => `${collection}: ${count}`).join(', ') || 'none'}</dd>
          </dl>
          <h3>Credentials</h3>
          <div class="scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">Id</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Hint</th>
                  <th scope="col">Mode</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {tenant.credentials.map((c) => (
                  <tr key={c.id}>
                    <td>
                      <code>{c.id}</code>
                    </td>
                    <td>{c.kind}</td>
                    <td>
                      <code>{c.hint ?? c.public_id ?? ''}</code>
                    </td>
                    <td>{c.mode ?? ''}</td>
                    <td class="actions">
                      {c.rotatable && (
                        <>
                          <button type="button" onClick={() => credentialAction(async () => (await admin.rotateCredential(id, c.id)).data, `New secret for ${c.id}`)}>
                            Rotate
                          </button>
                          <button type="button" onClick={() => credentialAction(async () => (await admin.addCredential(id, { like: c.id })).data, `A credential like ${c.id}`)}>
                            Add one like it
                          </button>
                        </>
                      )}
                      <button type="button" class="danger" onClick={() => credentialAction(async () => void (await admin.revokeCredential(id, c.id)), '')}>
                        Revoke
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <details>
            <summary>What the API keeps about it</summary>
            <Json value={tenant.meta} label="Tenant meta" />
          </details>
          <p>
            {confirming ? (
              <>
                <button
                  type="button"
                  class="danger"
                  onClick={async () => {
                    const done = await action.act(async () => (await admin.deleteTenant(id), true));
                    if (done) onGone();
                  }}
                >
                  Delete {id} and all its data
                </button>{' '}
                <button type="button" onClick={() => setConfirming(false)}>
                  Keep it
                </button>
              </>
            ) : (
              <button type="button" class="danger" onClick={() => setConfirming(true)}>
                Delete tenant
              </button>
            )}
          </p>
        </>
      )}
    </Section>
  );
}

export function TenantsView(props: ViewProps) {
  const { admin, config } = props;
  const [offset, setOffset] = useState(0);
  const [api, setApi] = useState(config.apis[0]?.name ?? '');
  const [name, setName] = useState('');
  const [selected, setSelected] = useState<string>();
  const [reveal, setReveal] = useState<Reveal>();
  const list = useLoad(async () => (await admin.listTenants({ limit: PAGE, offset })).data, [offset]);
  const create = useAction();
  return (
    <>
      {reveal && <RevealPanel reveal={reveal} onDone={() => setReveal(undefined)} />}
      <Section title="Create a tenant">
        <form
          class="inline"
          onSubmit={async (event) => {
            event.preventDefault();
            const made = await create.act(async () => (await admin.createTenant({ api, ...(name.trim() ? { name: name.trim() } : {}) })).data);
            if (!made) return;
            setReveal({ title: `Tenant ${made.tenant_id} (${made.api}) created`, secrets: made.credentials, example: made.example });
            setName('');
            setSelected(made.tenant_id);
            list.reload();
          }}
        >
          <label>
            API
            <select name="api" value={api} onChange={(e) => setApi(e.currentTarget.value)}>
              {config.apis.map((a) => (
                <option value={a.name}>{a.title}</option>
              ))}
            </select>
          </label>
          <label>
            Name (optional)
            <input name="name" value={name} onInput={(e) => setName(e.currentTarget.value)} />
          </label>
          <button type="submit" disabled={create.busy}>
            Create tenant
          </button>
        </form>
        <Problem error={create.error} />
      </Section>
      <Section title="Tenants">
        <Problem error={list.error} />
        <div class="scroll">
          <table data-testid="tenants">
            <thead>
              <tr>
                <th scope="col">Id</th>
                <th scope="col">API</th>
                <th scope="col">Name</th>
                <th scope="col">Created</th>
              </tr>
            </thead>
            <tbody>
              {list.value?.items.map((t) => (
                <tr key={t.id} aria-selected={t.id === selected}>
                  <td>
                    <button type="button" class="link" onClick={() => setSelected(t.id)}>
                      {t.id}
                    </button>
                  </td>
                  <td>{t.api}</td>
                  <td>{t.name}</td>
                  <td>{time(t.created_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {list.value && (
          <Pager
            previous={offset === 0 ? undefined : () => setOffset(Math.max(0, offset - PAGE))}
            next={offset + PAGE >= list.value.total ? undefined : () => setOffset(offset + PAGE)}
          >
            {list.value.total === 0 ? 'No tenants yet' : `${offset + 1}–${offset + list.value.items.length} of ${list.value.total}`}
          </Pager>
        )}
      </Section>
      {selected && (
        <TenantDetail
          {...props}
          id={selected}
          onReveal={(r) => r.title && setReveal(r)}
          onGone={() => {
            setSelected(undefined);
            list.reload();
          }}
        />
      )}
    </>
  );
}
