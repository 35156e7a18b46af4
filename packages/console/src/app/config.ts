/** What the server tells the page it serves (a JSON block in the page; see the server's sandbox/console.ts). */
export interface ConsoleConfig {
  /** A token for this page, given only to callers on the server's own machine. */
  readonly token?: string;
  readonly apis: readonly { readonly name: string; readonly title: string; readonly root: string; readonly reference: string }[];
  readonly storage: string;
  readonly instance: string;
  readonly adminRoot: string;
}

export function readConfig(): ConsoleConfig {
  const text = document.getElementById('clientele-config')?.textContent;
  // Opened from Vite's dev server or a copy of the files: nothing was filled in.
  if (!text) return { apis: [], storage: 'unknown', instance: 'unknown', adminRoot: '/_clientele' };
  return JSON.parse(text) as ConsoleConfig;
}
