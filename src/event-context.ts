import { readFileSync } from 'node:fs'
import { ActionError, errorMessage } from './errors.js'
import type { RepoRef } from './types.js'

/** The parts of a webhook payload this action reads. */
export interface UserPayload {
  login: string
  type?: string
}

export interface PullRequestPayload {
  number: number
  html_url: string
  state?: string
  user?: UserPayload | null
  head?: { sha?: string }
  merged?: boolean | null
  merge_commit_sha?: string | null
  labels?: { name: string }[]
}

export interface EventPayload {
  action?: string
  sender?: UserPayload
  comment?: { id: number; body?: string | null; user?: UserPayload | null; created_at?: string }
  issue?: { number: number; html_url: string; user?: UserPayload | null; pull_request?: object | null }
  pull_request?: PullRequestPayload
  label?: { name: string }
  /** repository_dispatch: the event_type, and what the sender put in. */
  client_payload?: unknown
}

export interface EventContext {
  eventName: string
  payload: EventPayload
  /** GITHUB_ACTOR: who started the run (on a re-run, still the original actor). */
  actor: string
  /** GITHUB_RUN_ATTEMPT: above 1 on a re-run, which replays the original event. */
  runAttempt: number
  /** GITHUB_TRIGGERING_ACTOR: who started this attempt, such as whoever pressed "Re-run". */
  triggeringActor: string
  repo: RepoRef
  serverUrl: string
  /** Link to this workflow run, for steps that act without a pull request. */
  runUrl: string
}

/**
 * Reads the event the way @actions/github's context does. It is read here so
 * that runs which skip never load Octokit (most runs skip).
 */
export function readEventContext(env: NodeJS.ProcessEnv = process.env): EventContext {
  const payload = readPayload(env.GITHUB_EVENT_PATH)
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  const repo = readRepo(env.GITHUB_REPOSITORY, payload)
  const runId = env.GITHUB_RUN_ID ?? ''
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    actor: env.GITHUB_ACTOR ?? '',
    runAttempt: Math.max(1, Number(env.GITHUB_RUN_ATTEMPT) || 1),
    triggeringActor: env.GITHUB_TRIGGERING_ACTOR ?? '',
    repo,
    serverUrl,
    runUrl: `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${runId}`
  }
}

function readPayload(path: string | undefined): EventPayload {
  if (!path) return {}
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as EventPayload
  } catch (error) {
    throw new ActionError(
      `Could not read the event payload at GITHUB_EVENT_PATH (${errorMessage(error)}): run the action inside a GitHub workflow, or point GITHUB_EVENT_PATH at a webhook payload.`,
      { cause: error }
    )
  }
}

function readRepo(repository: string | undefined, payload: EventPayload): RepoRef {
  const [owner, repo] = (repository ?? '').split('/')
  if (owner && repo) return { owner, repo }
  const fromPayload = (payload as { repository?: { name?: string; owner?: { login?: string } } }).repository
  return { owner: fromPayload?.owner?.login ?? '', repo: fromPayload?.name ?? '' }
}
