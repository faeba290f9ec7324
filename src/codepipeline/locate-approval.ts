import type { Clock } from '../clock.js'
import type { CodePipelineApi } from './api.js'
import {
  checkCommit,
  commitMismatch,
  gitCommits,
  matchingCommit,
  shortList,
  type CommitClaim,
  type CommitVerdict
} from '../commit-check.js'
import { ActionError } from '../errors.js'
import { readPendingApprovals, type PendingApproval } from './pending-approvals.js'
import { describeApproval, readLayout, resolveTargets, type ApprovalAction, type ExecutionMode } from './pipeline-layout.js'
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

/**
 * Finds the one pending approval the request is about and checks its commit,
 * polling until it is pending when wait-timeout is set. It fails rather than
 * guess when several could be meant.
 */
export async function locateApproval(
  api: CodePipelineApi,
  request: LocateRequest,
  { clock, log }: { clock: Clock; log(message: string): void }
): Promise<LocatedApproval> {
  // The state is read alongside the declaration: one round trip fewer for
  // SUPERSEDED and QUEUED pipelines (PARALLEL ones list executions instead).
  const [declaration, firstState] = await Promise.all([api.getPipeline(request.pipelineName), api.getPipelineState(request.pipelineName)])
  const layout = readLayout(declaration)
  const targets = resolveTargets(layout, request.stageName, request.actionName)
  const pipeline = `pipeline "${request.pipelineName}"`
  const commitsByExecution = new Map<string, Promise<string[]>>()

  // Each execution's commits are read once, however often it is polled.
  const commitsOf = (approval: PendingApproval): Promise<string[]> => {
    if (approval.revisions) return Promise.resolve(gitCommits(approval.revisions))
    const id = approval.pipelineExecutionId
    if (!id) return Promise.resolve([])
    let commits = commitsByExecution.get(id)
    if (!commits) {
      commits = api
        .getPipelineExecution(request.pipelineName, id)
        .then((execution) => gitCommits((execution.artifactRevisions ?? []).flatMap((revision) => revision.revisionId ?? [])))
      commitsByExecution.set(id, commits)
    }
    return commits
  }

  const found = (approval: PendingApproval, commits: string[], verdict: CommitVerdict): Step => ({
    found: {
      ...approval,
      pipelineName: request.pipelineName,
      executionMode: layout.executionMode,
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
          `Nothing waits for an answer at ${targets.map(describeApproval).join(', ')} in ${pipeline} (${notPending.join('; ')}), so nothing was sent: check that the pipeline run reached the approval, or set wait-timeout to wait for it.`
        )
      }
    }
    const where = `${actions[0]} in ${pipeline}`
    const candidates = await Promise.all(pending.map(async (approval) => ({ approval, commits: await commitsOf(approval) })))
    const { claim, revisionCheck, command } = request

    if (claim.commits.length > 0) {
      const matching = candidates.filter(({ commits }) => matchingCommit(claim, commits))
      if (matching.length === 1) return found(matching[0]!.approval, matching[0]!.commits, { verified: true })
      if (matching.length > 1) {
        throw new ActionError(
          `Executions ${matching.map(({ approval }) => approval.pipelineExecutionId).join(' and ')} both wait at ${where} for ${shortList(claim.commits)}, so nothing was sent: answer the one you mean in the CodePipeline console.`
        )
      }
      if (candidates.length === 1) {
        const [{ approval, commits }] = candidates as [(typeof candidates)[number]]
        if (commits.length === 0 || revisionCheck === 'off') {
          return found(approval, commits, checkCommit(revisionCheck, claim, commits, where, command))
        }
        return { notYet: commitMismatch(claim, commits, where, command) }
      }
      if (candidates.every(({ commits }) => commits.length === 0)) {
        throw new ActionError(
          `${candidates.length} executions wait at ${where} and none has a Git commit to tell them apart, so nothing was sent: answer the one you mean in the CodePipeline console.`
        )
      }
      return {
        notYet: new ActionError(
          `None of the ${candidates.length} executions waiting at ${where} is for ${shortList(claim.commits)} (${claim.source}); they are for ${describeExecutions(candidates)}, so nothing was sent: name the reviewed commit ("${command} <sha>") or wait until the pipeline reaches it.`
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

  const deadline = clock.now() + request.waitTimeoutSeconds * 1000
  for (let poll = 1; ; poll++) {
    const snapshot = await readPendingApprovals(api, layout, targets, poll === 1 ? firstState : undefined)
    const step = await choose(snapshot.pending, snapshot.notPending)
    if ('found' in step) return step.found
    const remaining = deadline - clock.now()
    if (remaining <= 0) {
      if (request.waitTimeoutSeconds === 0) throw step.notYet
      const { message } = step.notYet
      throw new ActionError(`After waiting ${request.waitTimeoutSeconds} s, ${message.charAt(0).toLowerCase()}${message.slice(1)}`)
    }
    const pause = Math.min(request.pollIntervalSeconds * 1000, remaining)
    log(`Waiting (check ${poll}): ${firstClause(step.notYet.message)}; checking again in ${Math.ceil(pause / 1000)} s, ${Math.ceil(remaining / 1000)} s left.`)
    await clock.sleep(pause)
  }
}

function describeExecutions(candidates: { approval: PendingApproval; commits: string[] }[]): string {
  return candidates
    .map(({ approval, commits }) => `${approval.pipelineExecutionId ?? 'unknown execution'} at ${commits.length > 0 ? shortList(commits) : 'no commit'}`)
    .join(', ')
}

/** The part of a refusal before ", so nothing was sent", for progress lines. */
function firstClause(message: string): string {
  return message.split(', so nothing was sent')[0] ?? message
}
