import type { CodePipelineApi } from './api.js'
import { CodePipelineError } from './api.js'
import type { LocatedApproval } from './locate-approval.js'
import { latestInState, listAllActionExecutions } from './pending-approvals.js'
import type { Decision } from '../types.js'

export interface SentApproval {
  approvedAt?: Date
  /** True when a retried request had already gone through and the state confirmed it. */
  confirmedFromState: boolean
}

// What a retried PutApprovalResult answers when its first attempt went through.
const ANSWERED = new Set(['ApprovalAlreadyCompletedException', 'InvalidApprovalTokenException'])

/**
 * Sends the decision. When the SDK retried (a lost answer, a timeout) and the
 * retry is told the approval is already answered, the state is read again:
 * if it shows this very result, the first attempt went through.
 */
export async function sendApproval(
  api: CodePipelineApi,
  approval: LocatedApproval,
  decision: Decision,
  summary: string,
  log: (message: string) => void
): Promise<SentApproval> {
  const { pipelineName, stageName, actionName, token } = approval
  try {
    const { approvedAt } = await api.putApprovalResult({ pipelineName, stageName, actionName, token, result: { status: decision, summary } })
    return { approvedAt, confirmedFromState: false }
  } catch (error) {
    if (!(error instanceof CodePipelineError) || !ANSWERED.has(error.code) || error.attempts < 2) throw error
    log(`PutApprovalResult answered ${error.code} on attempt ${error.attempts}; reading the approval again to see whether an earlier attempt went through.`)
    const answered = await readAnswer(api, approval)
    const expected = decision === 'Approved' ? 'Succeeded' : 'Failed'
    if (answered?.status !== expected || answered.summary !== summary) throw error
    return { approvedAt: answered.at, confirmedFromState: true }
  }
}

async function readAnswer(
  api: CodePipelineApi,
  approval: LocatedApproval
): Promise<{ status?: string; summary?: string; at?: Date } | undefined> {
  if (approval.executionMode === 'PARALLEL' && approval.pipelineExecutionId) {
    const details = await listAllActionExecutions(api, approval.pipelineName, approval.pipelineExecutionId)
    const detail = details.find((candidate) => candidate.stageName === approval.stageName && candidate.actionName === approval.actionName)
    return detail && { status: detail.status, summary: detail.output?.executionResult?.externalExecutionSummary, at: detail.lastUpdateTime }
  }
  const latest = latestInState(await api.getPipelineState(approval.pipelineName), approval)
  return latest && { status: latest.status, summary: latest.summary, at: latest.lastStatusChange }
}
