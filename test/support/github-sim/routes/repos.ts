/**
 * `GET /repos/{owner}/{repo}`: the repository (GitHub's `full-repository` shape), e.g. for its
 * `default_branch`. Seeded repositories come from a webhook payload, which lacks a few fields the
 * REST answer carries; they are added here.
 */
import { isResponse, json, repoOf, type SimRoute } from '../route.js';

export const repoRoutes: SimRoute[] = [
  {
    method: 'GET',
    path: '/repos/{owner}/{repo}',
    handler(req, state) {
      const r = repoOf(req, state);
      if (isResponse(r)) return r;
      return json(200, { has_discussions: false, network_count: 0, subscribers_count: 0, ...r.repo });
    },
  },
];
