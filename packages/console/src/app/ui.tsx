import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { inWords } from './admin';

/** An error in words, announced to screen readers. */
export const Problem = ({ error }: { error: unknown }) =>
  error === undefined || error === null ? null : (
    <p class="problem" role="alert">
      {inWords(error)}
    </p>
  );

/** Runs `load` now and whenever `deps` change; `reload` runs it again. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]) {
  const [state, setState] = useState<{ value?: T; error?: unknown; loading: boolean }>({ loading: true });
  const run = useCallback(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (value) => live && setState({ value, loading: false }),
      (error: unknown) => live && setState({ error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, deps);
  useEffect(run, [run]);
  return { ...state, reload: run };
}

/** Runs an action, keeping its error (shown by `Problem`) and whether it is under way. */
export function useAction() {
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const act = async <T,>(action: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(undefined);
    try {
      return await action();
    } catch (caught) {
      setError(caught);
      return undefined;
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, act, clear: () => setError(undefined) };
}

export const Json = ({ value, label }: { value: unknown; label?: string }) => (
  <pre class="json" tabIndex={0} aria-label={label}>
    {value === undefined ? '' : JSON.stringify(value, null, 2)}
  </pre>
);

/** Copies `text`; where the clipboard is refused (an insecure origin), selects it to copy by hand. */
export function CopyButton({ text, label = 'Copy' }: { text: string; label?: string }) {
  const [done, setDone] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setDone('Copied');
    } catch {
      setDone('Select the text and copy it');
    }
  };
  return (
    <span class="copy">
      <button type="button" onClick={copy}>
        {label}
      </button>
      <span role="status">{done}</span>
    </span>
  );
}

export const Section = ({ title, children }: { title: string; children: ComponentChildren }) => (
  <section class="panel">
    <h2>{title}</h2>
    {children}
  </section>
);

/** Previous and Next around a line saying where the page stands. */
export const Pager = ({ previous, next, children }: { previous?: () => void; next?: () => void; children: ComponentChildren }) => (
  <p class="pager">
    <button type="button" disabled={!previous} onClick={previous}>
      Previous
    </button>
    <span>{children}</span>
    <button type="button" disabled={!next} onClick={next}>
      Next
    </button>
  </p>
);

/** A choice of tenant, each named by its id and API. */
export const TenantSelect = ({ tenants, value, onChange }: { tenants: readonly { id: string; api: string }[] | undefined; value: string; onChange: (id: string) => void }) => (
  <label>
    Tenant
    <select name="tenant" value={value} onChange={(e) => onChange(e.currentTarget.value)}>
      {tenants?.map((t) => (
        <option value={t.id}>
          {t.id} ({t.api})
        </option>
      ))}
    </select>
  </label>
);

export const time = (iso: string) => iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z');
