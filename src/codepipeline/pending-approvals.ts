import type { ActionExecution, ActionExecutionDetail, GetPipelineStateOutput, ListPipelineExecutionsOutput } from '@aws-sdk/client-codepipeline'
import type { CodePipelineApi } from './api.js'
import { describeApproval, type ApprovalAction, type PipelineLayout } from './pipeline-layout.js'

export interface PendingApproval extends ApprovalAction {
  token: string
  pipelineExecutionId?: string
  /** Source revisions, when the listing already carried them (PARALLEL mode). */
  revisions?: string[]
}

export interface ApprovalSnapshot {
  pending: PendingApproval[]
  /** For each target that is not pending, what it is doing instead. */
  notPending: string[]
}

// Executions are listed newest first; one still waiting at an approval is
// among the most recent ones, so the listing stops after this many pages.
const MAX_EXECUTION_PAGES = 5
// One execution has a handful of actions; the cap only guards against a
// misbehaving endpoint that keeps returning a nextToken.
const MAX_ACTION_PAGES = 10

/** What a first look already read beside the declaration, so it is not asked again. */
export interface FirstReads {
  state?: GetPipelineStateOutput
  /** The first page of ListPipelineExecutions (newest first), with each execution's source revisions. */
  executions?: ListPipelineExecutionsOutput
}

/** One look at which target approvals wait for an answer, with their tokens. */
export async function readPendingApprovals(
  api: CodePipelineApi,
  layout: PipelineLayout,
  targets: ApprovalAction[],
  first: FirstReads = {}
): Promise<ApprovalSnapshot> {
  if (layout.executionMode === 'PARALLEL') return readParallel(api, layout.pipelineName, targets, first.executions)
  return pendingInState(first.state ?? (await api.getPipelineState(layout.pipelineName)), targets)
}

function sourceRevisions(revisions: { revisionId?: string }[]): string[] {
  return revisions.flatMap((revision) => (revision.revisionId ? [revision.revisionId] : []))
}

/**
 * SUPERSEDED and QUEUED: a stage holds one execution, and GetPipelineState
 * shows the approval's token while it is InProgress.
 */
function pendingInState(state: GetPipelineStateOutput, targets: ApprovalAction[]): ApprovalSnapshot {
  const snapshot: ApprovalSnapshot = { pending: [], notPending: [] }
  for (const target of targets) {
    const stage = state.stageStates?.find((candidate) => candidate.stageName === target.stageName)
    const latest = latestInState(state, target)
    if (latest?.status === 'InProgress' && latest.token) {
      snapshot.pending.push({ ...target, token: latest.token, pipelineExecutionId: stage?.latestExecution?.pipelineExecutionId })
    } else {
      snapshot.notPending.push(`${describeApproval(target)} is ${latest?.status ?? 'not run yet'}`)
    }
  }
  return snapshot
}

/** The latest execution of an action, as GetPipelineState shows it. */
export function latestInState(state: GetPipelineStateOutput, target: ApprovalAction): ActionExecution | undefined {
  return state.stageStates
    ?.find((stage) => stage.stageName === target.stageName)
    ?.actionStates?.find((action) => action.actionName === target.actionName)?.latestExecution
}

/**
 * PARALLEL: GetPipelineState shows no token and several executions can wait
 * at the same approval, so each execution in progress is asked for its
 * action executions; an approval's token is its externalExecutionId.
 */
async function readParallel(
  api: CodePipelineApi,
  pipelineName: string,
  targets: ApprovalAction[],
  firstPage?: ListPipelineExecutionsOutput
): Promise<ApprovalSnapshot> {
  const inProgress = []
  let nextToken: string | undefined
  for (let page = 0; page < MAX_EXECUTION_PAGES; page++) {
    const listing = page === 0 && firstPage ? firstPage : await api.listPipelineExecutions(pipelineName, nextToken)
    inProgress.push(...(listing.pipelineExecutionSummaries ?? []).filter((execution) => execution.status === 'InProgress'))
    nextToken = listing.nextToken
    if (!nextToken) break
  }

  const perExecution = await Promise.all(
    inProgress.map(async (execution) => {
      const executionId = execution.pipelineExecutionId ?? ''
      const details = await listAllActionExecutions(api, pipelineName, executionId)
      const revisions = sourceRevisions(execution.sourceRevisions ?? [])
      return targets.flatMap((target): PendingApproval[] => {
        const detail = details.find(
          (candidate) =>
            candidate.stageName === target.stageName && candidate.actionName === target.actionName && candidate.status === 'InProgress'
        )
        const token = detail?.output?.executionResult?.externalExecutionId
        // An empty listing proves nothing (it can leave revisions out): the commits are then read from the execution.
        return token ? [{ ...target, token, pipelineExecutionId: executionId, ...(revisions.length > 0 && { revisions }) }] : []
      })
    })
  )
  const pending = perExecution.flat()
  const notPending = targets
    .filter((target) => !pending.some((approval) => approval.stageName === target.stageName && approval.actionName === target.actionName))
    .map((target) => `no execution waits at ${describeApproval(target)} (${inProgress.length} in progress)`)
  return { pending, notPending }
}

/** Every action execution of one pipeline execution, page by page. */
export async function listAllActionExecutions(
  api: CodePipelineApi,
  pipelineName: string,
  pipelineExecutionId: string
): Promise<ActionExecutionDetail[]> {
  const details: ActionExecutionDetail[] = []
  let nextToken: string | undefined
  for (let page = 0; page < MAX_ACTION_PAGES; page++) {
    const listing = await api.listActionExecutions(pipelineName, pipelineExecutionId, nextToken)
    details.push(...(listing.actionExecutionDetails ?? []))
    nextToken = listing.nextToken
    if (!nextToken) break
  }
  return details
}
