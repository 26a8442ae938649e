/**
 * The model card keeps untrusted text as text: slice values, metric and column names from data,
 * the config's prose and the actor cannot inject HTML, break a table or @mention anyone.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishModel } from '../../shared/steps/publish-model.js';
import { evaluationReport, localEnv, workspace } from './fixtures.js';

describe('model card', () => {
  it('escapes hostile slice values, metric names, config prose and actor names', async () => {
    const report = evaluationReport({
      metrics: { accuracy: { value: 0.9, ci: [0.8, 0.95] }, 'evil|<b>metric</b>': { value: 1, direction: 'higher' } },
      slices: [{ column: 'city', value: '<img src=x onerror=alert(1)> | @octocat', rows: 50, metrics: { accuracy: { value: 0.7 } }, omitted: [], confusion_matrix: null }],
    });
    const w = await workspace(undefined, report);
    await publishModel(
      {
        model: 'weather',
        files: w.files,
        evaluation: w.evaluation,
        env: { GITHUB_ACTIONS: 'true', GITHUB_RUN_ID: '1', GITHUB_ACTOR: '@admins <script>', GITHUB_REPOSITORY: 'acme/weather' },
        release: {
          intended_use: 'Rain tomorrow in Seattle.\n\nNot for <marquee>flood</marquee> warnings; ask @acme/weather-team.',
          limitations: '| broken | table |',
          owners: ['@acme/ml', 'Jo <jo@example.com>'],
        },
      },
      w.ports,
    );
    const card = await readFile(join(w.registry, 'model/weather/v1.0.0/model-card.md'), 'utf8');
    expect(card).toContain('## Intended use\n\nRain tomorrow in Seattle.\n\nNot for &lt;marquee&gt;flood&lt;/marquee&gt; warnings; ask @\u200Dacme/weather-team.');
    expect(card).toContain('&#124; broken &#124; table &#124;');
    expect(card).toContain('| city = &lt;img src=x onerror=alert(1)&gt; &#124; @\u200Doctocat | 50 |');
    expect(card).toContain('| evil&#124;&lt;b&gt;metric&lt;/b&gt; | 1 | — |');
    expect(card).toContain('| actor | @\u200Dadmins &lt;script&gt; |');
    expect(card).toContain('**Owners:** @\u200Dacme/ml, Jo &lt;jo@\u200Dexample.com&gt;');
    expect(card).not.toMatch(/<(img|script|marquee|b)\b/);
    expect(card).not.toMatch(/@(?!\u200D)[A-Za-z]/);
    // Every table row has the cells its header has: nothing broke a table.
    for (const block of card.split('\n\n')) {
      const rows = block.split('\n').filter((l) => l.startsWith('|'));
      if (rows.length) expect(new Set(rows.map((r) => r.split(/(?<!\\)\|/).length)).size, block).toBe(1);
    }
  });

  it('shows metrics with CIs, slices, the data summary and where to fill in intended use', async () => {
    const w = await workspace();
    await publishModel({ model: 'weather', files: w.files, evaluation: w.evaluation, env: localEnv, cwd: w.dir }, w.ports);
    const card = await readFile(join(w.registry, 'model/weather/v1.0.0/model-card.md'), 'utf8');
    expect(card).toContain('| metric | value | 95% CI |');
    expect(card).toContain('| roc\\_auc | 0.95 | [0.93, 0.97] |');
    expect(card).toContain('| season = winter | 90 | 0.88 [0.8, 0.94] |');
    expect(card).toContain('_not set: add release.models.weather.intended_use to mlops.yaml_');
    expect(card).toContain('_No training data profile was published with this version._');
  });
});
