import { useMemo, useState } from 'preact/hooks';
import type { AdminTypes } from '../admin';
import type { ViewProps } from '../main';
import { Json, Pager, Problem, Section, TenantSelect, time, useAction, useLoad } from '../ui';

const PAGE = 20;

/** Whether a document is the one asked for: its id, or the value of one of its fields (an email, a reference). */
function matches(doc: AdminTypes.SeedDocument, query: string): boolean {
  if (!query) return true;
  const wanted = query.toLowerCase();
  if (doc.id.toLowerCase() === wanted) return true;
  return Object.values(doc.data).some((value) => (typeof value === 'string' || typeof value === 'number') && String(value).toLowerCase() === wanted);
}

function download(name: string, value: unknown) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export function DataView({ admin }: ViewProps) {
  const tenants = useLoad(async () => (await admin.listTenants({ limit: 1000 })).data.items, []);
  const [tenant, setTenant] = useState('');
  const chosen = tenant || tenants.value?.[0]?.id || '';
  // One tenant's documents as the admin API exports them; paged and searched here.
  const exported = useLoad(async () => (chosen ? (await admin.exportData({ tenant: chosen })).data : undefined), [chosen]);
  const documents = exported.value?.tenants[0]?.documents ?? [];
  const collections = useMemo(() => [...new Set(documents.map((d) => d.collection))].sort(), [exported.value]);
  const [collection, setCollection] = useState('');
  const shownCollection = collections.includes(collection) ? collection : (collections[0] ?? '');
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  const found = documents.filter((d) => d.collection === shownCollection && matches(d, query.trim()));
  const pageCount = Math.max(1, Math.ceil(found.length / PAGE));
  const current = Math.min(page, pageCount - 1);
  const action = useAction();
  const [note, setNote] = useState('');

  const reset = async () => {
    const done = await action.act(async () => (await admin.resetData({ tenant: chosen })).data);
    if (done) {
      setNote(`Reset ${done.tenants.join(', ')} to its baseline.`);
      exported.reload();
    }
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const done = await action.act(async () => {
      let document: AdminTypes.SandboxDocument;
      try {
        document = JSON.parse(await file.text()) as AdminTypes.SandboxDocument;
      } catch {
        throw new Error(`${file.name} is not JSON: import takes a sandbox document (an export, or a seed file).`);
      }
      return (await admin.importData(document)).data;
    });
    if (done) {
      setNote(`Imported ${file.name}.`);
      tenants.reload();
      exported.reload();
    }
  };

  return (
    <>
      <Section title="Tenant and collection">
        <Problem error={tenants.error} />
        <form class="inline" onSubmit={(e) => e.preventDefault()}>
          <TenantSelect tenants={tenants.value} value={chosen} onChange={(id) => (setTenant(id), setPage(0))} />
          <label>
            Collection
            <select name="collection" value={shownCollection} onChange={(e) => (setCollection(e.currentTarget.value), setPage(0))}>
              {collections.map((c) => (
                <option value={c}>{c}</option>
              ))}
            </select>
          </label>
          <label>
            Find by id or field value
            <input type="search" name="query" value={query} onInput={(e) => (setQuery(e.currentTarget.value), setPage(0))} />
          </label>
        </form>
        <p class="actions">
          <button type="button" disabled={!chosen || action.busy} onClick={reset}>
            Reset tenant
          </button>
          <button type="button" disabled={!exported.value} onClick={() => download(`${chosen}.clientele.json`, exported.value)}>
            Export (download)
          </button>
          <label class="file">
            Import (upload)
            <input type="file" accept="application/json,.json" onChange={(e) => importFile(e.currentTarget.files?.[0])} />
          </label>
        </p>
        <p role="status">{note}</p>
        <Problem error={action.error} />
      </Section>
      <Section title="Documents">
        <Problem error={exported.error} />
        {!chosen ? (
          <p>No tenants yet: create one under Tenants.</p>
        ) : found.length === 0 ? (
          <p data-testid="no-documents">{documents.length === 0 ? 'This tenant holds no documents.' : 'No document matches.'}</p>
        ) : (
          <ul class="documents" data-testid="documents">
            {found.slice(current * PAGE, current * PAGE + PAGE).map((doc) => (
              <li key={doc.id}>
                <details>
                  <summary>
                    <code>{doc.id}</code> {doc.created ? <span class="muted">{time(doc.created)}</span> : null}
                  </summary>
                  <Json value={doc.data} label={`Document ${doc.id}`} />
                </details>
              </li>
            ))}
          </ul>
        )}
        <Pager previous={current === 0 ? undefined : () => setPage(current - 1)} next={current + 1 >= pageCount ? undefined : () => setPage(current + 1)}>
          Page {current + 1} of {pageCount} ({found.length} {found.length === 1 ? "document" : "documents"})
        </Pager>
      </Section>
    </>
  );
}
