#!/usr/bin/env node
// `pnpm check:docs [--run]`: every relative link and anchor in the README, docs/ and the packages'
// READMEs resolves (anchors by GitHub's slug rules), and the README's quick start shows exactly the
// commands the checks run. With --run (CI), it also starts the server with the quick start's own
// command and asks it /healthz, so that command is run as written, not only listed.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import GithubSlugger from 'github-slugger';
import MarkdownIt from 'markdown-it';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const md = new MarkdownIt({ html: true });

/** The Markdown files whose links are checked, relative to the root. */
function documents() {
  const walk = (dir) =>
    readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path);
      return entry.name.endsWith('.md') ? [path] : [];
    });
  const packages = readdirSync(join(ROOT, 'packages')).map((name) => join('packages', name, 'README.md'));
  return ['README.md', ...(existsSync(join(ROOT, 'docs')) ? walk('docs') : []), ...packages].filter((file) => existsSync(join(ROOT, file)));
}

/** A heading's text as GitHub slugs it: the rendered text, code spans included, markup left out. */
const plainText = (inline) => (inline.children ?? []).filter((t) => t.type === 'text' || t.type === 'code_inline').map((t) => t.content).join('');

const parsed = new Map();
function parse(file) {
  if (parsed.has(file)) return parsed.get(file);
  const tokens = md.parse(readFileSync(file, 'utf8'), {});
  const slugger = new GithubSlugger();
  const anchors = new Set();
  const links = [];
  let line = 1;
  tokens.forEach((token, i) => {
    // Inline tokens in table cells carry no line of their own: the last block's is close enough.
    if (token.map) line = token.map[0] + 1;
    if (token.type === 'heading_open') anchors.add(slugger.slug(plainText(tokens[i + 1])));
    // Explicit anchors in HTML (`<a id="…">`, `<a name="…">`).
    if (token.type === 'html_block' || token.type === 'html_inline') for (const m of token.content.matchAll(/\s(?:id|name)="([^"]+)"/g)) anchors.add(m[1]);
    for (const child of token.children ?? []) {
      if (child.type === 'html_inline') for (const m of child.content.matchAll(/\s(?:id|name)="([^"]+)"/g)) anchors.add(m[1]);
      const href = child.type === 'link_open' ? child.attrGet('href') : child.type === 'image' ? child.attrGet('src') : null;
      if (href !== null) links.push({ href, line });
    }
  });
  const result = { tokens, anchors, links };
  parsed.set(file, result);
  return result;
}

/** What is wrong with one link of `file`, or undefined. */
function problemOf(file, href) {
  // Absolute URLs (http:, mailto:…) and protocol-relative ones are not this check's business.
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return undefined;
  const hash = href.indexOf('#');
  const pathPart = decodeURIComponent(hash < 0 ? href : href.slice(0, hash));
  const anchor = hash < 0 ? undefined : decodeURIComponent(href.slice(hash + 1));
  if (pathPart.startsWith('/')) return 'is root-relative: GitHub resolves that against the site, not the repository; use a relative path';
  let target = pathPart === '' ? file : resolve(dirname(file), pathPart);
  if (target !== ROOT && !target.startsWith(ROOT + sep)) return 'points outside the repository';
  if (!existsSync(target)) return `names ${relative(ROOT, target)}, which does not exist`;
  if (anchor === undefined || anchor === '') return undefined;
  if (statSync(target).isDirectory()) target = join(target, 'README.md');
  if (!target.endsWith('.md')) return /^L\d+(-L\d+)?$/.test(anchor) ? undefined : `has an anchor (#${anchor}) into a file that is not Markdown`;
  if (!existsSync(target)) return `has an anchor into ${relative(ROOT, dirname(target))}, which has no README.md`;
  const { anchors } = parse(target);
  if (!anchors.has(anchor)) return `has #${anchor}, which is no heading of ${relative(ROOT, target)} (it has: ${[...anchors].slice(0, 12).map((a) => `#${a}`).join(' ')}${anchors.size > 12 ? ' …' : ''})`;
  return undefined;
}

function checkLinks() {
  const failures = [];
  let count = 0;
  const files = documents();
  for (const name of files) {
    const file = join(ROOT, name);
    for (const { href, line } of parse(file).links) {
      count++;
      const problem = problemOf(file, href);
      if (problem) failures.push(`${name}:${line}: the link ${href} ${problem}`);
    }
  }
  return { failures, summary: `${count} links in ${files.length} files` };
}

/**
 * The quick start's commands, each with where the checks run it. The README must show exactly
 * these (no more, no fewer), and each place must still hold what runs it.
 */
const PNPM = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).packageManager;
const QUICK_START = [
  { command: `npx -y ${PNPM} install`, file: '.ci/run', holds: ['PNPM_VERSION=' + PNPM.split('@')[1], 'pnpm() { npx -y "pnpm@${PNPM_VERSION}" "$@"; }', 'pnpm install --frozen-lockfile'] },
  { command: `npx -y ${PNPM} start`, file: '.ci/run', holds: ['pnpm check:docs --run'] },
  { command: `npx -y ${PNPM} test`, file: '.ci/run', holds: ['pnpm test'] },
  // The release check installs the packed @clientele/server-cli outside the workspace and runs its bin.
  { command: 'npx @clientele/server-cli start', file: 'packages/release/test/installed.ts', holds: ["[bin, 'start'"] },
  { command: 'npx @clientele/server-cli tenant create --api balanced --json', file: 'packages/release/test/release-dry.test.ts', holds: ["['tenant', 'create', '--api', api, '--json'"] },
  { command: 'npx @clientele/server-cli --help', file: 'packages/release/test/release-dry.test.ts', holds: ["clientele(dir, runtime, ['--help'])"] },
];

/** The commands of the README's "Quick start" section: its `sh` blocks, comments dropped, `&&` split. */
function quickStartCommands() {
  const { tokens } = parse(join(ROOT, 'README.md'));
  const start = tokens.findIndex((t, i) => t.type === 'heading_open' && t.tag === 'h2' && plainText(tokens[i + 1]) === 'Quick start');
  if (start < 0) return undefined;
  const end = tokens.findIndex((t, i) => i > start && t.type === 'heading_open' && t.tag === 'h2');
  return tokens
    .slice(start, end < 0 ? undefined : end)
    .filter((t) => t.type === 'fence' && /^(sh|bash|shell)$/.test(t.info.trim()))
    .flatMap((t) => t.content.split('\n'))
    .map((line) => line.replace(/(^|\s)#.*$/, '').trim())
    .filter(Boolean)
    .flatMap((line) => line.split('&&').map((part) => part.trim()));
}

function checkQuickStart() {
  const failures = [];
  const shown = quickStartCommands();
  if (!shown) return { failures: ['README.md: no "## Quick start" section'], summary: '' };
  for (const command of shown) {
    if (!QUICK_START.some((q) => q.command === command)) failures.push(`README.md quick start: \`${command}\` is run by no check (run it in CI or the release check, then list it in scripts/check-docs.mjs)`);
  }
  for (const { command, file, holds } of QUICK_START) {
    if (!shown.includes(command)) failures.push(`README.md quick start: \`${command}\` is missing (the checks run it; show it, or stop running it and drop it here)`);
    const text = existsSync(join(ROOT, file)) ? readFileSync(join(ROOT, file), 'utf8') : '';
    for (const needle of holds) if (!text.includes(needle)) failures.push(`${file} no longer runs \`${command}\` (it should hold: ${needle})`);
  }
  return { failures, summary: `${shown.length} quick-start commands` };
}

/** Runs the quick start's start command as written, on port 0 and a scratch database, and asks /healthz. */
async function runStart() {
  const command = `npx -y ${PNPM} start`;
  const data = mkdtempSync(join(tmpdir(), 'clientele-docs-check-'));
  const child = spawn('sh', ['-c', command], {
    cwd: ROOT,
    detached: true,
    env: { ...process.env, PORT: '0', DATABASE_URL: `sqlite://${join(data, 'clientele.sqlite')}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  try {
    const origin = await new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`\`${command}\` did not say where it serves within 120 s:\n${output}`)), 120_000);
      const read = (chunk) => {
        output += chunk;
        const found = /clientele is serving on (http:\/\/\S+)/.exec(output)?.[1];
        if (found) clearTimeout(timer), done(found.replace(/[.,…]+$/, ''));
      };
      child.stdout.on('data', read);
      child.stderr.on('data', read);
      child.once('exit', (code) => (clearTimeout(timer), fail(new Error(`\`${command}\` exited with ${code}:\n${output}`))));
    });
    const health = await fetch(`${origin}/healthz`);
    if (health.status !== 200) return [`\`${command}\`: GET ${origin}/healthz answered ${health.status}`];
    return [];
  } catch (error) {
    return [error.message];
  } finally {
    // The process group this check started (sh, pnpm and the server).
    if (child.exitCode === null) {
      try { process.kill(-child.pid, 'SIGTERM'); } catch {}
      await new Promise((done) => (child.exitCode === null ? child.once('exit', done) : done()));
    }
    rmSync(data, { recursive: true, force: true });
  }
}

const links = checkLinks();
const quickStart = checkQuickStart();
const failures = [...links.failures, ...quickStart.failures];
if (process.argv.includes('--run')) failures.push(...(await runStart()));
if (failures.length) {
  console.error(`check:docs: ${failures.length} problem(s):\n${failures.map((f) => `  ${f}`).join('\n')}`);
  process.exit(1);
}
console.log(`check:docs: ${links.summary} resolve; ${quickStart.summary} are the ones the checks run${process.argv.includes('--run') ? '; the start command served /healthz' : ''}`);
