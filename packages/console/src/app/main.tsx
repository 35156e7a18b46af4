import { render } from 'preact';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { adminClient, type Admin } from './admin';
import { readConfig, type ConsoleConfig } from './config';
import './style.css';
import { ClockView } from './views/clock';
import { DataView } from './views/data';
import { DeliveriesView } from './views/deliveries';
import { FaultsView } from './views/faults';
import { OverviewView } from './views/overview';
import { RequestsView } from './views/requests';
import { TenantsView } from './views/tenants';

export interface ViewProps {
  readonly admin: Admin;
  readonly config: ConsoleConfig;
}

/** The views, in the order of the navigation. */
const VIEWS = [
  { id: 'overview', title: 'Overview', View: OverviewView },
  { id: 'tenants', title: 'Tenants', View: TenantsView },
  { id: 'data', title: 'Data', View: DataView },
  { id: 'requests', title: 'Requests', View: RequestsView },
  { id: 'deliveries', title: 'Deliveries', View: DeliveriesView },
  { id: 'faults', title: 'Faults', View: FaultsView },
  { id: 'clock', title: 'Clock', View: ClockView },
] as const;

/** The token typed at the prompt lives as long as the browser tab: sessionStorage, never localStorage. */
const TOKEN_KEY = 'clientele.adminToken';

const viewOfHash = () => VIEWS.find((v) => `#/${v.id}` === location.hash) ?? VIEWS[0];

function TokenPrompt({ onToken, refused }: { onToken: (token: string) => void; refused: boolean }) {
  const [value, setValue] = useState('');
  return (
    <main class="prompt">
      <h1>clientele console</h1>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (value.trim()) onToken(value.trim());
        }}
      >
        <p>
          This page is not on the server’s machine, so it needs the admin token: the one given with <code>--admin-token</code>, or the one printed at
          the server’s first start (<code>clientele admin token</code> makes another). It is kept for this browser tab only.
        </p>
        {refused && (
          <p class="problem" role="alert">
            The server refused that token.
          </p>
        )}
        <label>
          Admin token
          <input type="password" autoComplete="off" value={value} onInput={(e) => setValue(e.currentTarget.value)} required />
        </label>
        <button type="submit">Open the console</button>
      </form>
    </main>
  );
}

function Console({ config }: { config: ConsoleConfig }) {
  const [token, setToken] = useState(config.token ?? sessionStorage.getItem(TOKEN_KEY) ?? undefined);
  const [refused, setRefused] = useState(false);
  const [view, setView] = useState(viewOfHash);
  useEffect(() => {
    const follow = () => setView(viewOfHash());
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  const admin = useMemo(() => (token ? adminClient(config.adminRoot, token) : undefined), [token]);
  // A typed token that the server refuses is forgotten, and the prompt shown again.
  useEffect(() => {
    if (!admin || config.token) return;
    admin.getClock().then(
      () => sessionStorage.setItem(TOKEN_KEY, token!),
      (error: { status?: number }) => {
        if (error.status !== 401) return;
        sessionStorage.removeItem(TOKEN_KEY);
        setRefused(true);
        setToken(undefined);
      },
    );
  }, [admin]);
  if (!admin) return <TokenPrompt refused={refused} onToken={setToken} />;
  const { View } = view;
  return (
    <>
      <header>
        <a class="skip" href="#main">
          Skip to the view
        </a>
        <span class="brand">clientele console</span>
        <nav aria-label="Views">
          {VIEWS.map((v) => (
            <a href={`#/${v.id}`} aria-current={v.id === view.id ? 'page' : undefined}>
              {v.title}
            </a>
          ))}
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <h1>{view.title}</h1>
        <View admin={admin} config={config} />
      </main>
    </>
  );
}

const root = document.getElementById('app')!;
// The page's "Loading…" line goes: render adds to what the element holds.
root.replaceChildren();
render(<Console config={readConfig()} />, root);
