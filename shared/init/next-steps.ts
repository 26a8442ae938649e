/**
 * What a person still has to do after `mlops init`: the settings no file in a repository can
 * make (environments, branch rules, labels, the token for retraining PRs) and the parts of the
 * files only they know (production data, the model card). Plain text, one step per item.
 */
export interface NextStepsInput {
  model: string;
  contract: string;
}

export function nextSteps({ model, contract }: NextStepsInput): string[] {
  return [
    `Review ${contract}: its ranges and category lists describe the data it was inferred from.`,
    `Fill in mlops.yaml: the gate rules under models.${model}, the model card's text under release.models.${model} (intended_use, limitations, owners), and where production data comes from under drift.models.${model}.sources.`,
    'Settings > Environments: create `staging` and `production` with required reviewers (production at least; tick "Prevent self-review") and deployment branches `main` only. promote.yml waits for their approval.',
    'Settings > Rules > Rulesets: protect the `mlops-registry` branch (block force pushes and deletion). It holds every version, alias and the audit log.',
    'Labels: create model:major, model:minor and model:patch (gh label create model:minor); a merged PR\'s label picks the release\'s version bump.',
    'Retraining PRs (drift-check.yml): a GitHub App with Contents and Pull requests read and write, installed on this repository, its App ID in the variable MLOPS_APP_ID and a private key in the secret MLOPS_APP_PRIVATE_KEY; or a fine-grained PAT in pr-token. A PR opened with GITHUB_TOKEN starts no workflows, so it would get no PR report.',
    'Run `mlops doctor --run` (with your requirements installed): it checks the setup and plays the PR report locally, writing the comment the PR would get to mlops-out/doctor/. Then commit the files and open a pull request: pr-report.yml and pr-comment.yml post its model report.',
  ];
}
