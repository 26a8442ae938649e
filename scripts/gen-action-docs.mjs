#!/usr/bin/env node
/**
 * Generates the inputs/outputs tables of every `actions/<step>/README.md` from its action.yml,
 * between `<!-- inputs:start -->`/`<!-- inputs:end -->` and `<!-- outputs:start -->`/`<!-- outputs:end -->`.
 * A README without markers gets them appended. `--check` changes nothing and exits 1 naming the
 * READMEs that drifted (test/actions/metadata.test.ts runs it).
 *
 *   node scripts/gen-action-docs.mjs [--check] [--root DIR]
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, root: { type: 'string' } }, strict: true });
const root = resolve(values.root ?? join(dirname(fileURLToPath(import.meta.url)), '..'));

/** Table cells: pipes escaped, newlines folded, so a description cannot break the table. */
const cell = (v) => String(v ?? '').replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').trim();
const code = (v) => (v === undefined || v === '' ? '' : `\`${String(v).replace(/`/g, "'")}\``);

function inputsTable(inputs = {}) {
  const rows = Object.entries(inputs).map(
    ([name, i]) => `| \`${name}\` | ${i.required ? 'yes' : 'no'} | ${code(i.default)} | ${cell(i.description)} |`,
  );
  return ['| input | required | default | description |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

function outputsTable(outputs = {}) {
  const rows = Object.entries(outputs).map(([name, o]) => `| \`${name}\` | ${cell(o.description)} |`);
  return ['| output | description |', '| --- | --- |', ...rows].join('\n');
}

function replaceBlock(text, key, body) {
  const start = `<!-- ${key}:start -->`;
  const end = `<!-- ${key}:end -->`;
  const block = `${start}\n<!-- generated from action.yml by scripts/gen-action-docs.mjs; do not edit -->\n${body}\n${end}`;
  const s = text.indexOf(start);
  const e = text.indexOf(end);
  if (s === -1 || e === -1 || e < s) {
    const title = key === 'inputs' ? 'Inputs' : 'Outputs';
    return `${text.trimEnd()}\n\n## ${title}\n\n${block}\n`;
  }
  return text.slice(0, s) + block + text.slice(e + end.length);
}

export function renderReadme(text, meta) {
  return replaceBlock(replaceBlock(text, 'inputs', inputsTable(meta.inputs)), 'outputs', outputsTable(meta.outputs));
}

const drifted = [];
const actionsDir = join(root, 'actions');
for (const step of existsSync(actionsDir) ? readdirSync(actionsDir).sort() : []) {
  const yml = join(actionsDir, step, 'action.yml');
  if (!existsSync(yml)) continue;
  const meta = parse(readFileSync(yml, 'utf8'));
  const readme = join(actionsDir, step, 'README.md');
  const before = existsSync(readme) ? readFileSync(readme, 'utf8') : `# ${meta.name ?? step}\n\n${meta.description ?? ''}\n`;
  const after = renderReadme(before, meta);
  if (after === before) continue;
  drifted.push(relative(root, readme));
  if (!values.check) writeFileSync(readme, after);
}

if (values.check && drifted.length > 0) {
  console.error(`action READMEs out of date with action.yml: ${drifted.join(', ')}\nrun: node scripts/gen-action-docs.mjs`);
  process.exitCode = 1;
} else if (!values.check) {
  for (const f of drifted) console.log(`updated ${f}`);
}
