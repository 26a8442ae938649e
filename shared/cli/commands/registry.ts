/** `mlops registry list|show|history`: read the local registry or a repository's registry on GitHub. */
import { choiceOption, CommandUsageError, parseCommandArgs, type CliIo, type Command } from '../../runtime/cli.js';
import { describeRegistry, openRegistryFromFlags, REGISTRY_FLAGS, REGISTRY_FLAGS_HELP } from '../registry-flags.js';

const common = `Options:
${REGISTRY_FLAGS_HELP}
  --format text|json    what to print (default text)
  -h, --help            show this help

Exit codes: 0 ok, 2 bad usage or an unknown model, 3 GitHub refused or kept failing a call (--repo).
`;

const listUsage = `Usage: mlops registry list [options]

List the registry's models with their number of versions, latest version and aliases.

${common}`;
const showUsage = `Usage: mlops registry show MODEL [options]

Show one model's versions (oldest first) and where its aliases point.

${common}`;
const historyUsage = `Usage: mlops registry history MODEL [options]

Show one model's audit log, oldest first: every publish and promotion, who, when, from which
version to which, the approval and the run.

${common}`;

const options = { ...REGISTRY_FLAGS, format: { type: 'string' } } as const;

/** Control characters from the registry's files never reach the terminal. */
// eslint-disable-next-line no-control-regex
const clean = (s: string | null | undefined) => (s ?? '-').replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => rows.reduce((w, r) => Math.max(w, r[i]!.length), 0));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n') + '\n';
}

async function open(argv: string[], io: CliIo, usage: string, needsModel: boolean) {
  const { values, positionals } = parseCommandArgs(argv, options, usage, true);
  if (needsModel && positionals.length !== 1) throw new CommandUsageError(positionals.length ? 'give one MODEL' : 'missing MODEL', usage);
  if (!needsModel && positionals.length) throw new CommandUsageError(`unexpected argument "${positionals[0]}"`, usage);
  const format = choiceOption(values.format, 'format', ['text', 'json'] as const, 'text', usage);
  const ports = await openRegistryFromFlags(values, io.env, usage, { warn: (m) => io.stderr(`mlops: ${m}\n`) });
  const view = await import('../../registry/registry-view.js');
  return { ports, format, model: positionals[0]!, view, where: describeRegistry(values) };
}

export const registryListCommand: Command = {
  name: 'registry list',
  summary: 'List the models in the registry with their aliases',
  usage: listUsage,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { ports, format, view, where } = await open(argv, io, listUsage, false);
    const models = await view.listRegistry(ports);
    if (format === 'json') io.stdout(`${JSON.stringify(models, null, 2)}\n`);
    else if (models.length === 0) io.stdout(`no models in ${where} yet (mlops publish adds one)\n`);
    else {
      const rows = models.map((m) => [m.model, String(m.versions), m.latest ?? '-', Object.entries(m.aliases).map(([a, v]) => `${a}=${v}`).join(' ') || '-']);
      io.stdout(table([['model', 'versions', 'latest', 'aliases'], ...rows]));
    }
    return 0;
  },
};

export const registryShowCommand: Command = {
  name: 'registry show',
  summary: "Show a model's versions and aliases",
  usage: showUsage,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { ports, format, model, view } = await open(argv, io, showUsage, true);
    const m = await view.showModel(ports, model);
    if (format === 'json') {
      io.stdout(`${JSON.stringify(m, null, 2)}\n`);
      return 0;
    }
    io.stdout(`model ${m.model}\n\naliases:\n`);
    const aliases = Object.entries(m.aliases).sort(([a], [b]) => a.localeCompare(b));
    io.stdout(aliases.length ? table(aliases.map(([a, v]) => [`  ${a}`, '->', v.version, clean(v.updated_at), clean(v.updated_by)])) : '  (none)\n');
    io.stdout('\nversions:\n');
    const rows = m.versions.map((v) => [`  ${v.version}`, v.tag, clean(v.published_at), clean(v.published_by), v.aliases.join(' ') || '-']);
    io.stdout(table([['  version', 'tag', 'published', 'by', 'aliases'], ...rows]));
    return 0;
  },
};

export const registryHistoryCommand: Command = {
  name: 'registry history',
  summary: "Show a model's audit log: publishes and promotions",
  usage: historyUsage,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { ports, format, model, view } = await open(argv, io, historyUsage, true);
    const entries = await view.modelHistory(ports, model);
    if (format === 'json') {
      io.stdout(`${JSON.stringify(entries, null, 2)}\n`);
      return 0;
    }
    if (entries.length === 0) {
      io.stdout(`no audit entries for ${model}\n`);
      return 0;
    }
    const rows = entries.map((e) => [
      clean(e.at),
      e.action,
      e.action === 'promote' ? `${e.alias}: ${e.from ?? '(new)'} -> ${e.to}` : e.to,
      clean(e.actor),
      e.approval ? clean(`approved by ${e.approval.reviewer ?? '?'}${e.approval.environment ? ` (${e.approval.environment})` : ''}${e.approval.comment ? `: ${e.approval.comment}` : ''}`) : '-',
      clean(e.run?.url ?? e.run?.run_id ?? '-'),
    ]);
    io.stdout(table([['when', 'action', 'what', 'who', 'approval', 'run'], ...rows]));
    return 0;
  },
};
