export { renderIndex } from './index-page.ts';
export { buildSite, ensureSite, fingerprint, readSite, siteDir, siteFiles } from './site.ts';
export { emittedSpecs, operationsOf, specsDir, type EmittedSpec, type SpecOperation } from './specs.ts';
