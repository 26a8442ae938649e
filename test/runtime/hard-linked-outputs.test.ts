/**
 * An output with other hard links is replaced, not written in place (shared/runtime/atomic-write.ts
 * says why: in place would tear every name on a kill and silently change what DVC's hard-link cache
 * or a `cp -al` snapshot keeps). The path gets the new content, the other names keep the old bytes,
 * and the user is told so, once, naming the path; in a workflow run as a warning annotation.
 */
import { linkSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commitTempFile, outputTempPath, writeFileAtomic } from '../../shared/runtime/atomic-write.js';
import { tempDir } from '../registry/fixtures.js';

function captureStderr(): string[] {
  const lines: string[] = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  return lines;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe('writing an output that has other hard links', () => {
  it('replaces the path, leaves the other name\'s bytes as they were, and says so once', async () => {
    vi.stubEnv('GITHUB_ACTIONS', '');
    const dir = await tempDir('mlops-hard-link-');
    const out = join(dir, 'metrics.json');
    const snapshot = join(dir, 'snapshot-metrics.json');
    writeFileSync(out, '{"auc":0.5}\n');
    linkSync(out, snapshot);
    const stderr = captureStderr();

    await writeFileAtomic(out, '{"auc":0.9}\n');

    expect(readFileSync(out, 'utf8')).toBe('{"auc":0.9}\n');
    expect(readFileSync(snapshot, 'utf8')).toBe('{"auc":0.5}\n');
    expect(statSync(out).nlink).toBe(1);
    expect(statSync(snapshot).nlink).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['metrics.json', 'snapshot-metrics.json']);
    expect(stderr).toEqual([`mlops: warning: ${out} was replaced and its 1 other hard link keeps the previous content (outputs are never written in place); to share an output under two names, use a symbolic link, which outputs are written through\n`]);

    // Now a lone file: replaced silently.
    stderr.length = 0;
    await writeFileAtomic(out, '{"auc":0.95}\n');
    expect(stderr).toEqual([]);
  });

  it('warns as a workflow annotation in a GitHub Actions run, with the path escaped', async () => {
    vi.stubEnv('GITHUB_ACTIONS', 'true');
    const dir = await tempDir('mlops-hard-link-');
    const out = join(dir, '100%\nmodel.bin');
    writeFileSync(out, 'old');
    linkSync(out, join(dir, 'a'));
    linkSync(out, join(dir, 'b'));
    const stderr = captureStderr();

    // A streamed output (and a run-cache restore) is committed the same way.
    const tmp = outputTempPath(out);
    writeFileSync(tmp, 'new');
    await commitTempFile(tmp, out);

    expect(readFileSync(out, 'utf8')).toBe('new');
    expect(readFileSync(join(dir, 'a'), 'utf8')).toBe('old');
    expect(stderr).toHaveLength(1);
    expect(stderr[0]).toMatch(/^::warning::.*100%25%0Amodel\.bin was replaced and its 2 other hard links keep the previous content/);
    expect(stderr[0]!.endsWith('\n')).toBe(true);
    expect(stderr[0]!.slice(0, -1)).not.toContain('\n');
  });
});
