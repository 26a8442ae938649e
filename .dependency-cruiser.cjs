/**
 * The architecture's single source of truth: which layer may import which (docs/architecture.md
 * explains each layer). `npm test` runs these rules (test/architecture/layers.test.ts) over shared/
 * and actions/*\/src; a forbidden import fails the suite with the rule's name and the two files.
 *
 * Layers, ground first. A layer may import itself and the layers below it, never above:
 *   runtime   errors, exit codes, atomic writes, YAML reading, the action and CLI plumbing
 *   formats   every versioned file: schema, read, write
 *   ports     the interfaces steps work through (Forge, ReleaseStore, StateStore, RunCache)
 *   domains   data, model, compare, drift, registry, config: plain values and format objects
 *   report    renderers: format objects in, Markdown or text out
 *   adapters  github/ (the GitHub implementations of the ports) and local/ (the file-based ones)
 *   steps     one file per step, composing domains, report and ports
 *   faces     cli/, doctor/, init/, custom-step/ and each action's src/: parse, call a step, print
 */
const layer = {
  runtime: '^shared/runtime/',
  formats: '^shared/formats/',
  ports: '^shared/ports/',
  domains: '^shared/(data|model|compare|drift|registry|config)/',
  report: '^shared/report/',
  adapters: '^shared/(github|local|oci)/',
  steps: '^shared/steps/',
  faces: '^(shared/(cli|doctor|init|custom-step)/|actions/[^/]+/src/)',
};

/** A rule forbidding `from` to import any of the layers named in `to`. */
const above = (name, from, to, comment) => ({
  name,
  comment,
  severity: 'error',
  from: { path: layer[from] },
  to: { path: to.map((l) => layer[l]).join('|') },
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle makes two modules one idea in two files: merge them, or move what both need below both.',
      severity: 'error',
      from: { path: '^(shared|actions)/' },
      to: { circular: true },
    },
    above('runtime-is-ground', 'runtime', ['formats', 'ports', 'domains', 'report', 'adapters', 'steps', 'faces'], 'runtime/ is the ground: it imports nothing of ours above it.'),
    above('formats-read-alone', 'formats', ['ports', 'domains', 'report', 'adapters', 'steps', 'faces'], 'Reading a file we wrote needs nothing above formats/.'),
    above('ports-are-interfaces', 'ports', ['domains', 'report', 'adapters', 'steps', 'faces'], 'ports/ declares what steps need; implementations live in github/ and local/.'),
    above('domains-stay-pure', 'domains', ['report', 'adapters', 'steps', 'faces'], 'A domain takes plain values and format objects; rendering, GitHub and composition are above it.'),
    above('report-renders-formats', 'report', ['ports', 'domains', 'adapters', 'steps', 'faces'], 'A renderer takes format objects and returns text: it computes nothing a domain owns.'),
    above('adapters-below-steps', 'adapters', ['steps', 'faces'], 'An adapter implements a port; it never runs a step.'),
    {
      name: 'github-and-local-apart',
      comment: 'The two implementations of the ports are siblings: what both need belongs in ports/.',
      severity: 'error',
      from: { path: '^shared/local/' },
      to: { path: '^shared/github/' },
    },
    above('steps-below-faces', 'steps', ['faces'], 'A step is called by faces, never the other way round.'),
    {
      name: 'faces-apart',
      comment: 'A face never reaches into another face (an action into the CLI, the CLI into doctor): what both need is a step.',
      severity: 'error',
      from: { path: '^actions/[^/]+/src/' },
      to: { path: '^shared/(cli|doctor|init)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
