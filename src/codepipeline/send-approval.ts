import type { CodePipelineApi } from './api.js'
import { CodePipelineError } from './api.js'
import { awsErrorFacts, mayHaveReached } from './aws-errors.js'
import type { LocatedApproval } from './locate-approval.js'
import { latestInState, listAllActionExecutions } from './pending-approvals.js'
import { MaybeSent } from '../errors.js'
import type { Decision } from '../types.js'

export interface SentApproval {
  approvedAt?: Date
  /** True when a failed or retried request had gone through and the state confirmed it. */
  confirmedFromState: boolean
}

// What a retried PutApprovalResult answers when its first attempt went through.
const ANSWERED = new Set(['ApprovalAlreadyCompletedException', 'InvalidApprovalTokenException'])

/**
 * Sends the decision. When the call failed in a way that may have reached
 * CodePipeline (a lost answer, a timeout, retries that ended in an error), or
 * a retry is told the approval is already answered, the approval is read
 * again: if it shows this very result, for this execution, it was sent;
 * otherwise the run fails saying it may have been, never that nothing was.
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
    if (!(error instanceof CodePipelineError)) throw error
    const retriedIntoAnswer = ANSWERED.has(error.code) && error.attempts >= 2
    if (!retriedIntoAnswer && error.attempts < 2 && !mayHaveReached(error.cause)) throw error

    const what = retriedIntoAnswer ? `${error.code} on attempt ${error.attempts}` : describeFailure(error)
    log(
      retriedIntoAnswer
        ? `PutApprovalResult answered ${what}; reading the approval again to see whether an earlier attempt went through.`
        : `PutApprovalResult got no clear answer (${what}); reading the approval again to see whether it went through.`
    )
    const maybeSent = (readBack: string, cause: unknown): MaybeSent =>
      new MaybeSent(
        `PutApprovalResult for ${stageName}/${actionName} in pipeline "${pipelineName}" got no clear answer (${what}) and ${readBack}, so the ${decision} answer may have been sent: check the approval in the CodePipeline console before trying again.`,
        { cause }
      )
    let answered: RecordedAnswer | undefined
    try {
      answered = await readAnswer(api, approval)
    } catch (readError) {
      throw maybeSent(`the approval could not be read again (${readError instanceof CodePipelineError ? readError.code : awsErrorFacts(readError).code})`, readError)
    }
    const expected = decision === 'Approved' ? 'Succeeded' : 'Failed'
    if (answered?.status === expected && answered.summary === summary) return { approvedAt: answered.at, confirmedFromState: true }
    // Told it is answered, and this execution shows someone else's answer: ours was not the one.
    if (retriedIntoAnswer && answered?.status && answered.status !== 'InProgress') throw error
    throw maybeSent('the approval, read again, does not show it', error)
  }
}

/** "HTTP 500 after 3 attempts", "TimeoutError", "ECONNRESET": what went wrong, without AWS's own words. */
function describeFailure(error: CodePipelineError): string {
  const { status } = awsErrorFacts(error.cause)
  const networkCode = (error.cause as { code?: unknown } | null)?.code
  const what = status !== undefined && status >= 500 ? `HTTP ${status}` : typeof networkCode === 'string' && /^E[A-Z_]+$/.test(networkCode) ? networkCode : error.code
  return `${what}${error.attempts > 1 ? ` after ${error.attempts} attempts` : ''}`
}

interface RecordedAnswer {
  status?: string
  summary?: string
  at?: Date
}

/**
 * The approval's latest answer in this approval's execution, never another
 * execution's answer, even in the same words: from GetPipelineState while the
 * stage still shows this execution, else from this execution's own action
 * executions (PARALLEL mode, or a next execution that entered the stage once
 * the answer let this one go).
 */
async function readAnswer(api: CodePipelineApi, approval: LocatedApproval): Promise<RecordedAnswer | undefined> {
  const executionId = approval.pipelineExecutionId
  const ours = (candidate: string | undefined): boolean => !executionId || candidate === executionId
  if (approval.executionMode !== 'PARALLEL' || !executionId) {
    const state = await api.getPipelineState(approval.pipelineName)
    // GetPipelineState shows the action's latest run without its execution: the stage's is that run's.
    const stage = state.stageStates?.find((candidate) => candidate.stageName === approval.stageName)
    if (ours(stage?.latestExecution?.pipelineExecutionId)) {
      const latest = latestInState(state, approval)
      return latest && { status: latest.status, summary: latest.summary, at: latest.lastStatusChange }
    }
  }
  if (!executionId) return undefined
  const details = await listAllActionExecutions(api, approval.pipelineName, executionId)
  // A retried stage lists the action's earlier runs too: the one named by our token, where CodePipeline names one.
  const detail = details.find((candidate) => {
    const id = candidate.output?.executionResult?.externalExecutionId
    return candidate.stageName === approval.stageName && candidate.actionName === approval.actionName && ours(candidate.pipelineExecutionId) && (!id || id === approval.token)
  })
  return detail && { status: detail.status, summary: detail.output?.executionResult?.externalExecutionSummary, at: detail.lastUpdateTime }
}
