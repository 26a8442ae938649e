/**
 * publish-model and promote-model check what needs no answer from GitHub (model name, version,
 * registry branch) before their first call (issue 13, item 12): a typo costs no API calls and
 * leaves nothing half done.
 */
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../shared/github/octokit.js';
import { openGitHubPromotePorts } from '../../shared/github/promote-ports.js';
import { promoteModel } from '../../shared/steps/promote-model.js';
import { openGitHubPublishPorts, type GitHubPublishSettings } from '../../shared/github/publish-ports.js';
import { publishModel, type PublishOptions } from '../../shared/steps/publish-model.js';
import { validateRegistryBranch } from '../../shared/github/registry-branch.js';
import { UsageError } from '../../shared/runtime/errors.js';

let server: Server;
let requests = 0;
let octokit: ReturnType<typeof createGitHubClient>;

beforeAll(async () => {
  server = createServer((_req, res) => {
    requests++;
    res.writeHead(500).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  octokit = createGitHubClient({ token: 't', baseUrl: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`, retries: 0, retryBaseMs: 1, writeSpacing: 'none', env: {} });
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const repo = { owner: 'o', repo: 'r' };
const log = () => {};

describe('checked before the first GitHub call', () => {
  it('publish-model: a version that is not semver, a bad registry branch, a bad model name', async () => {
    const settings: GitHubPublishSettings = { repo, token: 't', outDir: '/tmp/x', artifact: false, attest: false, event: { name: 'push', payload: {} }, env: {}, log };
    const options: PublishOptions = { model: 'm', files: 'model', evaluation: 'e.json' };
    const publish = async (o: Partial<PublishOptions>, s: Partial<GitHubPublishSettings> = {}) => publishModel({ ...options, ...o }, openGitHubPublishPorts(octokit, { ...settings, ...s }));
    await expect(publish({ version: 'one' })).rejects.toThrow(/version "one" is not a semantic version/);
    await expect(publish({}, { registryBranch: 'a..b' })).rejects.toThrow(/registry branch "a\.\.b" is not a valid branch name: it contains "\.\."/);
    await expect(publish({ model: '../m' })).rejects.toThrow(UsageError);
    expect(requests).toBe(0);
  });

  it('promote-model: the same, and latest is a version word', async () => {
    const settings = { repo, requireApproval: false, deployment: false, env: {}, log };
    const promote = async (version: string, registryBranch?: string) => promoteModel({ model: 'm', version, alias: 'staging' }, openGitHubPromotePorts(octokit, { ...settings, registryBranch }));
    await expect(promote('1.0')).rejects.toThrow(/version "1\.0" is not a semantic version/);
    await expect(promote('latest', 'has space')).rejects.toThrow(/not a valid branch name/);
    expect(requests).toBe(0);
  });

  it('branch names follow git check-ref-format', () => {
    for (const ok of ['mlops-registry', 'team/registry', 'reg.v2', 'a_b']) expect(validateRegistryBranch(ok)).toBe(ok);
    for (const bad of ['', 'a..b', 'a b', '/a', 'a/', 'a//b', '-a', 'a.', 'a.lock', '.a', 'a/.b', 'a~b', 'a^b', 'a:b', 'a?b', 'a*b', 'a[b', 'a\\b', 'a@{b', '@', 'x'.repeat(201)]) {
      expect(() => validateRegistryBranch(bad), bad).toThrow(UsageError);
    }
  });
});
