import { ActionError } from '../errors.js'
import { describeGitHubFailure, httpStatus } from './errors.js'
import type { Person } from '../interpret-event.js'
import type { ActingRole, Approvers, Decision, RepoRef, TeamRef } from '../types.js'

/** The Octokit methods authorization needs, so tests can pass plain objects. */
export interface AuthorizationClient {
  rest: {
    repos: {
      getCollaboratorPermissionLevel(params: { owner: string; repo: string; username: string }): Promise<{
        data: {
          role_name?: string
          user?: { permissions?: { admin?: boolean; maintain?: boolean; push?: boolean; triage?: boolean; pull?: boolean } } | null
        }
      }>
    }
    teams: {
      getMembershipForUserInOrg(params: { org: string; team_slug: string; username: string }): Promise<{
        data: { state?: string }
      }>
    }
  }
}

export interface AuthorizationRequest {
  decision: Decision
  actor: Person
  sender?: Person
  repo: RepoRef
  pullRequest?: { number: number; author?: string }
}

export interface AuthorizationPolicy {
  permission: ActingRole
  approvers: Approvers
  allowSelfApproval: boolean
}

export interface Authorization {
  login: string
  role: string
  /** How an approvers list was satisfied, when it is set. */
  approvedBy?: string
}

// Repository roles from weakest to strongest; triage and read never pass.
const ROLE_RANK: Record<string, number> = { read: 0, triage: 1, write: 2, maintain: 3, admin: 4 }

/**
 * Denies unless the person who acted holds at least the required role (read
 * from role_name, never author_association) and, when approvers is set, is
 * listed or an active member of a listed team.
 */
export async function authorize(
  client: AuthorizationClient,
  request: AuthorizationRequest,
  policy: AuthorizationPolicy
): Promise<Authorization> {
  const { actor, sender, repo, pullRequest } = request
  const who = `@${actor.login}`
  const acting = request.decision === 'Approved' ? 'approve' : 'reject'
  const repoName = `${repo.owner}/${repo.repo}`

  if (!actor.login) throw new ActionError('The event names nobody who acted, so nothing was sent: check the workflow trigger.')
  if (sender && sender.login.toLowerCase() !== actor.login.toLowerCase()) {
    throw new ActionError(
      `${who} wrote the command but @${sender.login} sent the event, so nothing was sent: ${who} should post the command again.`
    )
  }
  if (!policy.allowSelfApproval && pullRequest?.author?.toLowerCase() === actor.login.toLowerCase()) {
    throw new ActionError(
      `${who} opened pull request #${pullRequest.number} and allow-self-approval is false, so ${who} may not ${acting} its deployment: ask another approver.`
    )
  }

  const listedUser = policy.approvers.users.includes(actor.login.toLowerCase())
  if (actor.isBot) {
    if (!listedUser) {
      throw new ActionError(
        `${who} is a bot account, and bots may not ${acting} deployments unless approvers names them: add ${actor.login} to approvers if it should.`
      )
    }
    // A bot has no repository role to look up; naming it in approvers is the grant.
    return { login: actor.login, role: 'bot', approvedBy: `approvers lists ${who}` }
  }

  const role = await repositoryRole(client, repo, actor.login)
  if (role === undefined) {
    throw new ActionError(
      `${who} is not a collaborator on ${repoName} and may not ${acting} deployments: ask someone with ${policy.permission} access to act.`
    )
  }
  if ((ROLE_RANK[role] ?? -1) < ROLE_RANK[policy.permission]!) {
    throw new ActionError(
      `${who} has the ${role} role on ${repoName}, and to ${acting} a deployment needs at least ${policy.permission}: ask someone with ${policy.permission} access to act.`
    )
  }

  const { users, teams } = policy.approvers
  if (users.length === 0 && teams.length === 0) return { login: actor.login, role }
  if (listedUser) return { login: actor.login, role, approvedBy: `approvers lists ${who}` }

  const unanswered: string[] = []
  for (const team of teams) {
    const membership = await teamMembership(client, team, actor.login)
    if (membership === 'active') return { login: actor.login, role, approvedBy: `${who} is in ${teamName(team)}` }
    if (membership !== 'inactive') unanswered.push(`${membership} for ${teamName(team)}`)
  }
  const listed = [...users.map((user) => `@${user}`), ...teams.map(teamName)].join(', ')
  // GitHub answers 404 both for "not a member" and for "this token may not see the team".
  if (unanswered.length > 0) {
    throw new ActionError(
      `${who} is not among the approvers (${listed}; GitHub answered ${unanswered.join(', ')}, which also happens when github-token lacks read:org), so nothing was sent: ask an approver to act, or give the action a token with read:org.`
    )
  }
  throw new ActionError(
    `${who} is not among the approvers (${listed}), so nothing was sent: ask an approver to act, or add ${who} to approvers.`
  )
}

/** The role that decides; undefined when the user is not a collaborator at all. */
async function repositoryRole(client: AuthorizationClient, repo: RepoRef, username: string): Promise<string | undefined> {
  let data
  try {
    ;({ data } = await client.rest.repos.getCollaboratorPermissionLevel({ ...repo, username }))
  } catch (error) {
    if (httpStatus(error) === 404) return undefined
    throw new ActionError(`Could not read @${username}'s role on ${repo.owner}/${repo.repo}: ${describeGitHubFailure(error)}.`, {
      cause: error
    })
  }
  const role = data.role_name?.toLowerCase() ?? ''
  if (role in ROLE_RANK) return role
  // A custom repository role has its own name; rank it by the base role it grants.
  // Someone without access gets role_name "" and permission "none".
  const granted = data.user?.permissions
  if (granted?.admin) return 'admin'
  if (granted?.maintain) return 'maintain'
  if (granted?.push) return 'write'
  if (granted?.triage) return 'triage'
  if (granted?.pull) return 'read'
  return undefined
}

async function teamMembership(
  client: AuthorizationClient,
  team: TeamRef,
  username: string
): Promise<'active' | 'inactive' | 'HTTP 403' | 'HTTP 404'> {
  try {
    const { data } = await client.rest.teams.getMembershipForUserInOrg({ org: team.org, team_slug: team.slug, username })
    return data.state === 'active' ? 'active' : 'inactive'
  } catch (error) {
    const status = httpStatus(error)
    if (status === 403 || status === 404) return `HTTP ${status}`
    throw new ActionError(`Could not read the members of ${teamName(team)}: ${describeGitHubFailure(error)}.`, { cause: error })
  }
}

function teamName(team: TeamRef): string {
  return `${team.org}/${team.slug}`
}
