import { describe, expect, it } from 'vitest';
import { apisIn, compareSpec, readDocument, ROOT, specsDir } from '../src/index.ts';
import { breakingChanges, documentationChanges, miniSpec, nonBreakingChanges, type Mutation } from './fixtures.ts';

const changed = (mutate: Mutation) => {
  const after = miniSpec();
  mutate(after);
  return compareSpec('mini', miniSpec(), after);
};

describe('classifying a change to a released document', () => {
  it.each(Object.entries(breakingChanges))('%s is breaking: needs a major', (_, mutate) => {
    const comparison = changed(mutate);
    expect(comparison.changes.filter((c) => c.kind === 'breaking')).not.toEqual([]);
    expect(comparison.required).toBe('major');
  });

  it.each(Object.entries(nonBreakingChanges))('%s is not breaking: a patch will do', (_, mutate) => {
    const comparison = changed(mutate);
    expect(comparison.changes.filter((c) => c.kind === 'breaking')).toEqual([]);
    expect(comparison.changes.some((c) => c.kind === 'non-breaking')).toBe(true);
    expect(comparison.required).toBe('patch');
  });

  it.each(Object.entries(documentationChanges))('%s is documentation: still a patch (the published file changed)', (_, mutate) => {
    const comparison = changed(mutate);
    expect(comparison.changes.map((c) => c.kind)).toEqual(comparison.changes.map(() => 'annotation'));
    expect(comparison.changes).not.toEqual([]);
    expect(comparison.required).toBe('patch');
  });

  it('removing a field from an open request object is not breaking (only closed objects reject unknown fields)', () => {
    const open = () => {
      const doc = miniSpec();
      delete doc.components.schemas.WidgetCreate.additionalProperties;
      return doc;
    };
    const after = open();
    delete after.components.schemas.WidgetCreate.properties.note;
    expect(compareSpec('mini', open(), after).required).toBe('patch');
  });

  it('names what broke, at the operation that breaks', () => {
    const comparison = changed(breakingChanges['a removed operation']!);
    expect(comparison.changes).toContainEqual(expect.objectContaining({ kind: 'breaking', description: '[Removed] operation GET /v1/widgets' }));
  });

  it('an identical document needs nothing; a never-released API needs a minor; a dropped API a major', () => {
    expect(compareSpec('mini', miniSpec(), miniSpec())).toMatchObject({ status: 'unchanged', changes: [], required: 'none' });
    expect(compareSpec('mini', undefined, miniSpec())).toMatchObject({ status: 'new', required: 'minor' });
    expect(compareSpec('mini', miniSpec(), undefined)).toMatchObject({ status: 'removed', required: 'major' });
  });

  it('does not change the documents it compares', () => {
    const before = miniSpec();
    const after = miniSpec();
    breakingChanges['a removed response field']!(after);
    const snapshot = JSON.stringify([before, after]);
    compareSpec('mini', before, after);
    expect(JSON.stringify([before, after])).toBe(snapshot);
  });
});

describe.each(apisIn(specsDir(ROOT)))('the emitted %s document', (api) => {
  const emitted = () => readDocument(specsDir(ROOT), api)! as Record<string, any>;
  const firstOperation = (doc: Record<string, any>) => {
    const [path, item] = Object.entries(doc.paths as Record<string, Record<string, unknown>>)[0]!;
    return { path, method: Object.keys(item).find((key) => ['get', 'put', 'post', 'delete', 'patch', 'head'].includes(key))! };
  };

  it('is unchanged against itself', () => {
    expect(compareSpec(api, emitted(), emitted())).toMatchObject({ status: 'unchanged', required: 'none' });
  });

  it('without its first operation is a breaking change', () => {
    const after = emitted();
    const { path, method } = firstOperation(after);
    delete after.paths[path][method];
    const comparison = compareSpec(api, emitted(), after);
    expect(comparison.required).toBe('major');
    expect(comparison.changes).toContainEqual(expect.objectContaining({ kind: 'breaking', description: `[Removed] operation ${method.toUpperCase()} ${path}` }));
  });

  it('with a new optional query parameter on its first operation is not breaking', () => {
    const after = emitted();
    const { path, method } = firstOperation(after);
    const operation = after.paths[path][method];
    operation.parameters = [...(operation.parameters ?? []), { name: 'x_clientele_probe', in: 'query', required: false, schema: { type: 'string' } }];
    expect(compareSpec(api, emitted(), after)).toMatchObject({ status: 'changed', required: 'patch' });
  });
});
