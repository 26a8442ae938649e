/**
 * Build provenance at promote: a real Sigstore bundle that a public project published
 * (test/fixtures/provenance/PROVENANCE.md) verifies against the bundled public-good trusted root,
 * offline; a tampered copy (payload, signature, certificate, Rekor entry) is refused; so is a
 * statement that names another digest, or a workflow of another repository. Then promote: a release
 * carrying a bundle is verified before the alias moves and the audit entry says so; a failed check
 * moves nothing.
 */
import { readFileSync } from 'node:fs';
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { IntegrityError } from '../../shared/registry/errors.js';
import { GITHUB_ACTIONS_ISSUER, verifyProvenanceBundle, type ExpectedSubject } from '../../shared/registry/provenance/verify-provenance.js';

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
