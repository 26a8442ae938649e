/**
 * `mlops doctor` on team repositories: our starter workflows with a complete mlops.yaml come out
 * clean, and each thing a team can get wrong (a permission, the config, an environment, a secret, a
 * model's settings, a call) is one finding at the right file and line, with a fix, and the exit
 * code says whether anything is an error.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scaffoldCustomStep } from '../../shared/custom-step/scaffold.js';
import { COMPLETE_CONFIG, doctor, edit, errors, lineOf, listChecks, makeRepo, mlopsDoctor, problems, starterWith, starterWorkflows, warnings } from './repos.js';

describe('a repository made of our starter workflows', () => {
  it('comes out clean with a complete mlops.yaml, and exits 0', async () => {
    const dir = makeRepo();
    const report = await doctor(dir);
    expect(problems(report), listChecks(problems(report))).toEqual([]);
    const okFiles = report.checks.filter((c) => c.area === 'workflows' && c.status === 'ok').map((c) => c.location?.file);
    expect(okFiles.sort()).toEqual(Object.keys(starterWorkflows()).map((f) => `.github/workflows/${f}`).sort());
    for (const model of ['compare gates 1 metric', 'the model card has its intended use', 'drift-check reads 1 source']) {
      expect(report.checks.some((c) => c.area === 'models' && c.status === 'ok' && c.message.includes(model)), model).toBe(true);
    }
    const cli = await mlopsDoctor(['--dir', dir]);
    expect(cli.code).toBe(0);
    expect(cli.out).toMatch(/0 errors, 0 warnings, \d+ ok\n$/);
  });

  it('lists the secrets and variables the workflows read (not commented-out ones), saying it cannot check them offline', async () => {
    const wfs = starterWorkflows();
    const report = await doctor(makeRepo());
    const listed = report.checks.filter((c) => c.area === 'secrets');
    expect(listed.map((c) => c.message)).toEqual(['secret MLOPS_APP_PRIVATE_KEY is used', 'variable MLOPS_APP_ID is used']);
    expect(listed[0]!.location).toMatchObject({ file: '.github/workflows/drift-check.yml', line: lineOf(wfs['drift-check.yml']!, 'secrets.MLOPS_APP_PRIVATE_KEY') });
    expect(listed[1]!.location).toMatchObject({ file: '.github/workflows/drift-check.yml', line: lineOf(wfs['drift-check.yml']!, 'vars.MLOPS_APP_ID') });
    for (const c of listed) {
      expect(c.status).toBe('ok');
      expect(c.note).toContain('cannot read');
      expect(c.note).toContain('offline');
    }
  });

  it('lists the environments promote.yml promotes to, for a person to check', async () => {
    const report = await doctor(makeRepo());
    const env = report.checks.filter((c) => c.area === 'environments');
    expect(env).toHaveLength(1);
    expect(env[0]).toMatchObject({ status: 'ok', location: { file: '.github/workflows/promote.yml' } });
    expect(env[0]!.message).toContain('"staging", "production" (workflow_dispatch input alias)');
    expect(env[0]!.note).toContain('required reviewers');
  });

  it('says so when there is nothing to check', async () => {
    const report = await doctor(makeRepo({ workflows: {}, config: null }));
    expect(warnings(report).map((c) => c.message)).toEqual(['no workflows in .github/workflows/']);
    expect(errors(report).map((c) => c.message)).toEqual(['mlops.yaml does not exist']);
  });
});

describe('permissions', () => {
  it('a promote job that does not grant deployments: write is an error at its permissions, exit 1', async () => {
    const wfs = starterWith({ 'promote.yml': [['      deployments: write\n', '']] });
    const dir = makeRepo({ workflows: wfs });
    const found = errors(await doctor(dir));
    expect(found, listChecks(found)).toHaveLength(1);
    expect(found[0]).toMatchObject({ area: 'permissions', location: { file: '.github/workflows/promote.yml', line: lineOf(wfs['promote.yml']!, 'permissions:', 'uses: mlops-actions') } });
    expect(found[0]!.message).toContain('asks for deployments: write, more than this job grants (GitHub refuses to start the run)');
    expect(found[0]!.fix).toContain('grant deployments: write in jobs.promote.permissions');
    const cli = await mlopsDoctor(['--dir', dir]);
    expect(cli.code).toBe(1);
    expect(cli.out).toMatch(/^error {2}\.github\/workflows\/promote\.yml:\d+:\d+: jobs\.promote/m);
  });

  it('a drift job with GITHUB_TOKEN must grant what the retraining PR needs', async () => {
    const noApp: Array<[string, string]> = [
      ['      app-id: ${{ vars.MLOPS_APP_ID }}\n', ''],
      ['      app-private-key: ${{ secrets.MLOPS_APP_PRIVATE_KEY }}\n', ''],
    ];
    // Whether it opens a PR is decided by an expression: a warning.
    const maybe = await doctor(makeRepo({ workflows: starterWith({ 'drift-check.yml': noApp }) }));
    expect(errors(maybe)).toEqual([]);
    expect(warnings(maybe).map((c) => c.message)).toEqual([
      expect.stringMatching(/mlops-drift-check\.yml may need contents: write for the retraining branch \(an expression decides\), but this job grants read$/),
      expect.stringMatching(/mlops-drift-check\.yml may need pull-requests: write for the retraining PR \(an expression decides\), but this job grants none$/),
    ]);
    // Always opening one: an error.
    const always = await doctor(makeRepo({ workflows: starterWith({ 'drift-check.yml': [...noApp, ["pull-request: ${{ github.event_name == 'schedule' || inputs.pull-request }}", 'pull-request: true']] }) }));
    expect(errors(always).map((c) => c.message)).toEqual([
      expect.stringContaining('needs contents: write for the retraining branch, but this job grants read'),
      expect.stringContaining('needs pull-requests: write for the retraining PR, but this job grants none'),
    ]);
    expect(errors(always)[0]!.fix).toContain('contents: write');
    // Granting both makes it clean.
    const granted = await doctor(
      makeRepo({ workflows: starterWith({ 'drift-check.yml': [...noApp, ['    permissions:\n      contents: read\n', '    permissions:\n      contents: write\n      pull-requests: write\n']] }) }),
    );
    expect(problems(granted), listChecks(problems(granted))).toEqual([]);
  });

  it('checks our actions used in a job of your own: what the inputs turn on, and a job with no permissions block', async () => {
    const compareJob = (permissions: string, withLines: string) => `on: workflow_run
${permissions}jobs:
  gate:
    runs-on: ubuntu-latest
    steps:
      - uses: mlops-actions/mlops-actions/actions/compare@v1
        with:
          head: evaluation.json
          model: churn
${withLines}`;
    const run = async (text: string) => doctor(makeRepo({ workflows: { 'gate.yml': text } }));
    const strict = await run(compareJob('permissions:\n  pull-requests: write\n  actions: read\n', ''));
    expect(errors(strict).map((c) => c.message)).toEqual(['jobs.gate.steps[0] (compare): actions/compare needs checks: write for the check run, but this job grants none: the step fails when it gets there']);
    expect(errors(strict)[0]!.location).toMatchObject({ file: '.github/workflows/gate.yml', line: 2 });
    // The check run turned off: nothing more is needed.
    expect(problems(await run(compareJob('permissions:\n  pull-requests: write\n  actions: read\n', "          check-run: 'false'\n")))).toEqual([]);
    // Turned on by an expression: a warning.
    const maybe = await run(compareJob('permissions:\n  pull-requests: write\n  actions: read\n', '          check-run: ${{ github.event_name == \'push\' }}\n'));
    expect(problems(maybe).map((c) => `${c.status} ${c.message}`)).toEqual([expect.stringMatching(/^warn .*may need checks: write/)]);
    // No permissions anywhere: the repository's default decides, so say what to grant.
    const none = await run(compareJob('', ''));
    expect(problems(none).map((c) => c.status)).toEqual(['warn']);
    expect(problems(none)[0]!.message).toContain("repository's default token permissions");
    expect(problems(none)[0]!.fix).toBe('grant them explicitly: permissions: { pull-requests: write, checks: write, actions: read } on jobs.gate');
  });
});

describe('calls of our actions and reusable workflows', () => {
  it('reports inputs they do not declare, required ones not given, and branch pins, each with its severity', async () => {
    const text = `on: push
permissions:
  contents: read
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: mlops-actions/mlops-actions/actions/evaluate@main
        with:
          predictions: p.csv
          colour: red
      - uses: acme/mlops-actions/actions/validate-data@0123456789abcdef0123456789abcdef01234567
        with: { data: d.csv }
  report:
    uses: mlops-actions/mlops-actions/.github/workflows/mlops-pr-report.yml@v1.2.0
    with:
      data: d.csv
      colour: red
`;
    const report = await doctor(makeRepo({ workflows: { 'check.yml': text } }));
    const found = problems(report).map((c) => `${c.status} ${c.location?.line} ${c.message}`);
    expect(found).toEqual([
      expect.stringMatching(/^warn 8 jobs\.check\.steps\[0\] .*pinned to main, not the major version v1$/),
      // The runner only warns about an action's unknown input; GitHub refuses a reusable workflow's.
      expect.stringMatching(/^warn 11 jobs\.check\.steps\[0\] .*with\.colour is not an input of actions\/evaluate$/),
      expect.stringMatching(/^error 18 jobs\.report .*with\.colour is not an input of \.github\/workflows\/mlops-pr-report\.yml$/),
      expect.stringMatching(/^error 14 jobs\.report .*required inputs contract, model, command, train-inputs, train-outputs, predictions, task, label are not given$/),
      // Neither call names a score or prediction column: evaluate would stop on both.
      expect.stringMatching(/^error 10 jobs\.check: evaluate is given neither score nor prediction/),
      expect.stringMatching(/^error 14 jobs\.report: evaluate is given neither score nor prediction/),
    ]);
    // A fork's name and a commit SHA (steps[1]) and a v1 release tag (jobs.report) are fine pins.
  });

  it('recognises our actions and reusable workflows under another repository name (init --uses), pinned to a release of our major', async () => {
    const text = `on: pull_request
permissions:
  contents: read
jobs:
  check:
    runs-on: ubuntu-latest
    steps:
      - uses: acme/ml-actions/actions/evaluate@v1.4.2
        with:
          predictions: p.csv
          score: s
          colour: red
      - uses: acme/ml-tools/actions/lint@v1
  report:
    uses: acme/ml-actions/.github/workflows/mlops-pr-report.yml@main
    with:
      colour: red
`;
    const found = problems(await doctor(makeRepo({ workflows: { 'check.yml': text } }))).map((c) => `${c.status} ${c.location?.line} ${c.message}`);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^warn 12 jobs\.check\.steps\[0\] .*with\.colour is not an input of actions\/evaluate$/),
        expect.stringMatching(/^warn 15 jobs\.report .*pinned to main, not the major version v1$/),
        expect.stringMatching(/^error 17 jobs\.report .*with\.colour is not an input of \.github\/workflows\/mlops-pr-report\.yml$/),
      ]),
    );
    // Another repository's action of a name we do not have is not ours, and v1.4.2 is a fine pin.
    expect(found.filter((f) => f.includes('steps[1]') || f.includes('v1.4.2'))).toEqual([]);
  });

  it("checks the repository's own steps have their committed bundle", async () => {
    const text = `on: push
permissions:
  contents: read
jobs:
  gate:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: ./actions/metric-floor
        with: { metric: roc_auc }
      - uses: ./actions/nope
`;
    const dir = makeRepo({ workflows: { 'gate.yml': text } });
    await scaffoldCustomStep({ name: 'metric-floor', dir });
    expect(errors(await doctor(dir)).map((c) => `${c.location?.line} ${c.message}`)).toEqual([
      '9 jobs.gate.steps[1]: ./actions/metric-floor runs dist/index.js, which is not in the repository',
      '11 jobs.gate.steps[2]: ./actions/nope has no action.yml',
    ]);
    mkdirSync(join(dir, 'actions/metric-floor/dist'));
    writeFileSync(join(dir, 'actions/metric-floor/dist/index.js'), '');
    expect(errors(await doctor(dir)).map((c) => c.message)).toEqual(['jobs.gate.steps[2]: ./actions/nope has no action.yml']);
  });

  it('reports a workflow that does not parse at its line', async () => {
    const report = await doctor(makeRepo({ workflows: { ...starterWorkflows(), 'broken.yml': 'on: push\njobs:\n  a:\n    steps: [\n' } }));
    const found = errors(report);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ area: 'workflows', location: { file: '.github/workflows/broken.yml', line: 5 } });
    expect(found[0]!.message).toMatch(/^invalid YAML: /);
  });
});

describe('mlops.yaml', () => {
  it("reports the loader's error at its line and column, with its fix", async () => {
    const config = edit(COMPLETE_CONFIG, 'roc_auc: { threshold: 0.8', 'roc_auc: { treshold: 0.8');
    const found = errors(await doctor(makeRepo({ config })));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      area: 'config',
      message: 'unknown key "treshold" in models.churn.metrics.roc_auc',
      location: { file: 'mlops.yaml', line: lineOf(config, 'treshold'), column: 18 },
    });
    expect(found[0]!.fix).toContain('did you mean "threshold"?');
  });

  it('is an error when missing, and so is a config file a workflow names', async () => {
    const wfs = starterWith({ 'pr-comment.yml': [['      model: churn\n', '      model: churn\n      config: ml/mlops.yaml\n']] });
    const found = errors(await doctor(makeRepo({ workflows: wfs, config: null })));
    expect(found.map((c) => `${c.location?.file}:${c.location?.line} ${c.message}`)).toEqual([
      'mlops.yaml:undefined mlops.yaml does not exist',
      `.github/workflows/pr-comment.yml:${lineOf(wfs['pr-comment.yml']!, 'config: ml/mlops.yaml')} ml/mlops.yaml does not exist (.github/workflows/pr-comment.yml jobs.comment reads it)`,
    ]);
    expect(found[0]!.fix).toContain('version: 1');
  });
});

describe('environments', () => {
  it('an alias promote-model would refuse is an error where the value is written', async () => {
    const wfs = starterWith({ 'promote.yml': [['options: [staging, production]', 'options: [staging, production, Pre Prod]']] });
    const found = errors(await doctor(makeRepo({ workflows: wfs })));
    expect(found.map((c) => c.message)).toEqual(['jobs.promote (mlops-promote.yml): alias "Pre Prod" (workflow_dispatch input alias) is not lowercase letters, digits and single hyphens starting with a letter']);
    expect(found[0]!.location).toMatchObject({ file: '.github/workflows/promote.yml', line: lineOf(wfs['promote.yml']!, 'options: [staging') });
  });

  it('an alias the promotion cannot create is an error at its option, unless create-alias says so', async () => {
    const wfs = starterWith({ 'promote.yml': [['options: [staging, production]', 'options: [staging, production, canary]']] });
    const found = errors(await doctor(makeRepo({ workflows: wfs })));
    expect(found.map((c) => c.message)).toEqual([expect.stringMatching(/^jobs\.promote: promotes to alias "canary" \(workflow_dispatch input alias\), which mlops-promote\.yml takes only when it exists or is created/)]);
    expect(found[0]!.location).toMatchObject({ file: '.github/workflows/promote.yml', line: lineOf(wfs['promote.yml']!, 'options: [staging') });
    expect(found[0]!.fix).toContain('create-alias: true');

    const creating = starterWith({ 'promote.yml': [['options: [staging, production]', 'options: [staging, production, canary]'], ['      alias: ${{ inputs.alias }}\n', '      alias: ${{ inputs.alias }}\n      create-alias: true\n']] });
    expect(errors(await doctor(makeRepo({ workflows: creating })))).toEqual([]);
  });

  it('an environment name GitHub would refuse is an error', async () => {
    const wfs = starterWith({ 'promote.yml': [['      alias: ${{ inputs.alias }}\n', `      alias: \${{ inputs.alias }}\n      environment: ${'e'.repeat(256)}\n`]] });
    const found = errors(await doctor(makeRepo({ workflows: wfs })));
    expect(found.map((c) => c.message)).toEqual([expect.stringContaining('is 256 characters long (GitHub allows 255)')]);
  });

  it('production without require-approval is a warning (warnings alone exit 0)', async () => {
    const wfs = starterWith({ 'promote.yml': [["require-approval: ${{ inputs.alias == 'production' }}", 'require-approval: false']] });
    const dir = makeRepo({ workflows: wfs });
    const found = problems(await doctor(dir));
    expect(found.map((c) => `${c.status} ${c.message}`)).toEqual([expect.stringMatching(/^warn jobs\.promote \(mlops-promote\.yml\): promotes to production without require-approval \(false\)/)]);
    expect(found[0]!.location?.line).toBe(lineOf(wfs['promote.yml']!, 'require-approval: false'));
    expect(found[0]!.fix).toContain('require-approval: true');
    expect((await mlopsDoctor(['--dir', dir])).code).toBe(0);
  });

  it('promote-model in a job of your own: the job must run in the environment it records', async () => {
    const job = (environment: string) => `on: workflow_dispatch
permissions:
  actions: read
  contents: write
  deployments: write
jobs:
  ship:
    runs-on: ubuntu-latest
${environment}    steps:
      - uses: mlops-actions/mlops-actions/actions/promote-model@v1
        with:
          model: churn
          alias: production
          require-approval: 'true'
`;
    const ungated = problems(await doctor(makeRepo({ workflows: { 'ship.yml': job('') } })));
    expect(ungated.map((c) => `${c.status} ${c.message}`)).toEqual(['warn jobs.ship.steps[0] (promote-model): jobs.ship has no environment:, so nothing holds the promotion for approval']);
    expect(ungated[0]!.fix).toContain('add environment: production to jobs.ship');
    const mismatched = problems(await doctor(makeRepo({ workflows: { 'ship.yml': job('    environment: staging\n') } })));
    expect(mismatched.map((c) => `${c.status} ${c.message}`)).toEqual(['error jobs.ship.steps[0] (promote-model): the job runs in environment "staging" but promote-model records "production"']);
    expect(problems(await doctor(makeRepo({ workflows: { 'ship.yml': job('    environment: Production\n') } })))).toEqual([]);
  });
});

describe("drift sources' secrets", () => {
  const config = edit(COMPLETE_CONFIG, '        - files: ["prod/*.csv"]\n', '        - files: ["prod/*.csv"]\n        - http: { url: "https://ml.example.com/api/rows", secret_env: PROD_API_TOKEN, rows: /data }\n');

  it('is an error when the drift job does not pass a secret_env a source names', async () => {
    const found = errors(await doctor(makeRepo({ config })));
    expect(found.map((c) => c.message)).toEqual(['jobs.drift: mlops.yaml drift.models.churn reads PROD_API_TOKEN (secret_env), but the job does not pass it in source-secrets']);
    expect(found[0]!.location).toMatchObject({ file: '.github/workflows/drift-check.yml', line: lineOf(starterWorkflows()['drift-check.yml']!, '    secrets:') });
    expect(found[0]!.fix).toContain('PROD_API_TOKEN=${{ secrets.PROD_API_TOKEN }}');
  });

  it('passes when source-secrets carries it, and lists the repository secret it reads', async () => {
    const wfs = starterWith({ 'drift-check.yml': [['      # source-secrets: |\n      #   PROD_API_TOKEN=', '      source-secrets: |\n        PROD_API_TOKEN=']] });
    const report = await doctor(makeRepo({ workflows: wfs, config }));
    expect(problems(report), listChecks(problems(report))).toEqual([]);
    expect(report.checks.map((c) => c.message)).toEqual(expect.arrayContaining(['secret PROD_API_TOKEN is used', expect.stringContaining('drift source secret PROD_API_TOKEN (mlops.yaml, drift.models.churn) is passed in source-secrets')]));
    expect(report.checks.find((c) => c.message === 'secret PROD_API_TOKEN is used')!.location?.line).toBe(lineOf(wfs['drift-check.yml']!, 'PROD_API_TOKEN=${{'));
  });

  it('with the action in a job of your own, looks in env:', async () => {
    const job = (env: string) => `on: schedule
permissions:
  contents: read
jobs:
  drift:
    runs-on: ubuntu-latest
    steps:
      - uses: mlops-actions/mlops-actions/actions/drift-check@v1
        with:
          model: churn
          pull-request: 'false'
${env}`;
    expect(errors(await doctor(makeRepo({ workflows: { 'd.yml': job('') }, config }))).map((c) => c.message)).toEqual([
      "jobs.drift.steps[0]: mlops.yaml drift.models.churn reads PROD_API_TOKEN (secret_env), but drift-check's environment does not have it",
    ]);
    expect(problems(await doctor(makeRepo({ workflows: { 'd.yml': job('        env:\n          PROD_API_TOKEN: ${{ secrets.PROD_API_TOKEN }}\n') }, config })))).toEqual([]);
  });
});

describe("models' settings", () => {
  it('each step of each model has what it reads from mlops.yaml', async () => {
    const config = `version: 1
models:
  other:
    metrics: { accuracy: { threshold: 0.8 } }
drift:
  models:
    churn:
      reference: production
`;
    const report = await doctor(makeRepo({ config }));
    expect(problems(report).map((c) => `${c.status} ${c.location?.file} ${c.message}`)).toEqual([
      'error .github/workflows/drift-check.yml jobs.drift: drift-check for churn has no current data: drift.models.churn has no sources and the job gives no current input',
      'error .github/workflows/pr-comment.yml jobs.comment: compare gates model "churn", which mlops.yaml does not configure under models (it has other)',
      'warn mlops.yaml churn: mlops.yaml has no release.models.churn.intended_use, .limitations, .owners, so the model card says "not set"',
    ]);
  });

  it('a drift job given current files needs no sources', async () => {
    const wfs = starterWith({ 'drift-check.yml': [['      model: ${{ matrix.model }}\n', '      model: ${{ matrix.model }}\n      current: prod/*.csv\n']] });
    const config = edit(COMPLETE_CONFIG, '      sources:\n        - files: ["prod/*.csv"]\n', '      reference: production\n');
    expect(problems(await doctor(makeRepo({ workflows: wfs, config })))).toEqual([]);
  });
});

describe('the command', () => {
  it('prints mlops-actions/doctor@1 JSON with --format json', async () => {
    const dir = makeRepo({ workflows: starterWith({ 'promote.yml': [['      deployments: write\n', '']] }) });
    const { code, out } = await mlopsDoctor(['--dir', dir, '--format', 'json']);
    expect(code).toBe(1);
    const report = JSON.parse(out) as { schema: string; root: string; counts: Record<string, number>; checks: Array<Record<string, unknown>> };
    expect(report.schema).toBe('mlops-actions/doctor@1');
    expect(report.counts.error).toBe(1);
    expect(report.checks.filter((c) => c.status === 'error')).toEqual([
      expect.objectContaining({ area: 'permissions', location: expect.objectContaining({ file: '.github/workflows/promote.yml', line: expect.any(Number) }), fix: expect.any(String) }),
    ]);
  });

  it('is a usage error (exit 2) for a missing --dir or an unknown --format', async () => {
    expect((await mlopsDoctor(['--dir', '/nonexistent/mlops-doctor'])).code).toBe(2);
    const bad = await mlopsDoctor(['--dir', makeRepo(), '--format', 'xml']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--format must be one of text, json');
  });
});
