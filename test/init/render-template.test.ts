/**
 * The placeholder syntax of action-templates/: every value lands in the YAML as data, read back by
 * an independent YAML reader as exactly what was given, in every position a template may use.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { renderTemplate, templatePlaceholders } from '../../shared/init/render-template.js';
import { blockValue, inlineScalar, TextLines } from '../../shared/init/yaml-value.js';
import { UsageError } from '../../shared/runtime/errors.js';

const HOSTILE = [
  'label',
  'a, b',
  'x: y',
  'say "hi"',
  "it's",
  `both ' and "`,
  'line\nbreak',
  'trailing\n',
  '\ttab',
  ' leading space',
  'trailing space ',
  '# not a comment',
  '- not an item',
  '[not, a, list]',
  '{not: a map}',
  '&anchor',
  '*alias',
  '!tag',
  '|',
  '>',
  '%directive',
  '@at',
  '`tick`',
  '$(rm -rf /)',
  '"; rm -rf / #',
  'null',
  '~',
  'true',
  'on',
  'yes',
  'y',
  'No',
  '0o17',
  '012',
  '1:20',
  '1e3',
  '.inf',
  '',
  'é ü 日本',
  'a'.repeat(300),
];

describe('inlineScalar', () => {
  it.each(HOSTILE.map((v) => [v]))('writes %j so YAML 1.2 and 1.1 read it back as that string in every position', (value) => {
    const s = inlineScalar(value);
    expect(s).not.toMatch(/[\n\r]/);
    for (const version of ['1.1', '1.2'] as const) {
      expect(parse(`k: ${s}`, { version })).toEqual({ k: value });
      expect(parse(`[${s}, x]`, { version })).toEqual([value, 'x']);
      expect(parse(`${s}: v`, { version })).toEqual({ [value]: 'v' });
      expect(parse(`k: ${s}  # a comment`, { version })).toEqual({ k: value });
    }
  });

  it('leaves plain what needs no quotes, and quotes what YAML 1.1 would read as a boolean', () => {
    expect(inlineScalar('churn')).toBe('churn');
    expect(inlineScalar('data/*.csv')).toBe('data/*.csv');
    expect(inlineScalar('["python", "train.py"]')).toBe(`'["python", "train.py"]'`);
    expect(inlineScalar('on')).toBe('"on"');
    expect(inlineScalar('line\nbreak')).toBe('"line\\nbreak"');
  });
});

describe('blockValue', () => {
  const cases: Array<[string, TextLines | string[] | Record<string, unknown>, unknown]> = [
    ['lines', new TextLines(['data/*.csv', 'train.py', 'a: b', '# x']), 'data/*.csv\ntrain.py\na: b\n# x\n'],
    ['one line', new TextLines(['out/model.pkl']), 'out/model.pkl'],
    ['a list', ['data/**', 'requirements*.txt', 'a, b', 'on', 'x\ny'], ['data/**', 'requirements*.txt', 'a, b', 'on', 'x\ny']],
    ['a mapping', { date: { ignore: true }, 'a: b': { ignore: true }, on: { test: 'psi' } }, { date: { ignore: true }, 'a: b': { ignore: true }, on: { test: 'psi' } }],
    ['an empty mapping', {}, {}],
  ];
  it.each(cases)('writes %s under a key at any column, read back exactly', (_what, value, expected) => {
    for (const column of [0, 2, 6]) {
      const pad = ' '.repeat(column);
      const text = column === 0 ? `key:${blockValue(value, 0)}\nnext: 1\n` : `parent:\n${pad}key:${blockValue(value, column)}\n${pad}next: 1\n`;
      const want = { key: expected, next: 1 };
      expect(parse(text), text).toEqual(column === 0 ? want : { parent: want });
    }
  });
});

describe('renderTemplate', () => {
  const template = [
    '# a comment with ${{ github.token }} and no placeholder',
    'name: x',
    'jobs:',
    '  j:',
    '    strategy:',
    '      matrix:',
    '        model: [{{model}}]',
    '    with:',
    '      model: {{model}}',
    '      label: {{label}}   # the label column',
    '      score: {{score?}}',
    '      inputs: {{inputs}}',
    '      expr: ${{ inputs.model }}',
    '    paths: {{paths}}',
    'models:',
    '  {{model}}:',
    '    task: binary',
    '',
  ].join('\n');
  const values = { model: 'churn', label: 'say "hi"\nthere', score: '', inputs: new TextLines(['a.csv', 'b.py']), paths: ['data/**', 'x'] };

  it('lists the placeholders it uses', () => {
    expect(templatePlaceholders(template)).toEqual(['model', 'label', 'score', 'inputs', 'paths']);
  });

  it('puts every value in as data and leaves GitHub expressions alone', () => {
    const out = renderTemplate(template, values, 't.yml');
    expect(parse(out)).toEqual({
      name: 'x',
      jobs: { j: { strategy: { matrix: { model: ['churn'] } }, with: { model: 'churn', label: 'say "hi"\nthere', inputs: 'a.csv\nb.py\n', expr: '${{ inputs.model }}' }, paths: ['data/**', 'x'] } },
      models: { churn: { task: 'binary' } },
    });
    expect(out).toContain('# a comment with ${{ github.token }} and no placeholder\n');
    // The optional line is left out when empty, and kept when not.
    expect(out).not.toContain('score:');
    expect(parse(renderTemplate(template, { ...values, score: 'p' }, 't.yml')).jobs.j.with.score).toBe('p');
  });

  it('refuses a value GitHub would evaluate, and control characters', () => {
    expect(() => renderTemplate(template, { ...values, label: '${{ secrets.TOKEN }}' }, 't.yml')).toThrow(UsageError);
    expect(() => renderTemplate(template, { ...values, label: 'a\rb' }, 't.yml')).toThrow(/control character/);
    expect(() => renderTemplate(template, { ...values, label: 'a\u2028b' }, 't.yml')).toThrow(/line separator/);
    expect(() => renderTemplate(template, { ...values, paths: ['ok', 'x${{ github.token }}'] }, 't.yml')).toThrow(/expression/);
    expect(() => renderTemplate(template, { ...values, inputs: new TextLines(['a', 'b\nc']) }, 't.yml')).toThrow(/line break/);
  });

  it.each([
    ['a placeholder in a comment', '# {{model}}\n', /in a comment/],
    ['a placeholder inside text', 'name: model {{model}} here\n', /whole YAML node/],
    ['a placeholder glued to text', 'name: x{{model}}\n', /whole YAML node/],
    ['spaces inside the braces', 'name: {{ model }}\n', /not a placeholder/],
    ['a capital letter', 'name: {{Model}}\n', /not a placeholder/],
    ['a name without a value', 'name: {{nope}}\n', /no value for \{\{nope\}\}/],
    ['an optional placeholder that is not a whole value', 'k: [{{score?}}]\n', /whole value of a key/],
    ['a list where a scalar goes', 'k: [{{paths}}]\n', /whole value of a key/],
  ])('refuses a template with %s', (_what, text, message) => {
    expect(() => renderTemplate(text, values, 'bad.yml')).toThrow(message);
  });
});
