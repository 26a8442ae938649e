/** Job summaries of publish-model and promote-model: what was published or moved, with links. */
import type { PromoteResult } from '../formats/registry-results.js';
import type { PublishResult } from '../formats/registry-results.js';
import { escapeMarkdown, escapeMarkdownCell } from './markdown-escape.js';

const link = (text: string, url: string | undefined) => (url && /^https?:\/\//.test(url) ? `[${escapeMarkdown(text)}](${url})` : escapeMarkdown(text));

export function renderPublishSummary(r: PublishResult): string {
  const head = r.status === 'published' ? `Published ${link(`${r.model} ${r.version}`, r.url)}` : `${link(`${r.model} ${r.version}`, r.url)} was already published with this content; nothing changed`;
  const lines = [`### mlops publish-model: ${escapeMarkdown(r.model)}`, '', `${head} (tag \`${r.tag}\`, ${escapeMarkdown(r.reason)}).`, ''];
  lines.push(`Content digest \`${r.content_digest}\`, manifest SHA-256 \`${r.manifest_sha256}\`.`, '');
  lines.push('| asset | bytes | SHA-256 |', '| --- | ---: | --- |');
  for (const a of r.manifest.assets) lines.push(`| ${escapeMarkdownCell(a.name)} | ${a.size} | \`${a.sha256}\` |`);
  const metrics = Object.entries(r.manifest.evaluation.metrics).slice(0, 12);
  if (metrics.length) {
    lines.push('', '| metric | value |', '| --- | ---: |');
    for (const [name, m] of metrics) lines.push(`| ${escapeMarkdownCell(name)} | ${typeof m.value === 'number' ? m.value.toPrecision(4) : '-'} |`);
  }
  // The repository passed the OCI reference grammar (lowercase, digits, . _ - / :), so it cannot break out of a code span.
  if (r.oci) lines.push('', `OCI artifact \`${r.oci.repository}:${r.oci.tag}@${r.oci.digest}\`${r.oci.archive_in_release ? '' : ' (the only copy of model.tar.gz: over the release-asset limit)'}.`);
  if (r.artifact_id !== undefined) lines.push('', `Workflow artifact id ${r.artifact_id}.`);
  if (r.attestation_url) lines.push('', `Build provenance: ${link('attestation', r.attestation_url)}.`);
  return `${lines.join('\n')}\n`;
}

export function renderPromoteSummary(r: PromoteResult, extra: { approvedBy?: string; approvalComment?: string; environment: string; deploymentUrl?: string }): string {
  const what = r.status === 'promoted' ? `moved from ${r.from ?? '(new)'} to ${link(r.to, r.url)}` : `already pointed to ${link(r.to, r.url)}; nothing changed`;
  const lines = [`### mlops promote-model: ${escapeMarkdown(r.model)}@${escapeMarkdown(r.alias)}`, '', `\`${r.alias}\` ${what}.`, ''];
  lines.push(`Verified ${r.verified.length} assets of \`${r.tag}\` against its manifest (SHA-256 \`${r.manifest_sha256}\`).`);
  const p = r.provenance;
  if (p) lines.push('', `Build provenance verified (Sigstore, Rekor entry ${escapeMarkdown(p.log_index ?? '?')}): signed by ${escapeMarkdown(p.identity ?? 'an unnamed identity')} (${escapeMarkdown(p.issuer ?? 'unknown issuer')}) for the archive SHA-256 \`${p.subject_digest}\`.`);
  lines.push('', extra.approvedBy ? `Approved by ${escapeMarkdown(`@${extra.approvedBy}`)} for environment ${escapeMarkdown(extra.environment)}${extra.approvalComment ? `: “${escapeMarkdown(extra.approvalComment)}”` : ''}.` : `No approval was recorded for environment ${escapeMarkdown(extra.environment)}.`);
  if (extra.deploymentUrl) lines.push('', `Deployment recorded for ${escapeMarkdown(extra.environment)}.`);
  return `${lines.join('\n')}\n`;
}
