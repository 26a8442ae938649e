import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadParamsFile, mergeParams, paramsFromAssignments, parseParamsJson, parseParamsText } from '../../../shared/model/train/params.js';
import { InputError, UsageError } from '../../../shared/runtime/errors.js';

async function file(name: string, text: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'params-'));
  await writeFile(join(dir, name), text);
  return join(dir, name);
}

describe('params', () => {
  it('reads YAML and JSON params files into the same mapping', async () => {
    const yaml = await loadParamsFile(await file('p.yaml', 'lr: 0.01\noptimizer:\n  name: adam\n  betas: [0.9, 0.999]\n'));
    const json = await loadParamsFile(await file('p.json', '{"lr": 0.01, "optimizer": {"name": "adam", "betas": [0.9, 0.999]}}'));
    expect(yaml).toEqual({ lr: 0.01, optimizer: { name: 'adam', betas: [0.9, 0.999] } });
    expect(json).toEqual(yaml);
  });

  it('merges overrides key by key at every depth and replaces lists whole', () => {
    const base = { lr: 0.1, optimizer: { name: 'sgd', momentum: 0.9 }, layers: [64, 32] };
    expect(mergeParams(base, { optimizer: { name: 'adam' }, layers: [8] })).toEqual({ lr: 0.1, optimizer: { name: 'adam', momentum: 0.9 }, layers: [8] });
    expect(base.optimizer.name).toBe('sgd');
  });

  it('reads --set values as YAML: numbers, lists, quoted strings, dotted keys', () => {
    expect(paramsFromAssignments(['lr=0.01', 'model.layers=[64, 32]', "tag='0.10'", 'name=resnet', 'model.dropout=0.5'])).toEqual({
      lr: 0.01,
      model: { layers: [64, 32], dropout: 0.5 },
      tag: '0.10',
      name: 'resnet',
    });
    expect(() => paramsFromAssignments(['lr'])).toThrow(UsageError);
    expect(() => paramsFromAssignments(['a..b=1'])).toThrow(/dotted key/);
  });

  it('points at the line and column of a missing comma in a JSON params file', async () => {
    const text = '{\n  "lr": 0.1\n  "epochs": 3\n}\n';
    const path = await file('bad.json', text);
    const err = await loadParamsFile(path).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    // The offending token is `"epochs"`: line 3, column 3.
    expect((err as InputError).location).toEqual({ file: path, line: 3, column: 3 });
    expect((err as InputError).message).toMatch(/bad\.json:3:3: invalid params \(JSON\)/);
    expect((err as InputError).exitCode).toBe(2);
  });

  it('points at a duplicate key in a YAML params file', async () => {
    const path = await file('bad.yaml', 'lr: 0.1\nepochs: 3\nlr: 0.2\n');
    const err = (await loadParamsFile(path).catch((e: unknown) => e)) as InputError;
    expect(err.location).toEqual({ file: path, line: 3, column: 1 });
    expect(err.message).toContain('unique');
  });

  it('rejects params that are not a mapping, and a missing file', async () => {
    expect(() => parseParamsText('- 1\n- 2\n', 'input "params"')).toThrow(/must be a mapping.*list/);
    await expect(loadParamsFile('/nonexistent/params.yaml')).rejects.toThrow(/params\.yaml: cannot read params file: no such file/);
  });
});

describe('params that would not survive as plain objects are bad input', () => {
  it('refuses __proto__ as a name in a params file (YAML or JSON, at any depth) and in --set, where it would silently vanish', () => {
    expect(() => parseParamsText('lr: 0.1\n__proto__: { polluted: true }\n', 'params.yaml')).toThrow(InputError);
    expect(() => parseParamsText('optimizer:\n  __proto__: 1\n', 'params.yaml')).toThrow(/"__proto__" cannot be a params name/);
    expect(() => parseParamsJson('{"a": {"__proto__": {"x": 1}}}', 'params.json')).toThrow(InputError);
    expect(() => paramsFromAssignments(['__proto__.x=1'])).toThrow(UsageError);
    // constructor and prototype are ordinary names: kept, as given.
    expect(mergeParams(paramsFromAssignments(['constructor=1']), paramsFromAssignments(['prototype.x=2']))).toEqual({ constructor: 1, prototype: { x: 2 } });
  });

  it('turns a YAML alias bomb into one InputError instead of an internal error', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(10).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)].join('\n');
    expect(() => parseParamsText(bomb, 'params.yaml')).toThrow(InputError);
  });
});
