export { renderIndex } from './index-page.ts';
export { buildSite, ensureSite, fingerprint, readSite, SITE_DIR } from './site.ts';
export { emittedSpecs, operationsOf, SPECS_DIR, type EmittedSpec, type SpecOperation } from './specs.ts';
