import { randomUUID } from 'node:crypto'

/**
 * An in-memory CodePipeline that keeps the state the approval action reads and
 * changes: pipelines, executions with source revisions, and approvals waiting
 * with single-use tokens. Operations take and return the API's shapes (with
 * Date objects); codepipeline-server.ts puts them on the wire, and
 * codepipeline-model-api.ts hands them to unit tests directly.
 */

export type ExecutionMode = 'SUPERSEDED' | 'QUEUED' | 'PARALLEL'

export interface ActionDefinition {
  name: string
  /** Defaults to a Manual approval. */
  type?: { category: string; owner: string; provider: string; version?: string }
}

export interface PipelineDefinition {
  name: string
  executionMode?: ExecutionMode
  stages: { name: string; actions: ActionDefinition[] }[]
}

export const MANUAL_APPROVAL = { category: 'Approval', owner: 'AWS', provider: 'Manual', version: '1' }
export const GITHUB_SOURCE = { category: 'Source', owner: 'AWS', provider: 'CodeStarSourceConnection', version: '1' }
export const CODEBUILD = { category: 'Build', owner: 'AWS', provider: 'CodeBuild', version: '1' }

interface Execution {
  id: string
  pipelineName: string
  status: 'InProgress' | 'Succeeded' | 'Failed' | 'Stopped'
  revisions: { actionName: string; name: string; revisionId: string }[]
  startTime: Date
  /** The stage the execution is in, or last passed. */
  stageName?: string
}

interface Approval {
  pipelineName: string
  stageName: string
  actionName: string
  executionId: string
  actionExecutionId: string
  token: string
  status: 'InProgress' | 'Succeeded' | 'Failed' | 'Abandoned'
  summary?: string
  /** Who answered: the principal CodePipeline records (lastUpdatedBy, updatedBy). */
  updatedBy?: string
  lastStatusChange: Date
  /** The approval shows from this read of the pipeline on (0: at once). */
  visibleFromRead: number
}

/** An error as CodePipeline returns it: `__type` on the wire. */
export class CodePipelineFault extends Error {
  constructor(
    readonly type: string,
    message: string,
    readonly status = 400
  ) {
    super(message)
  }
}

const NAME = /^[A-Za-z0-9.@\-_]{1,100}$/
const TOKEN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

// Loose JSON input, validated here as the service validates it.
type Input = Record<string, unknown>

export class CodePipelineModel {
  readonly pipelines = new Map<string, PipelineDefinition>()
  readonly executions: Execution[] = []
  readonly approvals: Approval[] = []
  /** Every operation received, in order, with its input. */
  readonly calls: { operation: string; input: Input }[] = []
  readonly created = new Date('2026-01-02T03:04:05.678Z')
  /** Polls of each pipeline so far: GetPipelineState, or ListPipelineExecutions in PARALLEL mode. */
  private readonly reads = new Map<string, number>()
  private clock = Date.parse('2026-11-01T10:00:00.000Z')

  addPipeline(definition: PipelineDefinition): this {
    this.pipelines.set(definition.name, definition)
    return this
  }

  /** Starts an execution at a Git commit; it is InProgress until its approval is answered. */
  startExecution(pipelineName: string, commit: string, options: { status?: Execution['status']; sourceAction?: string } = {}): string {
    const pipeline = this.pipeline(pipelineName)
    const sourceAction = options.sourceAction ?? pipeline.stages[0]?.actions[0]?.name ?? 'Source'
    const execution: Execution = {
      id: randomUUID(),
      pipelineName,
      status: options.status ?? 'InProgress',
      revisions: commit ? [{ actionName: sourceAction, name: 'SourceArtifact', revisionId: commit }] : [],
      startTime: this.tick(),
      stageName: pipeline.stages[0]?.name
    }
    this.executions.unshift(execution)
    return execution.id
  }

  /**
   * Moves an execution to an approval, which waits there with a fresh token.
   * With `afterPolls`, that many polls of the pipeline see nothing first.
   */
  waitAtApproval(executionId: string, stageName: string, actionName: string, options: { afterPolls?: number } = {}): string {
    const execution = this.execution(executionId)
    const afterPolls = options.afterPolls ?? 0
    const approval: Approval = {
      pipelineName: execution.pipelineName,
      stageName,
      actionName,
      executionId,
      actionExecutionId: randomUUID(),
      token: randomUUID(),
      status: 'InProgress',
      lastStatusChange: this.tick(),
      visibleFromRead: afterPolls > 0 ? (this.reads.get(execution.pipelineName) ?? 0) + afterPolls + 1 : 0
    }
    execution.stageName = stageName
    this.approvals.push(approval)
    return approval.token
  }

  /**
   * Answers an approval the way the console, the CLI or a timeout would:
   * `Abandoned` when a newer execution took the stage, `Failed` with no
   * summary when it expired.
   */
  answer(token: string, status: 'Succeeded' | 'Failed' | 'Abandoned', options: { summary?: string; by?: string } = {}): void {
    const approval = this.approvals.find((candidate) => candidate.token === token)
    if (!approval) throw new Error(`no approval with token ${token}`)
    approval.status = status
    approval.summary = options.summary
    approval.updatedBy = options.by
    approval.lastStatusChange = this.tick()
    if (status !== 'Succeeded') this.execution(approval.executionId).status = status === 'Abandoned' ? 'Stopped' : 'Failed'
  }

  /** What was answered at an approval, for assertions. */
  answerOf(token: string): { status: string; summary?: string } | undefined {
    const approval = this.approvals.find((candidate) => candidate.token === token)
    return approval && { status: approval.status, summary: approval.summary }
  }

  handle(operation: string, input: Input): unknown {
    this.calls.push({ operation, input })
    switch (operation) {
      case 'GetPipeline':
        return this.getPipeline(input)
      case 'GetPipelineState':
        return this.getPipelineState(input)
      case 'GetPipelineExecution':
        return this.getPipelineExecution(input)
      case 'ListPipelineExecutions':
        return this.listPipelineExecutions(input)
      case 'ListActionExecutions':
        return this.listActionExecutions(input)
      case 'PutApprovalResult':
        return this.putApprovalResult(input)
      default:
        throw new CodePipelineFault('UnknownOperationException', `The stand-in does not implement ${operation}.`)
    }
  }

  private getPipeline(input: Input): unknown {
    const pipeline = this.pipeline(this.name(input.name, 'name'))
    return {
      pipeline: {
        name: pipeline.name,
        roleArn: 'arn:aws:iam::123456789012:role/pipeline',
        version: 1,
        pipelineType: pipeline.executionMode && pipeline.executionMode !== 'SUPERSEDED' ? 'V2' : 'V1',
        executionMode: pipeline.executionMode ?? 'SUPERSEDED',
        stages: pipeline.stages.map((stage) => ({
          name: stage.name,
          actions: stage.actions.map((action) => ({ name: action.name, actionTypeId: action.type ?? MANUAL_APPROVAL, runOrder: 1 }))
        }))
      },
      metadata: { pipelineArn: `arn:aws:codepipeline:us-east-1:123456789012:${pipeline.name}`, created: this.created, updated: this.created }
    }
  }

  private getPipelineState(input: Input): unknown {
    const pipeline = this.pipeline(this.name(input.name, 'name'))
    const parallel = pipeline.executionMode === 'PARALLEL'
    this.countRead(pipeline.name)
    return {
      pipelineName: pipeline.name,
      pipelineVersion: 1,
      created: this.created,
      updated: this.created,
      stageStates: pipeline.stages.map((stage) => {
        const execution = this.executions.find((candidate) => candidate.pipelineName === pipeline.name && candidate.stageName === stage.name)
        return {
          stageName: stage.name,
          inboundTransitionState: { enabled: true },
          ...(execution && { latestExecution: { pipelineExecutionId: execution.id, status: execution.status } }),
          actionStates: stage.actions.map((action) => {
            const approval = this.latestApproval(pipeline.name, stage.name, action.name)
            return {
              actionName: action.name,
              ...(approval && {
                latestExecution: {
                  actionExecutionId: approval.actionExecutionId,
                  status: approval.status,
                  lastStatusChange: approval.lastStatusChange,
                  ...(approval.summary !== undefined && { summary: approval.summary }),
                  ...(approval.updatedBy && { lastUpdatedBy: approval.updatedBy }),
                  // PARALLEL pipelines show no token here: ListActionExecutions has it.
                  ...(approval.status === 'InProgress' && !parallel && { token: approval.token })
                }
              })
            }
          })
        }
      })
    }
  }

  private getPipelineExecution(input: Input): unknown {
    const pipeline = this.pipeline(this.name(input.pipelineName, 'pipelineName'))
    const execution = this.executions.find((candidate) => candidate.id === input.pipelineExecutionId && candidate.pipelineName === pipeline.name)
    if (!execution) throw new CodePipelineFault('PipelineExecutionNotFoundException', `Pipeline execution ${String(input.pipelineExecutionId)} not found`)
    return {
      pipelineExecution: {
        pipelineName: pipeline.name,
        pipelineVersion: 1,
        pipelineExecutionId: execution.id,
        status: execution.status,
        executionMode: pipeline.executionMode ?? 'SUPERSEDED',
        artifactRevisions: execution.revisions.map((revision) => ({
          name: revision.name,
          revisionId: revision.revisionId,
          revisionSummary: `Commit ${revision.revisionId.slice(0, 7)}`,
          revisionUrl: `https://github.com/Codertocat/Hello-World/commit/${revision.revisionId}`,
          created: execution.startTime
        }))
      }
    }
  }

  private listPipelineExecutions(input: Input): unknown {
    const pipeline = this.pipeline(this.name(input.pipelineName, 'pipelineName'))
    if (pipeline.executionMode === 'PARALLEL') this.countRead(pipeline.name)
    const all = this.executions.filter((execution) => execution.pipelineName === pipeline.name)
    const { items, nextToken } = this.page(all, input)
    return {
      pipelineExecutionSummaries: items.map((execution) => ({
        pipelineExecutionId: execution.id,
        status: execution.status,
        startTime: execution.startTime,
        lastUpdateTime: execution.startTime,
        executionMode: pipeline.executionMode ?? 'SUPERSEDED',
        sourceRevisions: execution.revisions.map((revision) => ({ actionName: revision.actionName, revisionId: revision.revisionId })),
        trigger: { triggerType: 'Webhook' }
      })),
      ...(nextToken && { nextToken })
    }
  }

  private listActionExecutions(input: Input): unknown {
    const pipeline = this.pipeline(this.name(input.pipelineName, 'pipelineName'))
    const filter = (input.filter ?? {}) as { pipelineExecutionId?: string }
    const parallel = pipeline.executionMode === 'PARALLEL'
    const details = this.approvals
      .filter((approval) => approval.pipelineName === pipeline.name && this.visible(approval))
      .filter((approval) => !filter.pipelineExecutionId || approval.executionId === filter.pipelineExecutionId)
      .reverse()
      .map((approval) => ({
        pipelineExecutionId: approval.executionId,
        actionExecutionId: approval.actionExecutionId,
        pipelineVersion: 1,
        stageName: approval.stageName,
        actionName: approval.actionName,
        startTime: approval.lastStatusChange,
        lastUpdateTime: approval.lastStatusChange,
        ...(approval.updatedBy && { updatedBy: approval.updatedBy }),
        status: approval.status,
        input: { actionTypeId: MANUAL_APPROVAL, configuration: {}, resolvedConfiguration: {}, inputArtifacts: [] },
        output: {
          outputArtifacts: [],
          executionResult: {
            // In PARALLEL mode the approval's token is its externalExecutionId.
            ...(parallel && { externalExecutionId: approval.token }),
            ...(approval.summary !== undefined && { externalExecutionSummary: approval.summary })
          },
          outputVariables: {}
        }
      }))
    const { items, nextToken } = this.page(details, input)
    return { actionExecutionDetails: items, ...(nextToken && { nextToken }) }
  }

  private putApprovalResult(input: Input): unknown {
    const pipelineName = this.name(input.pipelineName, 'pipelineName')
    const stageName = this.name(input.stageName, 'stageName')
    const actionName = this.name(input.actionName, 'actionName')
    const result = (input.result ?? {}) as { status?: unknown; summary?: unknown }
    if (result.status !== 'Approved' && result.status !== 'Rejected') {
      throw validation(`Value '${String(result.status)}' at 'result.status' failed to satisfy constraint: Member must satisfy enum value set: [Approved, Rejected]`)
    }
    if (typeof result.summary !== 'string' || result.summary.length > 512) {
      throw validation("Value at 'result.summary' failed to satisfy constraint: Member must have length less than or equal to 512")
    }
    if (typeof input.token !== 'string' || !TOKEN.test(input.token)) {
      throw validation(`Value at 'token' failed to satisfy constraint: Member must satisfy regular expression pattern: ${TOKEN.source}`)
    }
    const pipeline = this.pipeline(pipelineName)
    const stage = pipeline.stages.find((candidate) => candidate.name === stageName)
    if (!stage) throw new CodePipelineFault('StageNotFoundException', `Stage ${stageName} not found in pipeline ${pipelineName}`)
    if (!stage.actions.some((action) => action.name === actionName)) {
      throw new CodePipelineFault('ActionNotFoundException', `Action ${actionName} not found in stage ${stageName}`)
    }
    const approval = this.approvals.find(
      (candidate) =>
        candidate.token === input.token &&
        candidate.pipelineName === pipelineName &&
        candidate.stageName === stageName &&
        candidate.actionName === actionName
    )
    if (!approval || !this.visible(approval)) throw new CodePipelineFault('InvalidApprovalTokenException', 'The approval token is not valid')
    if (approval.status !== 'InProgress') {
      throw new CodePipelineFault('ApprovalAlreadyCompletedException', `Approval ${stageName}/${actionName} has already been completed`)
    }
    approval.status = result.status === 'Approved' ? 'Succeeded' : 'Failed'
    approval.summary = result.summary
    approval.updatedBy = 'arn:aws:sts::123456789012:assumed-role/deployer/GitHubActions'
    approval.lastStatusChange = this.tick()
    const execution = this.execution(approval.executionId)
    if (result.status === 'Rejected') execution.status = 'Failed'
    return { approvedAt: approval.lastStatusChange }
  }

  private pipeline(name: string): PipelineDefinition {
    const pipeline = this.pipelines.get(name)
    if (!pipeline) throw new CodePipelineFault('PipelineNotFoundException', `Account '123456789012' does not have a pipeline with name '${name}'`)
    return pipeline
  }

  private execution(id: string): Execution {
    const execution = this.executions.find((candidate) => candidate.id === id)
    if (!execution) throw new Error(`no execution ${id}`)
    return execution
  }

  private latestApproval(pipelineName: string, stageName: string, actionName: string): Approval | undefined {
    return this.approvals
      .filter(
        (approval) =>
          approval.pipelineName === pipelineName &&
          approval.stageName === stageName &&
          approval.actionName === actionName &&
          this.visible(approval)
      )
      .at(-1)
  }

  private countRead(pipelineName: string): void {
    this.reads.set(pipelineName, (this.reads.get(pipelineName) ?? 0) + 1)
  }

  private visible(approval: Approval): boolean {
    return (this.reads.get(approval.pipelineName) ?? 0) >= approval.visibleFromRead
  }

  private name(value: unknown, field: string): string {
    if (typeof value !== 'string' || !NAME.test(value)) {
      throw validation(`Value '${String(value)}' at '${field}' failed to satisfy constraint: Member must satisfy regular expression pattern: [A-Za-z0-9.@\\-_]+`)
    }
    return value
  }

  private page<T>(items: T[], input: Input): { items: T[]; nextToken?: string } {
    const max = typeof input.maxResults === 'number' ? input.maxResults : 100
    if (max < 1 || max > 100) throw validation("Value at 'maxResults' failed to satisfy constraint: Member must have value between 1 and 100")
    const start = typeof input.nextToken === 'string' ? Number(input.nextToken) : 0
    if (!Number.isInteger(start) || start < 0) throw new CodePipelineFault('InvalidNextTokenException', 'The next token is not valid')
    const end = start + max
    return { items: items.slice(start, end), ...(end < items.length && { nextToken: String(end) }) }
  }

  private tick(): Date {
    this.clock += 1000
    return new Date(this.clock)
  }
}

function validation(message: string): CodePipelineFault {
  return new CodePipelineFault('ValidationException', `1 validation error detected: ${message}`)
}
