/**
 * `npm run demo`: the whole loop on the bundled example (examples/weather), offline, through the
 * real `mlops` command (bin/mlops.js -> dist/cli), exactly as a user would type it. Everything it
 * writes goes to out/demo/, except the training run cache (out/demo-cache/), which outlives a demo so
 * that the next one restores the model from it. It grows with each step the suite ships.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const example = 'examples/weather';
const out = 'out/demo';
/** The run cache lives outside out/demo (deleted at every start), so a second demo hits it. */
const cacheDir = 'out/demo-cache';

interface Step {
  title: string;
  args: string[];
  /** Exit codes that mean the step did what the demo wants to show (1 = a check failed). */
  expect: number[];
  /** A file the step needs that a user would make by hand first, written before it runs (shown). */
  prepare?: { file: string; what: string; write: () => string };
}

/** Seattle 2015 with its target as a 0/1 `rain` column, as the example's README asks before explain. */
function holdoutWithRain(): string {
  const [header, ...rows] = readFileSync(join(root, data('seattle-2015')), 'utf8').trim().split('\n');
  const cols = header!.split(',');
  const weather = cols.indexOf('weather');
  return `${[...cols.filter((_, i) => i !== weather), 'rain'].join(',')}\n${rows.map((r) => {
    const cells = r.split(',');
    return [...cells.filter((_, i) => i !== weather), cells[weather] === 'rain' ? '1' : '0'].join(',');
  }).join('\n')}\n`;
}

const data = (name: string) => `${example}/data/${name}.csv`;
const contract = `${example}/contract.yaml`;

const steps: Step[] = [
  {
    title: 'Validate the training data against its contract, and profile it',
    args: ['validate', '--data', data('seattle-2012-2014'), '--contract', contract, '--profile-out', `${out}/train.profile.json`, '--report-out', `${out}/train.validation.json`],
    expect: [0],
  },
  {
    title: 'Validate the hold-out year (a second shard of the same source)',
    args: ['validate', '--data', data('seattle-2015'), '--contract', contract, '--profile-out', `${out}/holdout.profile.json`],
    expect: [0],
  },
  {
    title: 'Merge the two profiles, as the fan-in job of a sharded run would',
    args: ['profile', 'merge', `${out}/train.profile.json`, `${out}/holdout.profile.json`, '--out', `${out}/seattle.profile.json`],
    expect: [0],
  },
  {
    title: 'Look at the merged profile of all Seattle data',
    args: ['profile', 'show', `${out}/seattle.profile.json`],
    expect: [0],
  },
  {
    title: 'Validate production data from another city: outside the training range, flagged as warnings',
    args: ['validate', '--data', data('new-york-2015'), '--contract', contract, '--report-out', `${out}/new-york.validation.json`, '--profile-out', `${out}/new-york.profile.json`],
    expect: [0],
  },
  {
    title: 'The same data with warnings made blocking (--fail-on warn): the step fails with exit 1',
    args: ['validate', '--data', data('new-york-2015'), '--contract', contract, '--fail-on', 'warn'],
    expect: [1],
  },
  {
    title: 'Infer a starting contract from data: strict types, tolerant missing values and categories, the training range widened by 10% as warnings',
    args: ['validate', '--data', data('seattle-2012-2014'), '--infer-contract', `${out}/inferred-contract.yaml`],
    expect: [0],
  },
  {
    title: 'Check the training data against the inferred contract',
    args: ['validate', '--data', data('seattle-2012-2014'), '--contract', `${out}/inferred-contract.yaml`],
    expect: [0],
  },
  {
    title: 'The hold-out year against the inferred contract: same source, no errors (a date past the widened training range is a warning)',
    args: ['validate', '--data', data('seattle-2015'), '--contract', `${out}/inferred-contract.yaml`],
    expect: [0],
  },
  {
    title: 'Production data from another city against the inferred contract: outside the training range, flagged as warnings',
    args: ['validate', '--data', data('new-york-2015'), '--contract', `${out}/inferred-contract.yaml`],
    expect: [0],
  },
  {
    title: `Train the model (${example}/train.ts) with a run cache: a second \`npm run demo\` restores it from the cache instead of training`,
    args: [
      'train', '--model', 'weather', '--params', `${example}/params.yaml`,
      '--inputs', `${example}/data/*.csv`, '--inputs', `${example}/train.ts`, '--inputs', `${example}/params.yaml`,
      '--outputs', `${out}/model/*`, '--cache-dir', cacheDir, '--run-out', `${out}/run.json`, '--log-out', `${out}/train.log`,
      '--', 'node', '--import', 'tsx', `${example}/train.ts`, '--out', `${out}/model`,
    ],
    expect: [0],
  },
  {
    title: 'Evaluate the model on the hold-out year (Seattle 2015), with slices by season',
    args: [
      'evaluate', '--predictions', `${out}/model/predictions.csv`, '--task', 'binary', '--label', 'label', '--score', 'score',
      '--prediction', 'prediction', '--slice', 'season', '--model', `${out}/model/model.json`, '--out', `${out}/evaluation.json`,
    ],
    expect: [0],
  },
  {
    title: 'Train a second candidate, the baseline of the PR report: the same script on New York 2015 and without precipitation (--set training_data=... features=...)',
    args: [
      'train', '--model', 'weather-baseline', '--params', `${example}/params.yaml`, '--set', 'training_data=new-york-2015', '--set', 'features=[temp_max, temp_min, wind, doy_sin, doy_cos]',
      '--inputs', data('new-york-2015'), '--inputs', data('seattle-2015'), '--inputs', `${example}/train.ts`, '--inputs', `${example}/params.yaml`,
      '--outputs', `${out}/baseline-model/*`, '--cache-dir', cacheDir, '--run-out', `${out}/baseline-run.json`, '--log-out', `${out}/baseline-train.log`,
      '--', 'node', '--import', 'tsx', `${example}/train.ts`, '--out', `${out}/baseline-model`,
    ],
    expect: [0],
  },
  {
    title: 'Evaluate the baseline candidate on the same hold-out rows (paired by date, so compare can run paired tests)',
    args: [
      'evaluate', '--predictions', `${out}/baseline-model/predictions.csv`, '--task', 'binary', '--label', 'label', '--score', 'score',
      '--prediction', 'prediction', '--slice', 'season', '--id', 'date', '--model', `${out}/baseline-model/model.json`, '--out', `${out}/baseline-evaluation.json`,
      '--sensitive', 'season',
    ],
    expect: [0],
  },
  {
    title: 'Re-evaluate the model with the same id column, as the PR\'s head report; --sensitive season adds a fairness section by season (it rains more in winter, so selection rates differ by design; the error rates are what to watch)',
    args: [
      'evaluate', '--predictions', `${out}/model/predictions.csv`, '--task', 'binary', '--label', 'label', '--score', 'score',
      '--prediction', 'prediction', '--slice', 'season', '--id', 'date', '--model', `${out}/model/model.json`, '--out', `${out}/head-evaluation.json`,
      '--sensitive', 'season',
    ],
    expect: [0],
  },
  {
    title: 'Explain the model: permutation importance through its own predict command, every shuffled copy predicted in one call',
    prepare: { file: `${out}/holdout.csv`, what: "Seattle 2015 with its target as a 0/1 rain column (the example's README)", write: holdoutWithRain },
    args: [
      'explain', '--data', `${out}/holdout.csv`, '--label', 'rain', '--repeats', '5', '--seed', '1', '--out', `${out}/explanation.json`,
      '--predict', `node --import tsx ${example}/predict.ts ${out}/model/model.json {input} {output}`,
    ],
    expect: [0],
  },
  {
    title: 'Explain the baseline candidate the same way, so the PR report can set their top features side by side',
    args: [
      'explain', '--data', `${out}/holdout.csv`, '--label', 'rain', '--repeats', '5', '--seed', '1', '--out', `${out}/baseline-explanation.json`,
      '--predict', `node --import tsx ${example}/predict.ts ${out}/baseline-model/model.json {input} {output}`,
    ],
    expect: [0],
  },
  {
    title: `The PR report a reviewer would see: compare the model with the baseline under ${example}/mlops.yaml (comment, summary, check run via the local forge)`,
    args: [
      'compare', '--head', `${out}/head-evaluation.json`, '--baseline', `${out}/baseline-evaluation.json`, '--config', `${example}/mlops.yaml`,
      '--model', 'weather', '--out-dir', `${out}/pr-report`, '--comment', '-',
      // "What changed": each side's run record and training-data profile (the two reports share a folder, so they are named).
      '--run', `${out}/run.json`, '--profile', `${out}/train.profile.json`, '--baseline-run', `${out}/baseline-run.json`, '--baseline-profile', `${out}/new-york.profile.json`,
      '--explanation', `${out}/explanation.json`, '--baseline-explanation', `${out}/baseline-explanation.json`,
    ],
    expect: [0],
  },
  {
    title: `Publish v1 of the model to the local registry (${out}/registry): deterministic archive, manifest with lineage, model card`,
    args: [
      'publish', '--model', 'weather', '--files', `${out}/model`, '--evaluation', `${out}/evaluation.json`, '--profile', `${out}/train.profile.json`,
      '--run', `${out}/run.json`, '--comparison', `${out}/pr-report/comparison.json`, '--explanation', `${out}/explanation.json`, '--version', '1.0.0', '--registry', `${out}/registry`, '--config', `${example}/mlops.yaml`,
    ],
    expect: [0],
  },
  {
    title: 'Promote it to staging (every asset is checked against the manifest first)',
    args: ['promote', '--model', 'weather', '--version', '1.0.0', '--alias', 'staging', '--registry', `${out}/registry`],
    expect: [0],
  },
  {
    title: 'Promote it to production, with the reviewer who approved it in the audit log',
    args: ['promote', '--model', 'weather', '--version', 'latest', '--alias', 'production', '--reviewer', 'demo-reviewer', '--comment', 'PR report passed', '--registry', `${out}/registry`],
    expect: [0],
  },
  {
    title: "The registry's view of the model: versions and where its aliases point",
    args: ['registry', 'show', 'weather', '--registry', `${out}/registry`],
    expect: [0],
  },
  {
    title: 'Scheduled drift check: New York 2015 as production data against the production release\'s Seattle training profile; the local forge writes the retraining PR (exit 1: drift)',
    args: [
      'drift', '--model', 'weather', '--config', `${example}/mlops.yaml`, '--registry', `${out}/registry`, '--current', `${example}/data/new-york-2015.csv`,
      '--out', `${out}/drift.json`, '--pr-dir', `${out}/forge`,
    ],
    expect: [1],
  },
];

function run(): number {
  rmSync(join(root, out), { recursive: true, force: true });
  mkdirSync(join(root, out), { recursive: true });
  const bin = join(root, 'bin/mlops.js');
  let n = 0;
  for (const step of steps) {
    n++;
    console.log(`\n━━ ${n}. ${step.title}`);
    if (step.prepare) {
      writeFileSync(join(root, step.prepare.file), step.prepare.write());
      console.log(`(wrote ${step.prepare.file}: ${step.prepare.what})`);
    }
    console.log(`$ mlops ${step.args.map((a) => (/[\s{}]/.test(a) ? JSON.stringify(a) : a)).join(' ')}`);
    const r = spawnSync(process.execPath, [bin, ...step.args], { cwd: root, stdio: 'inherit' });
    const code = r.status ?? 1;
    if (!step.expect.includes(code)) {
      console.error(`\ndemo: step ${n} exited ${code}, expected ${step.expect.join(' or ')}`);
      return 1;
    }
    if (code !== 0) console.log(`(exit ${code}, as expected)`);
  }
  console.log(`\nDone. Everything the demo wrote is in ${relative(process.cwd(), join(root, out)) || out}/ (the training run cache: ${cacheDir}/).`);
  return 0;
}

process.exitCode = run();
