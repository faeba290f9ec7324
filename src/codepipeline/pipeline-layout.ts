import type { PipelineDeclaration } from '@aws-sdk/client-codepipeline'
import { ActionError } from '../errors.js'

export type ExecutionMode = 'SUPERSEDED' | 'QUEUED' | 'PARALLEL'

export interface ApprovalAction {
  stageName: string
  actionName: string
}

export interface PipelineLayout {
  pipelineName: string
  executionMode: ExecutionMode
  stages: { name: string; actions: { name: string; kind: string }[] }[]
}

/** Reads the stages, actions and execution mode from GetPipeline's declaration. */
export function readLayout(declaration: PipelineDeclaration): PipelineLayout {
  return {
    pipelineName: declaration.name ?? '',
    executionMode: (declaration.executionMode as ExecutionMode | undefined) ?? 'SUPERSEDED',
    stages: (declaration.stages ?? []).map((stage) => ({
      name: stage.name ?? '',
      actions: (stage.actions ?? []).map((action) => {
        const type = action.actionTypeId
        const isManualApproval = type?.category === 'Approval' && type.owner === 'AWS' && type.provider === 'Manual'
        return { name: action.name ?? '', kind: isManualApproval ? 'Manual approval' : `${type?.category ?? 'unknown'} action` }
      })
    }))
  }
}

export function describeApproval(approval: ApprovalAction): string {
  return `${approval.stageName}/${approval.actionName}`
}

/**
 * The Manual approval actions that stage-name and action-name point at. A
 * name that matches nothing, or an action name found in several stages,
 * fails here, naming what exists: the action never picks one by guessing.
 */
export function resolveTargets(layout: PipelineLayout, stageName?: string, actionName?: string): ApprovalAction[] {
  const pipeline = `pipeline "${layout.pipelineName}"`
  const allApprovals = layout.stages.flatMap((stage) =>
    stage.actions.filter((action) => action.kind === 'Manual approval').map((action) => ({ stageName: stage.name, actionName: action.name }))
  )
  const approvalList = allApprovals.length > 0 ? allApprovals.map(describeApproval).join(', ') : 'none'

  let stages = layout.stages
  if (stageName) {
    stages = stages.filter((stage) => stage.name === stageName)
    if (stages.length === 0) {
      throw new ActionError(
        `There is no stage "${stageName}" in ${pipeline} (its stages: ${layout.stages.map((stage) => stage.name).join(', ')}): check stage-name.`
      )
    }
  }

  if (actionName) {
    const found = stages.flatMap((stage) =>
      stage.actions.filter((action) => action.name === actionName).map((action) => ({ stage: stage.name, ...action }))
    )
    const where = stageName ? `stage "${stageName}" of ${pipeline}` : pipeline
    if (found.length === 0) {
      throw new ActionError(`There is no action "${actionName}" in ${where} (its Manual approvals: ${approvalList}): check action-name.`)
    }
    if (found.length > 1) {
      throw new ActionError(
        `Action "${actionName}" is in several stages of ${pipeline} (${found.map((action) => action.stage).join(', ')}): set stage-name to choose one.`
      )
    }
    const [action] = found as [(typeof found)[number]]
    if (action.kind !== 'Manual approval') {
      throw new ActionError(
        `Action "${actionName}" in stage "${action.stage}" of ${pipeline} is a ${action.kind}, not a Manual approval (its Manual approvals: ${approvalList}): check action-name.`
      )
    }
    return [{ stageName: action.stage, actionName }]
  }

  const targets = allApprovals.filter((approval) => !stageName || approval.stageName === stageName)
  if (targets.length === 0) {
    const where = stageName ? `stage "${stageName}" of ${pipeline}` : pipeline
    throw new ActionError(`There is no Manual approval action in ${where} (its Manual approvals: ${approvalList}): check the names, or add a Manual approval to the pipeline.`)
  }
  return targets
}
