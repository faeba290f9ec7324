import type { Person } from './interpret-event.js'
import type { PullRequestState } from './github/commit-pull-requests.js'
import { lastLabeller, type LabelEventsClient } from './github/label-actor.js'
import type { Decision, RepoRef } from './types.js'

/** A merge or a label that said yes (or no) before the approval waited. */
export interface EarlyDecision {
  decision: Decision
  person: Person
  pullRequest: PullRequestState
  /** The commit it vouches for: the merge commit, or the head of an open pull request. */
  commit: string
  how: 'merge' | 'label'
  label?: string
}

export interface EarlyReading {
  decided?: EarlyDecision
  /** Why a pull request decides nothing although it says something, for its notice. */
  notes: Map<number, string>
}

export interface EarlyPolicy {
  approveOnMerge: boolean
  approveLabel: string
  rejectLabel: string
}

/**
 * What the pull requests of the waiting commit already decided. A merge
 * decides for its merge commit (in the name of merged_by); a label for the
 * head of the pull request, or its merge commit once merged (in the name of
 * whoever added it last). Signals that disagree decide nothing.
 */
export async function alreadyDecided(
  client: LabelEventsClient,
  repo: RepoRef,
  pulls: PullRequestState[],
  waitingCommits: string[],
  policy: EarlyPolicy
): Promise<EarlyReading> {
  const notes = new Map<number, string>()
  const perPull = await Promise.all(pulls.map((pull) => decisionOf(client, repo, pull, waitingCommits, policy, notes)))
  const candidates = perPull.filter((candidate): candidate is EarlyDecision => !!candidate)
  if (new Set(candidates.map((candidate) => candidate.decision)).size > 1) {
    const said = candidates.map((candidate) => `#${candidate.pullRequest.number} ${candidate.decision === 'Approved' ? 'approves' : 'rejects'}`).join(', ')
    for (const candidate of candidates) notes.set(candidate.pullRequest.number, `The pull requests of this commit disagree (${said}), so none of them answered it.`)
    return { notes }
  }
  return { decided: candidates[0], notes }
}

async function decisionOf(
  client: LabelEventsClient,
  repo: RepoRef,
  pull: PullRequestState,
  waitingCommits: string[],
  policy: EarlyPolicy,
  notes: Map<number, string>
): Promise<EarlyDecision | undefined> {
  const merge =
    policy.approveOnMerge && pull.merged && pull.mergeCommitSha && pull.mergedBy && waitingCommits.includes(pull.mergeCommitSha)
      ? { decision: 'Approved' as const, person: pull.mergedBy, pullRequest: pull, commit: pull.mergeCommitSha, how: 'merge' as const }
      : undefined

  // A label vouches for what the pull request is now: the head of an open
  // one, or its merge commit once merged; a pull request closed unmerged was
  // given up, and its labels vouch for nothing.
  const current = pull.merged ? pull.mergeCommitSha : pull.state === 'open' ? pull.headSha : undefined
  const approve = pull.labels.includes(policy.approveLabel)
  const reject = pull.labels.includes(policy.rejectLabel)
  let label: EarlyDecision | undefined
  if (approve && reject) {
    notes.set(pull.number, `It carries both ${policy.approveLabel} and ${policy.rejectLabel}, so neither answered it.`)
    return undefined
  }
  // A reject label stops a merge from approving, whoever added it.
  if (merge && reject) {
    notes.set(pull.number, `It was merged but carries ${policy.rejectLabel}, so neither answered it.`)
    return undefined
  }
  if ((approve || reject) && current && waitingCommits.includes(current)) {
    const name = approve ? policy.approveLabel : policy.rejectLabel
    const labelled = await lastLabeller(client, repo, pull.number, name)
    if (labelled) {
      label = { decision: approve ? 'Approved' : 'Rejected', person: labelled.person, pullRequest: pull, commit: current, how: 'label', label: name }
    } else {
      notes.set(pull.number, `GitHub does not say who added ${name}, so it answered nothing.`)
    }
  }
  return merge ?? label
}
