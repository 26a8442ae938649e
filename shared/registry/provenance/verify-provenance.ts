/**
 * Verifies a release's build provenance: the Sigstore bundle that publish-model stored as the
 * asset `provenance.sigstore.json` (docs/registry.md, "Provenance"). Sigstore's own verifier
 * (@sigstore/verify) checks what we must not write ourselves: the DSSE signature against the
 * Fulcio certificate, the certificate's chain up to the Fulcio root, its SCT, and the Rekor entry
 * (inclusion proof or promise, signed by the log's key), all against the public-good trusted root
 * bundled next to this file (sigstore-trusted-root.json; offline: no TUF fetch, no network).
 * Then, ours: the signed in-toto statement names the archive by the SHA-256 the manifest recorded,
 * and, when a repository is expected, the certificate says a GitHub Actions workflow of that
 * repository signed it.
 *
 * Any failure is an IntegrityError (exit 1): the release's provenance does not vouch for what would
 * be promoted. The @sigstore packages and the trusted root are loaded only when a release has a
 * bundle, so promotions without one do not pay for them.
 */
import { IntegrityError } from '../errors.js';
import type { ProvenanceCheck } from '../../formats/state-format.js';

/** The OIDC issuer of GitHub Actions' workflow tokens, as Fulcio writes it into the certificate. */
export const GITHUB_ACTIONS_ISSUER = 'https://token.actions.githubusercontent.com';
export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** Fulcio's "Source Repository URI" certificate extension (https://github.com/sigstore/fulcio/blob/main/docs/oid-info.md). */
const SOURCE_REPOSITORY_URI_OID = '1.3.6.1.4.1.57264.1.12';

/** A file the statement must name: by its SHA-256, and by its name (the subject's name or its last path segment). */
export interface ExpectedSubject {
  name: string;
  sha256: string;
  /** When false, the statement may leave this file out, but a subject with its name must have its digest. */
  required: boolean;
}

export interface ProvenanceExpectation {
  subjects: ExpectedSubject[];
  /** owner/name: the certificate must be a GitHub Actions workflow identity of this repository. */
  repository?: string | null;
}

/** What the audit entry records (registry-audit@1 `provenance`, shared/formats/state-format.ts). */
export type VerifiedProvenance = ProvenanceCheck;

interface Statement {
  _type?: unknown;
  subject?: Array<{ name?: unknown; digest?: Record<string, unknown> }>;
  predicateType?: unknown;
}

const HINT = 'the stored build provenance does not vouch for this release: publish the model again under a new version (with attest: true), or find out who changed the release';

let trustMaterial: Promise<unknown> | undefined;

/** The bundled public-good trusted root as @sigstore/verify's trust material, built once. */
async function bundledTrustMaterial(): Promise<unknown> {
  trustMaterial ??= (async () => {
    const [{ TrustedRoot }, { toTrustMaterial }, root] = await Promise.all([
      import('@sigstore/protobuf-specs'),
      import('@sigstore/verify'),
      import('./sigstore-trusted-root.json', { with: { type: 'json' } }),
    ]);
    return toTrustMaterial(TrustedRoot.fromJSON(root.default));
  })();
  return trustMaterial;
}

/**
 * Verifies `bundleJson` (a parsed Sigstore bundle, v0.1 to v0.3) against the bundled trusted root
 * and `expected`. `where` names the release in messages. Throws IntegrityError on any failure.
 */
export async function verifyProvenanceBundle(bundleJson: unknown, expected: ProvenanceExpectation, where: string): Promise<VerifiedProvenance> {
  const fail = (what: string, cause?: unknown) => new IntegrityError(`${where}: build provenance ${what}; not promoting`, { hint: HINT, cause });
  const [{ bundleFromJSON }, { Verifier, toSignedEntity }, material] = await Promise.all([
    import('@sigstore/bundle'),
    import('@sigstore/verify'),
    bundledTrustMaterial(),
  ]);

  let bundle: ReturnType<typeof bundleFromJSON>;
  try {
    bundle = bundleFromJSON(bundleJson);
  } catch (e) {
    throw fail(`is not a Sigstore bundle (${(e as Error).message})`, e);
  }
  if (bundle.content.$case !== 'dsseEnvelope') throw fail('signs a bare message, not an in-toto statement (expected a DSSE envelope)');
  const envelope = bundle.content.dsseEnvelope;
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) throw fail(`has payload type "${envelope.payloadType}", not ${IN_TOTO_PAYLOAD_TYPE}`);

  let signer: { identity?: { subjectAlternativeName?: string; extensions?: { issuer?: string }; oids?: Array<{ oid?: { id: number[] }; value: Buffer }> } };
  try {
    const verifier = new Verifier(material as ConstructorParameters<typeof Verifier>[0]);
    signer = verifier.verify(toSignedEntity(bundle));
  } catch (e) {
    const err = e as Error & { code?: string };
    throw fail(`does not verify against Sigstore's public-good trusted root: ${err.code ? `${err.code}: ` : ''}${err.message}`, e);
  }

  // The payload is what the signature covers (checked above), so only now is it worth reading.
  let statement: Statement;
  try {
    statement = JSON.parse(envelope.payload.toString('utf8')) as Statement;
  } catch (e) {
    throw fail('holds a payload that is not JSON', e);
  }
  const subjects = Array.isArray(statement.subject) ? statement.subject : [];
  const named = (name: string) => subjects.filter((s) => typeof s.name === 'string' && (s.name === name || s.name.endsWith(`/${name}`)));
  let subjectDigest: string | undefined;
  for (const want of expected.subjects) {
    const found = named(want.name);
    if (found.length === 0) {
      if (want.required) throw fail(`names no ${want.name} (its subjects: ${subjects.map((s) => String(s.name)).join(', ') || 'none'})`);
      continue;
    }
    for (const s of found) {
      const got = s.digest?.sha256;
      if (got !== want.sha256) throw fail(`names ${String(s.name)} with SHA-256 ${String(got)}, but the release's ${want.name} has ${want.sha256}`);
    }
    if (want.required) subjectDigest ??= want.sha256;
  }
  if (!subjectDigest) throw fail('was checked against no required subject');

  const identity = signer.identity;
  const issuer = identity?.extensions?.issuer ?? null;
  const san = identity?.subjectAlternativeName ?? null;
  const sourceOid = identity?.oids?.find((o) => o.oid?.id.join('.') === SOURCE_REPOSITORY_URI_OID);
  const sourceRepository = sourceOid ? derUtf8String(sourceOid.value) : null;
  if (expected.repository) {
    const repoUri = `https://github.com/${expected.repository}`.toLowerCase();
    if (issuer !== GITHUB_ACTIONS_ISSUER) throw fail(`was signed by an identity of ${issuer ?? 'an unknown issuer'}, not GitHub Actions (${GITHUB_ACTIONS_ISSUER})`);
    // A reusable workflow's certificate names that workflow's repository in the SAN; the repository
    // the run belongs to is the Source Repository URI extension. Older certificates lack it.
    const ranIn = sourceRepository?.toLowerCase() ?? (san?.toLowerCase().startsWith(`${repoUri}/.github/workflows/`) ? repoUri : san);
    if (ranIn !== repoUri) throw fail(`was signed by a workflow of ${sourceRepository ?? san ?? 'an unknown repository'}, not of ${expected.repository}`);
  }
  const tlog = bundle.verificationMaterial.tlogEntries[0];
  return {
    verified: true,
    issuer,
    identity: san,
    subject_digest: subjectDigest,
    source_repository: sourceRepository,
    predicate_type: typeof statement.predicateType === 'string' ? statement.predicateType : null,
    log_index: tlog ? String(tlog.logIndex) : null,
  };
}

/** A DER UTF8String/IA5String/PrintableString's text, or the bytes as text when they are not DER (legacy extensions). */
function derUtf8String(value: Buffer): string {
  const tag = value[0];
  if ((tag === 0x0c || tag === 0x16 || tag === 0x13) && value.length >= 2) {
    let length = value[1]!;
    let start = 2;
    if (length & 0x80) {
      const bytes = length & 0x7f;
      length = 0;
      for (let i = 0; i < bytes; i++) length = (length << 8) | value[2 + i]!;
      start = 2 + bytes;
    }
    if (start + length === value.length) return value.subarray(start).toString('utf8');
  }
  return value.toString('utf8');
}
