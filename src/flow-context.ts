import type { Clock } from './clock.js'
import type { CodePipelineApi } from './codepipeline/api.js'
import { ActionError } from './errors.js'
import type { EventContext } from './event-context.js'
import type { GitHubClient, GitHubClientFactory } from './github/client.js'
import type { Inputs } from './inputs.js'

export interface GitHubClients {
  main: GitHubClient
  /** For team membership only: approvers-token when it is set. */
  teams: GitHubClient
}

/** What every flow works with: the inputs, the event, the log, and the two outside systems. */
export interface FlowContext {
  inputs: Inputs
  event: EventContext
  clock: Clock
  log(message: string): void
  warn(message: string): void
  /** Octokit, loaded on first use: most runs skip and never need it. `purpose` names the need when github-token is empty. */
  github(purpose: string): Promise<GitHubClients>
  /** Resolves once every GitHub request made so far is written (or has failed): then the loop may be held. */
  githubSent(): Promise<void>
  /** The AWS SDK, loaded on first use; `import()` compiles it, so start it when GitHub is already asked. */
  codepipeline(): Promise<CodePipelineApi>
}

export interface ContextParts {
  inputs: Inputs
  event: EventContext
  clock: Clock
  log(message: string): void
  warn(message: string): void
  debug(message: string): void
  mask(secret: string): void
}

/** Builds the context; each client is created once, the first time a flow asks for it. */
export function createFlowContext(parts: ContextParts): FlowContext {
  const { inputs, debug } = parts
  let factory: Promise<GitHubClientFactory> | undefined
  let github: Promise<GitHubClients> | undefined
  let codepipeline: Promise<CodePipelineApi> | undefined
  return {
    inputs,
    event: parts.event,
    clock: parts.clock,
    log: parts.log,
    warn: parts.warn,
    github(purpose) {
      if (!inputs.githubToken) {
        return Promise.reject(new ActionError(`Input github-token is empty, but ${purpose} needs it: leave github-token at its default, \${{ github.token }}.`))
      }
      factory ??= import('./github/client.js').then(({ createGitHubClients }) => createGitHubClients({ debug, log: parts.log }))
      github ??= factory.then((clients) => {
        const main = clients.create(inputs.githubToken)
        return { main, teams: inputs.approversToken ? clients.create(inputs.approversToken) : main }
      })
      return github
    },
    async githubSent() {
      await (await factory)?.sent()
    },
    codepipeline() {
      codepipeline ??= import('./codepipeline/client.js').then(({ createCodePipelineApi }) =>
        createCodePipelineApi({ region: inputs.awsRegion, mask: parts.mask, debug })
      )
      return codepipeline
    }
  }
}
