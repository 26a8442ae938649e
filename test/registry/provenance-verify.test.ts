/**
 * Build provenance at promote: a real Sigstore bundle that a public project published
 * (test/fixtures/provenance/PROVENANCE.md) verifies against the bundled public-good trusted root,
 * offline; a tampered copy (payload, signature, certificate, Rekor entry) is refused; so is a
 * statement that names another digest, or a workflow of another repository. Then promote: a release
 * carrying a bundle is verified before the alias moves and the audit entry says so; a failed check
 * moves nothing.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { PROVENANCE_ASSET, type ModelManifest } from '../../shared/formats/manifest-format.js';
import { IntegrityError } from '../../shared/registry/errors.js';
import { expectationOf, type ProvenanceVerifier } from '../../shared/registry/provenance/release-provenance.js';
import { GITHUB_ACTIONS_ISSUER, verifyProvenanceBundle, type ExpectedSubject, type ProvenanceExpectation } from '../../shared/registry/provenance/verify-provenance.js';
import { readAudit, readState } from '../../shared/registry/state-update.js';
import { promoteModel, type PromoteOptions } from '../../shared/steps/promote-model.js';
import { renderPromoteSummary } from '../../shared/report/registry-summary.js';
import { publishModel } from '../../shared/steps/publish-model.js';
import { localEnv, workspace, type Workspace } from './fixtures.js';

const FIXTURE = join(import.meta.dirname, '../fixtures/provenance/attest-demo-reusable-workflow.sigstore.json');
const bundle = (): Record<string, any> => JSON.parse(readFileSync(FIXTURE, 'utf8'));
/** The subject the fixture's signed statement names (decoded from its DSSE payload). */
const WHL = 'github_provenance_demo-0.0.0-py3-none-any.whl';
const WHL_SHA = '07e4b8c0e3580b3e4a1eb62c70f1ffb86004d3d94f50767cb404fa7a639b4d05';
const whl: ExpectedSubject = { name: WHL, sha256: WHL_SHA, required: true };

async function refused(json: unknown, message: RegExp, subjects: ExpectedSubject[] = [whl], repository?: string): Promise<void> {
  const err = await verifyProvenanceBundle(json, { subjects, repository }, 'model/x/v1.0.0').catch((e: unknown) => e);
  expect(err).toBeInstanceOf(IntegrityError);
  expect((err as IntegrityError).exitCode).toBe(1);
  expect((err as Error).message).toMatch(message);
  expect((err as Error).message).toMatch(/^model\/x\/v1\.0\.0: build provenance .*not promoting/);
}

describe('verifyProvenanceBundle on a real public-good bundle', () => {
  it('verifies, offline, and reports the signer and the subject', async () => {
    const got = await verifyProvenanceBundle(bundle(), { subjects: [whl], repository: 'malancas/attest-demo' }, 'model/x/v1.0.0');
    expect(got).toEqual({
      verified: true,
      issuer: GITHUB_ACTIONS_ISSUER,
      identity: 'https://github.com/bdehamer/workflows/.github/workflows/attest.yml@refs/heads/main',
      subject_digest: WHL_SHA,
      source_repository: 'https://github.com/malancas/attest-demo',
      predicate_type: 'https://slsa.dev/provenance/v1',
      log_index: '95781729',
    });
  });

  it('refuses a payload changed by one byte (the digest in the statement)', async () => {
    const b = bundle();
    const payload = Buffer.from(b.dsseEnvelope.payload, 'base64');
    const at = payload.indexOf(WHL_SHA);
    payload[at] = '1'.charCodeAt(0); // 07e4... -> 17e4...
    b.dsseEnvelope.payload = payload.toString('base64');
    await refused(b, /does not verify against Sigstore's public-good trusted root: .*(signature|TLOG)/i);
  });

  it('refuses a changed signature', async () => {
    const b = bundle();
    const sig = Buffer.from(b.dsseEnvelope.signatures[0].sig, 'base64');
    sig[sig.length - 1] ^= 1;
    b.dsseEnvelope.signatures[0].sig = sig.toString('base64');
    await refused(b, /does not verify against Sigstore's public-good trusted root/);
  });

  it('refuses a swapped certificate (one not issued by Fulcio for this signature)', async () => {
    const b = bundle();
    const cert = Buffer.from(b.verificationMaterial.certificate.rawBytes, 'base64');
    // A byte inside the signed TBSCertificate (the subject key): the chain no longer verifies.
    cert[200] ^= 0xff;
    b.verificationMaterial.certificate.rawBytes = cert.toString('base64');
    await refused(b, /does not verify against Sigstore's public-good trusted root|is not a Sigstore bundle/);
  });

  it('refuses a bundle whose Rekor entry was tampered with', async () => {
    const b = bundle();
    const entry = b.verificationMaterial.tlogEntries[0];
    // The log's signed entry timestamp covers the time: one second later no longer matches it.
    entry.integratedTime = String(Number(entry.integratedTime) + 1);
    await refused(b, /does not verify against Sigstore's public-good trusted root/);
  });

  it('refuses what is not a bundle', async () => {
    await refused({ mediaType: 'application/json', hello: 1 }, /is not a Sigstore bundle/);
  });

  it('refuses a statement that does not name the archive by its digest', async () => {
    await refused(bundle(), /names github_provenance_demo-0\.0\.0-py3-none-any\.whl with SHA-256 07e4.*, but the release's .* has 0{64}/, [{ ...whl, sha256: '0'.repeat(64) }]);
    await refused(bundle(), /names no model\.tar\.gz \(its subjects: github_provenance_demo/, [{ name: 'model.tar.gz', sha256: WHL_SHA, required: true }]);
  });

  it('checks the repository the workflow ran in (a reusable workflow signs in its caller\'s name)', async () => {
    await refused(bundle(), /was signed by a workflow of https:\/\/github\.com\/malancas\/attest-demo, not of someone\/else/, [whl], 'someone/else');
    // bdehamer/workflows is the reusable workflow's repository (the SAN), not the run's.
    await refused(bundle(), /not of bdehamer\/workflows/, [whl], 'bdehamer/workflows');
    const ok = await verifyProvenanceBundle(bundle(), { subjects: [whl], repository: 'Malancas/Attest-Demo' }, 'model/x/v1.0.0');
    expect(ok.verified).toBe(true);
  });
});

describe('promote with build provenance', () => {
  let w: Workspace;
  const folder = (v: string) => join(w.registry, 'model', 'weather', `v${v}`);
  const promote = (version: string, extra: Partial<PromoteOptions> = {}) =>
    promoteModel({ model: 'weather', version, alias: 'production', env: localEnv, cwd: w.dir, ...extra }, w.ports);
  const aliases = async () => (await readState(w.ports.state, 'weather'))?.state.aliases ?? {};

  /** Stores `bundle` as the release's provenance asset, as publish with attest: true does on GitHub. */
  async function attach(version: string, bundleText: string): Promise<void> {
    await writeFile(join(folder(version), PROVENANCE_ASSET), bundleText);
    const record = JSON.parse(await readFile(join(folder(version), 'release.json'), 'utf8'));
    record.assets.push({ name: PROVENANCE_ASSET, size: Buffer.byteLength(bundleText), sha256: createHash('sha256').update(bundleText).digest('hex') });
    await writeFile(join(folder(version), 'release.json'), JSON.stringify(record));
  }

  async function expectRefused(version: string, message: RegExp, extra: Partial<PromoteOptions> = {}): Promise<void> {
    const auditBefore = await readAudit(w.ports.state, 'weather');
    const aliasesBefore = await aliases();
    const err = await promote(version, extra).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IntegrityError);
    expect((err as IntegrityError).exitCode).toBe(1);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).toMatch(/not promoting/);
    expect(await readAudit(w.ports.state, 'weather')).toEqual(auditBefore);
    expect(await aliases()).toEqual(aliasesBefore);
  }

  beforeEach(async () => {
    w = await workspace();
    await publishModel({ model: 'weather', version: '1.0.0', files: w.files, evaluation: w.evaluation, env: localEnv, cwd: w.dir }, w.ports);
  });

  it('records provenance: null for a release that has none', async () => {
    expect((await promote('1.0.0')).provenance).toBeNull();
    const [entry] = (await readAudit(w.ports.state, 'weather')).filter((e) => e.action === 'promote');
    expect(entry!.provenance).toBeNull();
  });

  it('refuses the real bundle on a release whose archive it does not name, and moves nothing', async () => {
    await attach('1.0.0', readFileSync(FIXTURE, 'utf8'));
    await expectRefused('1.0.0', /^model\/weather\/v1\.0\.0: build provenance names no model\.tar\.gz \(its subjects: github_provenance_demo/);
  });

  it('refuses a tampered bundle before the subject is even read', async () => {
    const b = bundle();
    const sig = Buffer.from(b.dsseEnvelope.signatures[0].sig, 'base64');
    sig[10] ^= 1;
    b.dsseEnvelope.signatures[0].sig = sig.toString('base64');
    await attach('1.0.0', JSON.stringify(b));
    await expectRefused('1.0.0', /build provenance does not verify against Sigstore's public-good trusted root/);
  });

  it('refuses a provenance asset that is not JSON', async () => {
    await attach('1.0.0', '{"mediaType": "application/vnd.dev.sigstore.bundle.v0.3+json", ');
    await expectRefused('1.0.0', /provenance\.sigstore\.json is not JSON/);
  });

  it('verifies the stored bundle with the archive\'s digest and records what it checked in the audit entry', async () => {
    // No archive can have the fixture's digest, so the verifier is Sigstore's own on the real bundle,
    // held to the fixture's subject; what promote asked of it is checked separately.
    await attach('1.0.0', readFileSync(FIXTURE, 'utf8'));
    const asked: ProvenanceExpectation[] = [];
    const verifyProvenance: ProvenanceVerifier = (b, expected, where) => {
      asked.push(expected);
      return verifyProvenanceBundle(b, { subjects: [whl], repository: 'malancas/attest-demo' }, where);
    };
    const result = await promote('1.0.0', { verifyProvenance });
    expect(result).toMatchObject({ status: 'promoted', to: '1.0.0', provenance: { verified: true, subject_digest: WHL_SHA, log_index: '95781729' } });
    // The identity stays text: its `@` gets a zero-width joiner so that it mentions nobody.
    expect(renderPromoteSummary(result, { environment: 'production' })).toContain(
      'Build provenance verified (Sigstore, Rekor entry 95781729): signed by https://github.com/bdehamer/workflows/.github/workflows/attest.yml@\u200drefs/heads/main (https://token.actions.githubusercontent.com) for the archive SHA-256 `07e4b8c0e3580b3e4a1eb62c70f1ffb86004d3d94f50767cb404fa7a639b4d05`.',
    );

    const manifest = JSON.parse(await readFile(join(folder('1.0.0'), 'manifest.json'), 'utf8'));
    const manifestSha = createHash('sha256').update(await readFile(join(folder('1.0.0'), 'manifest.json'))).digest('hex');
    expect(asked).toEqual([{
      subjects: [{ name: 'model.tar.gz', sha256: manifest.archive.sha256, required: true }, { name: 'manifest.json', sha256: manifestSha, required: false }],
      repository: null, // a local lineage names no GitHub repository
    }]);
    const [entry] = (await readAudit(w.ports.state, 'weather')).filter((e) => e.action === 'promote');
    expect(entry!.provenance).toEqual({
      verified: true,
      issuer: GITHUB_ACTIONS_ISSUER,
      identity: 'https://github.com/bdehamer/workflows/.github/workflows/attest.yml@refs/heads/main',
      subject_digest: WHL_SHA,
      source_repository: 'https://github.com/malancas/attest-demo',
      predicate_type: 'https://slsa.dev/provenance/v1',
      log_index: '95781729',
    });
  });

  it('holds a GitHub-built release to its repository', () => {
    const manifest = { archive: { sha256: 'a'.repeat(64) }, lineage: { source: 'github', repository: 'octo/models' } } as unknown as ModelManifest;
    expect(expectationOf(manifest, 'b'.repeat(64)).repository).toBe('octo/models');
  });
});
