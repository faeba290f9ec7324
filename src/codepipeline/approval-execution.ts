import { gitCommits } from '../commit-check.js'
import type { CodePipelineApi } from './api.js'
import { latestInState, listAllActionExecutions, readPendingApprovals } from './pending-approvals.js'
import type { ApprovalAction, ExecutionMode, PipelineLayout } from './pipeline-layout.js'

/** How CodePipeline shows an approval's run: waiting, or how it ended. */
export type ApprovalStatus = 'InProgress' | 'Succeeded' | 'Failed' | 'Abandoned'

/** One execution's run of one approval, as CodePipeline shows it now. */
export interface ApprovalExecution extends ApprovalAction {
  pipelineName: string
  executionMode: ExecutionMode
  pipelineExecutionId: string
  /** Undefined while the execution has not reached the approval. */
  status?: ApprovalStatus
  /** While it waits: the single-use token that answers it. */
  token?: string
  /** Once answered: the summary CodePipeline recorded, and who answered (an ARN). */
  summary?: string
  updatedBy?: string
  /** The Git commits of the execution's sources. */
  commits: string[]
}

const STATUSES = new Set<string>(['InProgress', 'Succeeded', 'Failed', 'Abandoned'])

/**
 * The Git commits of one execution's sources: from the revisions a listing
 * of executions gave, when it gave any, else read from the execution (a
 * listing with none proves nothing: it can leave them out).
 */
export async function executionCommits(api: CodePipelineApi, pipelineName: string, pipelineExecutionId: string, listed?: string[]): Promise<string[]> {
  if (listed?.length) return gitCommits(listed)
  const execution = await api.getPipelineExecution(pipelineName, pipelineExecutionId)
  return gitCommits((execution.artifactRevisions ?? []).flatMap((revision) => revision.revisionId ?? []))
}

/**
 * One execution's run of an approval, read side by side: its action
 * executions (ListActionExecutions for that execution, because
 * GetPipelineState may already show a newer execution in the stage), its
 * commits, and, outside PARALLEL mode, the token that GetPipelineState shows
 * while it waits.
 */
export async function readApprovalExecution(
  api: CodePipelineApi,
  layout: PipelineLayout,
  target: ApprovalAction,
  pipelineExecutionId: string
): Promise<ApprovalExecution> {
  const { pipelineName, executionMode } = layout
  const parallel = executionMode === 'PARALLEL'
  const [details, commits, state] = await Promise.all([
    listAllActionExecutions(api, pipelineName, pipelineExecutionId),
    executionCommits(api, pipelineName, pipelineExecutionId),
    parallel ? undefined : api.getPipelineState(pipelineName)
  ])
  // Newest first: a retried stage runs the approval again.
  const detail = details.find((candidate) => candidate.stageName === target.stageName && candidate.actionName === target.actionName)
  const status = detail?.status && STATUSES.has(detail.status) ? (detail.status as ApprovalStatus) : undefined
  const base = { ...target, pipelineName, executionMode, pipelineExecutionId, status, commits }
  if (status !== 'InProgress') {
    return { ...base, summary: detail?.output?.executionResult?.externalExecutionSummary, updatedBy: detail?.updatedBy }
  }
  if (parallel) return { ...base, token: detail?.output?.executionResult?.externalExecutionId }
  // The stage holds one execution: the token is this execution's only if the stage shows it.
  const stage = state?.stageStates?.find((candidate) => candidate.stageName === target.stageName)
  const latest = state && latestInState(state, target)
  const own = stage?.latestExecution?.pipelineExecutionId === pipelineExecutionId && latest?.status === 'InProgress'
  return { ...base, token: own ? latest?.token : undefined }
}

/**
 * Every run of the target approvals that waits now, with its token and
 * commits: all waiting executions in PARALLEL mode, the stage's one otherwise.
 */
export async function readWaitingApprovals(api: CodePipelineApi, layout: PipelineLayout, targets: ApprovalAction[]): Promise<ApprovalExecution[]> {
  const { pending } = await readPendingApprovals(api, layout, targets)
  return Promise.all(
    pending
      .filter((approval) => approval.pipelineExecutionId)
      .map(async (approval) => ({
        stageName: approval.stageName,
        actionName: approval.actionName,
        pipelineName: layout.pipelineName,
        executionMode: layout.executionMode,
        pipelineExecutionId: approval.pipelineExecutionId!,
        status: 'InProgress' as const,
        token: approval.token,
        commits: await executionCommits(api, layout.pipelineName, approval.pipelineExecutionId!, approval.revisions)
      }))
  )
}
