import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { declaredAliases, defaultDirection, loadConfig, modelConfigOf, parseConfig } from '../../shared/config/mlops-config.js';
import { ContractError } from '../../shared/runtime/errors.js';

const FULL = `version: 1
models:
  churn:
    task: binary
    metrics:
      roc_auc: { threshold: 0.8, max_regression: 0.005 }
      log_loss: { min_relative_change: 0.01, severity: warn }
      avg_prec.test: { direction: higher, min_absolute_change: 0.001 }
    slices:
      region:
        min_size: 100
        metrics:
          recall: { threshold: 0.6 }
    first_run: fail
    significance: { resamples: 500, confidence: 0.9, alpha: 0.01, seed: 7 }
release:
  anything: [goes, here, until, the, release, step, reads, it]
`;

/** The error parseConfig throws for `text`, as "line:col message". */
function errorOf(text: string): string {
  try {
    parseConfig(text, 'mlops.yaml');
  } catch (e) {
    expect(e).toBeInstanceOf(ContractError);
    const err = e as ContractError;
    return `${err.location?.line}:${err.location?.column} ${err.message}`;
  }
  throw new Error('expected a ContractError');
}

describe('parseConfig', () => {
  it('reads every key, applies first_run: pass by default and keeps reserved sections', () => {
    const c = parseConfig(FULL, 'mlops.yaml');
    expect(c.models?.churn?.metrics?.roc_auc).toEqual({ threshold: 0.8, max_regression: 0.005 });
    expect(c.models?.churn?.first_run).toBe('fail');
    expect(c.models?.churn?.significance).toEqual({ resamples: 500, confidence: 0.9, alpha: 0.01, seed: 7 });
    expect(c.release).toBeDefined();
    expect(parseConfig('version: 1\nmodels:\n  m: {}\n', 'x').models?.m?.first_run).toBe('pass');
  });

  it('points at a misspelt rule key with "did you mean"', () => {
    expect(errorOf('version: 1\nmodels:\n  churn:\n    metrics:\n      roc_auc:\n        treshold: 0.8\n')).toBe(
      '6:9 mlops.yaml:6:9: unknown key "treshold" in models.churn.metrics.roc_auc (did you mean "threshold"? allowed keys: direction, threshold, min_absolute_change, min_relative_change, max_regression, severity)',
    );
  });

  it('rejects an unknown top-level key but not the reserved ones', () => {
    expect(errorOf('version: 1\nmodel:\n  churn: {}\n')).toMatch(/^2:1 .*unknown key "model".*did you mean "models"/);
    expect(() => parseConfig('version: 1\ndrift: { psi: 0.2 }\npromote: {}\nregistry: x\n', 'x')).not.toThrow();
  });

  it('says where a wrong type, a bad enum value and an out-of-range number are', () => {
    expect(errorOf('version: 1\nmodels:\n  m:\n    metrics:\n      f1: { threshold: high }\n')).toMatch(/^5:24 .*models\.m\.metrics\.f1\.threshold must be a number, not text "high"/);
    expect(errorOf('version: 1\nmodels:\n  m:\n    first_run: passs\n')).toMatch(/^4:16 .*first_run: text "passs" is not allowed \(did you mean "pass"\?/);
    expect(errorOf('version: 1\nmodels:\n  m:\n    metrics:\n      mae: { max_regression: -0.1 }\n')).toMatch(/^5:30 .*max_regression must be at least 0, not -0.1/);
    expect(errorOf('version: 1\nmodels:\n  m:\n    significance: { confidence: 1 }\n')).toMatch(/^4:33 .*confidence must be less than 1, not 1/);
  });

  it('asks for a direction on a metric name outside the registry, at its key', () => {
    expect(errorOf('version: 1\nmodels:\n  m:\n    metrics:\n      roc_auc.test: { threshold: 0.9 }\n      accuracy_v2: { threshold: 0.9 }\n')).toMatch(
      /^6:20 .*"accuracy_v2" is not a standard metric.*\(did you mean "accuracy"\? add direction: higher or direction: lower\)/,
    );
  });

  it('reports YAML syntax errors, an empty file and a missing version at the right place', () => {
    expect(errorOf('version: 1\nmodels:\n  m: {\n')).toMatch(/^\d+:\d+ mlops\.yaml:\d+:\d+: invalid YAML/);
    expect(errorOf('')).toMatch(/^1:1 .*the file is empty/);
    expect(errorOf('models: {}\n')).toMatch(/version is missing \(add "version: 1" at the top\)/);
    expect(errorOf('version: 2\n')).toMatch(/^1:10 .*version: number 2 is not 1/);
  });
});

describe('promote.aliases', () => {
  it('declares the aliases promote may create, staging and production when absent', () => {
    expect(declaredAliases(parseConfig('version: 1\npromote:\n  aliases: [shadow, production]\n', 'x'))).toEqual(['shadow', 'production']);
    expect(declaredAliases(parseConfig('version: 1\npromote: {}\n', 'x'))).toEqual(['staging', 'production']);
    expect(declaredAliases(undefined)).toEqual(['staging', 'production']);
  });

  it('rejects a name the registry would refuse, at its line and column', () => {
    expect(errorOf('version: 1\npromote:\n  aliases: [staging, Prod]\n')).toBe('3:22 mlops.yaml:3:22: promote.aliases[1]: must be lowercase letters, digits and single hyphens, starting with a letter');
    expect(errorOf('version: 1\npromote:\n  aliases: [latest]\n')).toMatch(/^3:13 .*"latest" means the highest version/);
  });
});

describe('defaultDirection', () => {
  it('knows registry names, also with a dataset part, and does not guess others', () => {
    expect(defaultDirection('roc_auc')).toBe('higher');
    expect(defaultDirection('log_loss')).toBe('lower');
    expect(defaultDirection('roc_auc.test')).toBe('higher');
    expect(defaultDirection('test/mae')).toBe('lower');
    expect(defaultDirection('loss_v2')).toBeUndefined();
    expect(defaultDirection('score')).toBeUndefined();
  });

  it('knows the names other tools log for the same metrics', () => {
    // DVC's example-get-started, Keras, XGBoost/LightGBM, Hugging Face's Trainer, MLflow autolog.
    const expected: Array<[string, 'higher' | 'lower']> = [
      ['avg_prec', 'higher'], ['avg_prec.test', 'higher'], ['auc', 'higher'], ['val_auc', 'higher'], ['aucpr', 'higher'],
      ['rmse', 'lower'], ['RMSE', 'lower'], ['test_rmse', 'lower'], ['mae', 'lower'], ['val/mae', 'lower'], ['mean_absolute_error', 'lower'],
      ['loss', 'lower'], ['val_loss', 'lower'], ['eval_loss', 'lower'], ['epoch_loss', 'lower'], ['train/loss', 'lower'], ['binary_logloss', 'lower'],
      ['training_roc_auc', 'higher'], ['training_log_loss', 'lower'], ['training_accuracy_score', 'higher'], ['r2_score', 'higher'],
    ];
    expect(expected.map(([name]) => [name, defaultDirection(name)])).toEqual(expected);
    // Parts that disagree, and names that only look like object keys, are not guessed.
    expect(defaultDirection('loss/auc')).toBeUndefined();
    expect(defaultDirection('__proto__')).toBeUndefined();
    expect(defaultDirection('constructor')).toBeUndefined();
  });
});

describe('loadConfig and modelConfigOf', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'mlops-config-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('loads a file and picks the only model, or the named one', async () => {
    const file = path.join(dir, 'mlops.yaml');
    await writeFile(file, FULL);
    const c = await loadConfig(file);
    expect(modelConfigOf(c)?.task).toBe('binary');
    expect(modelConfigOf(c, 'churn')?.metrics?.roc_auc?.threshold).toBe(0.8);
    expect(() => modelConfigOf(c, 'chrun')).toThrow(/model "chrun" is not configured.*did you mean "churn"/);
    expect(modelConfigOf(undefined)).toBeUndefined();
    const two = parseConfig('version: 1\nmodels:\n  a: {}\n  b: {}\n', 'x');
    expect(() => modelConfigOf(two)).toThrow(/configures 2 models \(a, b\); say which one/);
  });

  it('names a missing file and how to create one', async () => {
    await expect(loadConfig(path.join(dir, 'nope.yaml'))).rejects.toThrow(/nope\.yaml: config file not found \(.*mlops init/);
  });
});
