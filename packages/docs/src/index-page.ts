import type { EmittedSpec } from './specs.ts';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Only inline styles; nothing else may load. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const STYLE = `
  body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1d1d1f; background: #fafafa; }
  main { max-width: 52rem; margin: 0 auto; padding: 2.5rem 1.25rem; }
  h1 { font-size: 1.9rem; margin: 0 0 .5rem; }
  ul { list-style: none; padding: 0; }
  li { background: #fff; border: 1px solid #e3e3e6; border-radius: 8px; padding: 1rem 1.25rem; margin: 0 0 1rem; }
  h2 { font-size: 1.2rem; margin: 0 0 .25rem; }
  .version { font-size: .85rem; font-weight: normal; color: #6e6e73; }
  .links { font-size: .9rem; color: #6e6e73; margin: .5rem 0 0; }
  a { color: #0050c8; }
  code { font-size: .9em; }
`;

/** The site's front page: every API, its reference and its raw documents, by relative links. */
export function renderIndex(specs: readonly EmittedSpec[]): string {
  const items = specs.map(
    (spec) => `    <li data-api="${escape(spec.api)}">
      <h2><a class="reference" href="${escape(spec.api)}/">${escape(spec.title)}</a> <span class="version">${escape(spec.version)}</span></h2>
      <p>${escape(spec.summary)}</p>
      <p class="links">${spec.operations.length} operations · mounted at <code>${escape(spec.mount)}</code> ·
        <a class="raw" href="${escape(spec.api)}/openapi.json">openapi.json</a> ·
        <a class="raw" href="${escape(spec.api)}/openapi.yaml">openapi.yaml</a></p>
    </li>`,
  );
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta http-equiv="Content-Security-Policy" content="${CSP}" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>clientele API reference</title>
  <link rel="icon" href="data:," />
  <style>${STYLE}</style>
</head>
<body>
<main>
  <h1>clientele API reference</h1>
  <p>The OpenAPI 3.1 documents clientele implements, one reference per API, rendered from the same
    files the <code>@clientele/specs</code> package publishes. Each document is also linked raw.</p>
  <ul>
${items.join('\n')}
  </ul>
</main>
</body>
</html>
`;
}
