import type { Clock } from '../clock.js'
import { CodePipelineError, type CodePipelineApi } from './api.js'
import {
  checkCommit,
  commitMismatch,
  describeClaim,
  gitCommits,
  matchingCommit,
  shortList,
  type CommitClaim,
  type CommitVerdict
} from '../commit-check.js'
import { ActionError, midSentence, Refusal } from '../errors.js'
import { executionCommits } from './approval-execution.js'
import { readPendingApprovals, type PendingApproval } from './pending-approvals.js'
import {
  describeApproval,
  readLayout,
  resolveTargets,
  type ApprovalAction,
  type ExecutionMode,
  type PipelineLayout
} from './pipeline-layout.js'
import type { RevisionCheck } from '../types.js'

export interface LocateRequest {
  pipelineName: string
  stageName?: string
  actionName?: string
  claim: CommitClaim
  revisionCheck: RevisionCheck
  /** The command for this decision, for hints such as "/approve-deploy 1a2b3c4". */
  command: string
  waitTimeoutSeconds: number
  pollIntervalSeconds: number
  /** What to do when nothing waits; default: check the run, or set wait-timeout. */
  nothingWaitsHint?: string
  /** What to do once the pipeline reaches the commit, when the approval waits for another one (a comment: comment again). */
  notYetHint?: string
}

export interface LocatedApproval extends ApprovalAction {
  pipelineName: string
  executionMode: ExecutionMode
  token: string
  pipelineExecutionId?: string
  /** The Git commits of the waiting execution's sources. */
  commits: string[]
  /** The commit the request vouched for, else the execution's first commit. */
  commit?: string
  verdict: CommitVerdict
}

type Step = { found: LocatedApproval } | { notYet: ActionError }

/** What locating needs besides CodePipeline: time, the log, and a fold for the wait. */
export interface LocateDeps {
  clock: Clock
  log(message: string): void
  /** core.startGroup / core.endGroup: a long wait is one folded group in the log. */
  group?: { start(title: string): void; end(): void }
}

/**
 * Finds the one pending approval the request is about and checks its commit,
 * polling until it is pending when wait-timeout is set. It fails rather than
 * guess when several could be meant. While waiting, a CodePipeline error that
 * may heal (throttling, 5xx, a timeout) is one more reason to look again;
 * one that will not (access, names, input) ends the wait at once.
 */
export async function locateApproval(api: CodePipelineApi, request: LocateRequest, { clock, log, group }: LocateDeps): Promise<LocatedApproval> {
  const pipeline = `pipeline "${request.pipelineName}"`
  const commitsByExecution = new Map<string, Promise<string[]>>()
  let layout: PipelineLayout | undefined
  let targets: ApprovalAction[] = []

  // Each execution's commits are read once, however often it is polled:
  // from the first look's listing of executions, else from the execution.
  // A listing with no revisions proves nothing (it can leave them out), so
  // the execution itself is asked then.
  const listed = new Map<string, string[]>()
  const commitsOf = (approval: PendingApproval): Promise<string[]> => {
    if (approval.revisions?.length) return Promise.resolve(gitCommits(approval.revisions))
    const id = approval.pipelineExecutionId
    if (!id) return Promise.resolve([])
    const revisions = listed.get(id)
    if (revisions?.length) return Promise.resolve(gitCommits(revisions))
    let commits = commitsByExecution.get(id)
    if (!commits) {
      commits = executionCommits(api, request.pipelineName, id)
      // A failed read is asked again on the next poll, not remembered.
      commits.catch(() => commitsByExecution.delete(id))
      commitsByExecution.set(id, commits)
    }
    return commits
  }

  const found = ({ revisions: _listed, ...approval }: PendingApproval, commits: string[], verdict: CommitVerdict): Step => ({
    found: {
      ...approval,
      pipelineName: request.pipelineName,
      executionMode: layout!.executionMode,
      commits,
      commit: matchingCommit(request.claim, commits) ?? commits[0],
      verdict
    }
  })

  async function choose(pending: PendingApproval[], notPending: string[]): Promise<Step> {
    const actions = [...new Set(pending.map(describeApproval))]
    if (actions.length > 1) {
      throw new ActionError(
        `Several approvals wait in ${pipeline} (${actions.join(', ')}), so nothing was sent: set stage-name and action-name to choose one.`
      )
    }
    if (pending.length === 0) {
      return {
        notYet: new ActionError(
          `Nothing waits for an answer at ${targets.map(describeApproval).join(', ')} in ${pipeline} (${notPending.join('; ')}), so nothing was sent: ${request.nothingWaitsHint ?? 'check that the pipeline run reached the approval, or set wait-timeout to wait for it'}.`,
          { notWaiting: true }
        )
      }
    }
    const where = `${actions[0]} in ${pipeline}`
    const candidates = await Promise.all(pending.map(async (approval) => ({ approval, commits: await commitsOf(approval) })))
    const { claim, revisionCheck, command } = request

    if (claim.requirements.length > 0) {
      const matching = candidates.filter(({ commits }) => matchingCommit(claim, commits))
      if (matching.length === 1) return found(matching[0]!.approval, matching[0]!.commits, { verified: true })
      if (matching.length > 1) {
        throw new ActionError(
          `Executions ${matching.map(({ approval }) => approval.pipelineExecutionId).join(' and ')} both wait at ${where} for the commit the request vouches for (${describeClaim(claim.requirements)}), so nothing was sent: answer the one you mean in the CodePipeline console.`
        )
      }
      if (candidates.length === 1) {
        const [{ approval, commits }] = candidates as [(typeof candidates)[number]]
        if (commits.length === 0 || revisionCheck === 'off') {
          return found(approval, commits, checkCommit(revisionCheck, claim, commits, where, command))
        }
        return { notYet: commitMismatch(claim, commits, where, command, request.notYetHint) }
      }
      if (candidates.every(({ commits }) => commits.length === 0)) {
        throw new ActionError(
          `${candidates.length} executions wait at ${where} and none has a Git commit to tell them apart, so nothing was sent: answer the one you mean in the CodePipeline console.`
        )
      }
      return {
        notYet: new Refusal(
          `None of the ${candidates.length} executions waiting at ${where} is for the commit the request vouches for (${describeClaim(claim.requirements)}); they are for ${describeExecutions(candidates)}, so nothing was sent: name the reviewed commit ("${command} <sha>") or wait until the pipeline reaches it${request.notYetHint ? `, then ${request.notYetHint}` : ''}.`,
          { notWaiting: true }
        )
      }
    }

    if (candidates.length === 1) {
      const [{ approval, commits }] = candidates as [(typeof candidates)[number]]
      return found(approval, commits, checkCommit(revisionCheck, claim, commits, where, command))
    }
    throw new ActionError(
      `${candidates.length} executions wait at ${where} (${describeExecutions(candidates)}) and the request names no commit, so nothing was sent: name the reviewed commit ("${command} <sha>") or set revision to choose one.`
    )
  }

  /** One look: the declaration once (beside the first state), then the pending approvals. */
  async function look(): Promise<Step> {
    let snapshot
    if (!layout) {
      // One wave: the declaration, the state, and the newest executions with
      // their source revisions, so the waiting execution's commits need no
      // GetPipelineExecution after. The listing only saves a round trip: if
      // it fails, the commits are read the longer way.
      const [declaration, state, executions] = await Promise.all([
        api.getPipeline(request.pipelineName),
        api.getPipelineState(request.pipelineName),
        api.listPipelineExecutions(request.pipelineName).catch(() => undefined)
      ])
      const read = readLayout(declaration)
      targets = resolveTargets(read, request.stageName, request.actionName)
      layout = read
      for (const execution of executions?.pipelineExecutionSummaries ?? []) {
        const revisions = (execution.sourceRevisions ?? []).flatMap((revision) => revision.revisionId ?? [])
        if (execution.pipelineExecutionId && revisions.length > 0) listed.set(execution.pipelineExecutionId, revisions)
      }
      snapshot = await readPendingApprovals(api, layout, targets, { state, executions })
    } else {
      snapshot = await readPendingApprovals(api, layout, targets)
    }
    return choose(snapshot.pending, snapshot.notPending)
  }

  const deadline = clock.now() + request.waitTimeoutSeconds * 1000
  let grouped = false
  try {
    for (let poll = 1; ; poll++) {
      let step: Step
      try {
        step = await look()
      } catch (error) {
        if (request.waitTimeoutSeconds === 0 || !(error instanceof CodePipelineError) || !error.transient) throw error
        step = { notYet: error }
      }
      if ('found' in step) return step.found
      const remaining = deadline - clock.now()
      if (remaining <= 0) {
        if (request.waitTimeoutSeconds === 0) throw step.notYet
        throw afterWaiting(request.waitTimeoutSeconds, step.notYet)
      }
      if (!grouped && group) {
        group.start(`Waiting up to ${request.waitTimeoutSeconds} s for ${targets.length > 0 ? targets.map(describeApproval).join(', ') : 'the approval'} in ${pipeline}`)
        grouped = true
      }
      const pause = Math.min(request.pollIntervalSeconds * 1000, remaining)
      log(`Waiting (check ${poll}): ${firstClause(step.notYet.message)}; checking again in ${Math.ceil(pause / 1000)} s, ${Math.ceil(remaining / 1000)} s left.`)
      await clock.sleep(pause)
    }
  } finally {
    if (grouped) group?.end()
  }
}

/** The last reason the wait saw, as the reason it ended; refusals stay refusals. */
function afterWaiting(seconds: number, last: ActionError): ActionError {
  const sentence = (message: string): string => `After waiting ${seconds} s, ${midSentence(message)}`
  const options = { cause: last, publicMessage: sentence(last.publicMessage), notWaiting: last.notWaiting }
  return last instanceof Refusal ? new Refusal(sentence(last.message), options) : new ActionError(sentence(last.message), options)
}

function describeExecutions(candidates: { approval: PendingApproval; commits: string[] }[]): string {
  return candidates
    .map(({ approval, commits }) => `${approval.pipelineExecutionId ?? 'unknown execution'} at ${commits.length > 0 ? shortList(commits) : 'no commit'}`)
    .join(', ')
}

/** What happened, without what to do: the part before ", so nothing was sent" (or the last colon). */
function firstClause(message: string): string {
  const [before = message, after] = message.split(', so nothing was sent')
  return after === undefined ? before.replace(/: [^:]*$/, '') : before
}
