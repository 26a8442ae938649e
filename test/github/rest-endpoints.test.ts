/**
 * Our REST methods (shared/github/rest-endpoints.ts) against @octokit/plugin-rest-endpoint-methods,
 * the table @octokit/rest builds its methods from: same route, same defaults, for each of them.
 */
import { Octokit } from '@octokit/core';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { describe, expect, it } from 'vitest';
import { REST_ROUTES, restEndpoints } from '../../shared/github/rest-endpoints.js';

type Method = { endpoint: { DEFAULTS: Record<string, unknown> } };

describe('REST methods', () => {
  it('are built exactly as @octokit/rest builds them', () => {
    const ours = new (Octokit.plugin(restEndpoints))().rest as unknown as Record<string, Record<string, Method>>;
    const official = new (Octokit.plugin(restEndpointMethods))().rest as unknown as Record<string, Record<string, Method>>;
    let count = 0;
    for (const [scope, methods] of Object.entries(REST_ROUTES)) {
      for (const name of Object.keys(methods)) {
        expect(official[scope]?.[name], `${scope}.${name} exists in @octokit/rest`).toBeDefined();
        // As JSON: DEFAULTS.request holds each instance's own hook function.
        expect(JSON.stringify(ours[scope]![name]!.endpoint.DEFAULTS), `${scope}.${name}`).toBe(JSON.stringify(official[scope]![name]!.endpoint.DEFAULTS));
        count++;
      }
    }
    expect(count).toBe(42);
  });
});
