import type { Person } from './interpret-event.js'
import type { PullRequestState } from './github/commit-pull-requests.js'
import { lastCommitted, lastLabeller, type LabelEventsClient, type PullRequestCommitsClient } from './github/label-actor.js'
import { LISTED_COMMITS_CAP } from './github/pull-request-commits.js'
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

/** What reading labels needs: the issue events, and the pull request's commits with their dates. */
export type LabelEvidenceClient = LabelEventsClient & PullRequestCommitsClient

/**
 * Whether a person may decide what their merge or label says: every check a
 * commenter passes but the sender's. Resolves to a refusal sentence when not.
 */
export type Judge = (decision: EarlyDecision) => Promise<string | undefined>

/** A reject label that decides nothing (its labeller unknown or refused), but stops an early approval. */
interface Veto {
  pullRequest: PullRequestState
  label: string
}

/**
 * What the pull requests of the waiting commit already decided. A merge
 * decides for its merge commit (in the name of merged_by); a label for the
 * head of an open pull request, or its merge commit once merged (in the name
 * of whoever added it last, and not after a force-push or a commit dated
 * after it). Each person is
 * judged first and someone who may not decide is set aside, but a reject
 * label holds back an early approval whoever added it; the signals of those
 * who may decide must agree.
 */
export async function alreadyDecided(
  client: LabelEvidenceClient,
  repo: RepoRef,
  pulls: PullRequestState[],
  waitingCommits: string[],
  policy: EarlyPolicy,
  judge: Judge
): Promise<EarlyReading> {
  const notes = new Map<number, string>()
  const read = await Promise.all(pulls.map((pull) => signalsOf(client, repo, pull, waitingCommits, policy, notes)))
  const signals = read.flatMap((found) => found.signals)
  const vetoes = read.flatMap((found) => found.vetoes)

  const judged = await Promise.all(signals.map(async (signal) => ({ signal, refusal: await judge(signal) })))
  for (const { signal, refusal } of judged) {
    if (!refusal) continue
    const how = signal.how === 'merge' ? 'merged' : `added ${signal.label} to`
    notes.set(
      signal.pullRequest.number,
      `@${signal.person.login} ${how} this pull request but may not ${signal.decision === 'Approved' ? 'approve' : 'reject'} its deployment, so that answered nothing.`
    )
    // A no from someone who may not say it still holds back an early yes: failing safe.
    if (signal.decision === 'Rejected' && signal.label) vetoes.push({ pullRequest: signal.pullRequest, label: signal.label })
  }
  const allowed = judged.filter(({ refusal }) => !refusal).map(({ signal }) => signal)
  const decisions = new Set(allowed.map((signal) => signal.decision))
  if (decisions.size > 1 || (decisions.has('Approved') && vetoes.length > 0)) {
    const said = [
      ...allowed.map((signal) => `#${signal.pullRequest.number} ${signal.how === 'merge' ? 'was merged' : `carries ${signal.label}`}`),
      ...vetoes.map((veto) => `#${veto.pullRequest.number} carries ${veto.label}`)
    ]
    const note = `What this commit's pull requests say disagrees (${[...new Set(said)].join(', ')}), so none of it answered the approval.`
    for (const pull of [...allowed.map((signal) => signal.pullRequest), ...vetoes.map((veto) => veto.pullRequest)]) notes.set(pull.number, note)
    return { notes }
  }
  return { decided: allowed[0], notes }
}

/** The signals of one pull request, merge first, with what makes a label vouch for nothing. */
async function signalsOf(
  client: LabelEvidenceClient,
  repo: RepoRef,
  pull: PullRequestState,
  waitingCommits: string[],
  policy: EarlyPolicy,
  notes: Map<number, string>
): Promise<{ signals: EarlyDecision[]; vetoes: Veto[] }> {
  const signals: EarlyDecision[] = []
  const vetoes: Veto[] = []
  if (policy.approveOnMerge && pull.merged && pull.mergeCommitSha && pull.mergedBy && waitingCommits.includes(pull.mergeCommitSha)) {
    signals.push({ decision: 'Approved', person: pull.mergedBy, pullRequest: pull, commit: pull.mergeCommitSha, how: 'merge' })
  }

  // A label vouches for what the pull request is now: the head of an open
  // one, or its merge commit once merged; a pull request closed unmerged was
  // given up, and its labels vouch for nothing.
  const current = pull.merged ? pull.mergeCommitSha : pull.state === 'open' ? pull.headSha : undefined
  const present = [policy.approveLabel, policy.rejectLabel].filter((name) => pull.labels.includes(name))
  if (present.length === 2) {
    notes.set(pull.number, `It carries both ${policy.approveLabel} and ${policy.rejectLabel}, so neither answered it.`)
    return { signals: [], vetoes: [{ pullRequest: pull, label: policy.rejectLabel }] }
  }
  const [name] = present
  if (!name || !current || !waitingCommits.includes(current)) return { signals, vetoes }
  const rejects = name === policy.rejectLabel
  const [labelled, committed] = await Promise.all([lastLabeller(client, repo, pull.number, name), lastCommitted(client, repo, pull)])
  // A push made with GITHUB_TOKEN starts no workflow, and the synchronize job
  // can fail or lose a race: a commit dated after the label was not seen.
  const later = labelled && committed.last && Date.parse(committed.last.date) > Date.parse(labelled.at) ? committed.last : undefined
  if (labelled && !labelled.rewrittenAt && !later && committed.whole) {
    signals.push({ decision: rejects ? 'Rejected' : 'Approved', person: labelled.person, pullRequest: pull, commit: current, how: 'label', label: name })
    return { signals, vetoes }
  }
  notes.set(
    pull.number,
    !labelled
      ? `GitHub does not say who added ${name}, so it answered nothing.`
      : labelled.rewrittenAt
        ? `Its commits were rewritten (${labelled.rewrittenAt}) after ${name} was added (${labelled.at}), so the label vouches for nothing: add it again once the new commits are reviewed.`
        : later
          ? `${name} was added (${labelled.at}) before commit ${later.sha} (committed ${later.date}), so the label vouches for nothing: add it again once that commit is reviewed.`
          : `It has more commits than the ${LISTED_COMMITS_CAP} GitHub lists, so whether one came after ${name} cannot be checked and the label vouches for nothing: answer with a comment that pins the full SHA of the reviewed commit.`
  )
  // A reject label still stops an approval, whoever added it: failing safe.
  if (rejects) vetoes.push({ pullRequest: pull, label: name })
  return { signals, vetoes }
}
