/** `mlops rank`: rank candidate models' evaluation reports under the gate rules (the candidates' fan-in). */
import { existsSync } from 'node:fs';
import { CommandUsageError, choiceOption, parseCommandArgs, type CliIo, type Command } from '../../runtime/cli.js';

const usage = `Usage: mlops rank --candidate NAME=FILE [--candidate NAME=FILE ...] [options]

Rank candidate models (e.g. one per parameter set, trained by a matrix) by their evaluation
reports: each is gated against the baseline by the rules of mlops.yaml, as compare gates a PR,
and the candidates the gate passes come first, best primary metric first; ties go to fewer
failed rules, then to the name. Writes DIR/ranking.json (mlops-actions/ranking@1) and
DIR/ranking.md (the PR comment the rank-candidates action posts), and prints the ranking.

Options:
  --candidate NAME=FILE   a candidate and its evaluation report; or a file or quoted glob,
                          each report named for its folder                      (required, repeatable)
  --baseline FILE|none    the baseline report (default none: change rules are first-run)
  --config FILE           mlops.yaml with gate rules (default: ./mlops.yaml when it exists)
  --model NAME            which model of mlops.yaml (default: the only one)
  --metric NAME           the primary metric (default: the first metric of the model's rules,
                          else roc_auc, accuracy or rmse by task)
  --out-dir DIR           where to write ranking.json and ranking.md (default mlops-out/rank)
  --format text|json      what to print (default text; json prints ranking.json)
  --no-fail               exit 0 even when no candidate passes the gate
  -h, --help              show this help

Exit codes: 0 a winner, 1 no candidate passes the gate, 2 bad usage or bad input.
`;

const options = {
  candidate: { type: 'string', multiple: true },
  baseline: { type: 'string' },
  config: { type: 'string' },
  model: { type: 'string' },
  metric: { type: 'string' },
  'out-dir': { type: 'string' },
  format: { type: 'string' },
  'no-fail': { type: 'boolean' },
} as const;

export const rankCommand: Command = {
  name: 'rank',
  summary: 'Rank candidate models by their evaluations under the gate rules',
  usage,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values } = parseCommandArgs(argv, options, usage);
    if (!values.candidate?.length) throw new CommandUsageError('missing required option --candidate', usage);
    const format = choiceOption(values.format, 'format', ['text', 'json'] as const, 'text', usage);
    const baselineArg = values.baseline ?? 'none';
    if (baselineArg === 'base-branch' || baselineArg === 'production') {
      throw new CommandUsageError(`--baseline ${baselineArg} needs GitHub; locally, pass the baseline report file (or none)`, usage);
    }
    // Loaded on demand: other commands should not pay for compare's code at start-up.
    const { candidateFiles, runRankStep } = await import('../../steps/rank-candidates.js');
    const { formatValue } = await import('../../report/comparison-comment.js');
    const result = await runRankStep({
      candidates: await candidateFiles(values.candidate),
      baseline: baselineArg === 'none' ? { kind: 'none' } : { kind: 'file', path: baselineArg },
      config: values.config ?? (existsSync('mlops.yaml') ? 'mlops.yaml' : undefined),
      model: values.model,
      metric: values.metric,
      outDir: values['out-dir'] ?? 'mlops-out/rank',
      workflow: 'candidates.yml',
      failIfNoWinner: !values['no-fail'],
    });
    const r = result.ranking;
    if (format === 'json') io.stdout(`${JSON.stringify(r, null, 2)}\n`);
    else {
      const width = Math.max(9, ...r.candidates.map((c) => c.name.length));
      io.stdout(`${'rank'.padStart(4)}  ${'candidate'.padEnd(width)}  ${r.metric.name.padStart(10)}  ${'Δ baseline'.padStart(10)}  gate\n`);
      for (const c of r.candidates) {
        const delta = c.delta === null ? '—' : `${c.delta > 0 ? '+' : ''}${formatValue(c.delta)}`;
        io.stdout(`${String(c.rank).padStart(4)}  ${c.name.padEnd(width)}  ${formatValue(c.primary).padStart(10)}  ${delta.padStart(10)}  ${c.verdict}${c.gate.failed ? ` (${c.gate.failed} failed)` : ''}\n`);
      }
      io.stdout(`\n${r.winner !== null ? `winner: ${r.winner} (${r.reason})` : `no winner: ${r.reason}`}\nwrote ${result.files.ranking}, ${result.files.comment}\n`);
    }
    return result.exitCode;
  },
};
