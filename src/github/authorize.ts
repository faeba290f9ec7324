import { ActionError, PersonRefused } from '../errors.js'
import type { Person } from '../interpret-event.js'
import type { ActingRole, Approvers, Decision, RepoRef, TeamRef } from '../types.js'
import { describeGitHubFailure, httpStatus, rateLimit } from './errors.js'

/** The Octokit method the role look-up needs, so tests can pass plain objects. */
export interface PermissionClient {
  rest: {
    repos: {
      getCollaboratorPermissionLevel(params: { owner: string; repo: string; username: string }): Promise<{
        data: {
          role_name?: string
          user?: { permissions?: { admin?: boolean; maintain?: boolean; push?: boolean; triage?: boolean; pull?: boolean } } | null
        }
      }>
    }
  }
}

/** The Octokit method team look-ups need; it may hold another token (approvers-token). */
export interface TeamClient {
  rest: {
    teams: {
      getMembershipForUserInOrg(params: { org: string; team_slug: string; username: string }): Promise<{
        data: { state?: string }
      }>
    }
  }
}

export interface AuthorizationClients {
  permissions: PermissionClient
  teams: TeamClient
}

export interface AuthorizationRequest {
  decision: Decision
  actor: Person
  /** The event's sender, who must be the actor; absent where the sender is never the person (dispatches). */
  sender?: Person
  repo: RepoRef
  pullRequest?: { number: number; author?: string }
  /**
   * Everyone else whose code the decision ships (other pull requests of the
   * commit, the commits' authors): with allow-self-approval false, they may
   * not decide either.
   */
  codeAuthors?: string[]
  /** A re-run replays the original event: whoever pressed "Re-run" must pass the same checks. */
  rerun?: { attempt: number; triggeringActor?: Person }
}

export interface AuthorizationPolicy {
  permission: ActingRole
  approvers: Approvers
  allowSelfApproval: boolean
  /** The input whose token reads team membership, for messages. */
  teamTokenInput: 'approvers-token' | 'github-token'
}

export interface Authorization {
  login: string
  role: string
  /** How an approvers list was satisfied, when it is set. */
  approvedBy?: string
  /** On a re-run by someone else, who pressed the button (and passed too). */
  rerunBy?: string
}

/** Why one person may not act: `reason` is the clause, `message` the whole sentence. */
interface Denial {
  reason: string
  message: string
}

// Repository roles from weakest to strongest; triage and read never pass. A
// Map, so that a custom role named "constructor" or "__proto__" ranks nothing.
const ROLE_RANK = new Map<string, number>([
  ['read', 0],
  ['triage', 1],
  ['write', 2],
  ['maintain', 3],
  ['admin', 4]
])

/**
 * Denies unless the person who acted holds at least the required role (read
 * from role_name, never author_association) and, when approvers is set, is
 * listed or an active member of a listed team. On a re-run by someone else,
 * that person must pass the same checks.
 */
export async function authorize(
  clients: AuthorizationClients,
  request: AuthorizationRequest,
  policy: AuthorizationPolicy
): Promise<Authorization> {
  const { actor, sender, rerun } = request
  const who = `@${actor.login}`

  if (!actor.login) throw new PersonRefused('The event names nobody who acted, so nothing was sent: check the workflow trigger.')
  if (sender && !sameLogin(sender.login, actor.login)) {
    throw new PersonRefused(
      `${who} wrote the command but @${sender.login} sent the event, so nothing was sent: ${who} should post the command again.`
    )
  }
  const rerunner = rerun && rerun.attempt > 1 ? rerun.triggeringActor : undefined
  if (rerun && rerun.attempt > 1 && !rerunner?.login) {
    throw new PersonRefused(
      `This is attempt ${rerun.attempt} of a run for ${who}'s request and GITHUB_TRIGGERING_ACTOR is empty, so whoever re-ran it cannot be checked and nothing was sent: ask ${who} or another approver to act again.`
    )
  }
  const checkRerunner = rerunner && !sameLogin(rerunner.login, actor.login)

  // Both people are looked up side by side: one round trip, not two.
  const [actorCheck, rerunCheck] = await Promise.all([
    checkPerson(clients, actor, request, policy),
    checkRerunner ? checkPerson(clients, rerunner, request, policy) : undefined
  ])
  if ('message' in actorCheck) throw new PersonRefused(actorCheck.message)
  if (rerunCheck && 'message' in rerunCheck) {
    throw new PersonRefused(
      `@${rerunner!.login} re-ran ${who}'s request (run attempt ${rerun!.attempt}), and ${rerunCheck.reason}, so nothing was sent: ask ${who} or another approver to act.`
    )
  }
  return checkRerunner ? { ...actorCheck, rerunBy: rerunner.login } : actorCheck
}

/** Every check one person must pass, in order; the first that fails is the answer. */
async function checkPerson(
  clients: AuthorizationClients,
  person: Person,
  request: AuthorizationRequest,
  policy: AuthorizationPolicy
): Promise<Authorization | Denial> {
  const { repo, pullRequest } = request
  const who = `@${person.login}`
  const acting = request.decision === 'Approved' ? 'approve' : 'reject'
  const repoName = `${repo.owner}/${repo.repo}`
  const fix = `ask someone with ${policy.permission} access to act`

  if (!policy.allowSelfApproval && pullRequest?.author && sameLogin(pullRequest.author, person.login)) {
    const reason = `${who} opened pull request #${pullRequest.number} and allow-self-approval is false`
    return { reason, message: `${reason}, so ${who} may not ${acting} its deployment: ask another approver.` }
  }
  const author = policy.allowSelfApproval ? undefined : codeAuthorDenial(person, request, request.codeAuthors ?? [])
  if (author) return author

  const listedUser = policy.approvers.users.includes(person.login.toLowerCase())
  if (person.isBot) {
    if (!listedUser) {
      const reason = `${who} is a bot account, and bots may not ${acting} deployments unless approvers names them`
      return { reason, message: `${reason}: add ${person.login} to approvers if it should.` }
    }
    // A bot has no repository role to look up; naming it in approvers is the grant.
    return { login: person.login, role: 'bot', approvedBy: `approvers lists ${who}` }
  }

  const role = await repositoryRole(clients.permissions, repo, person.login)
  if (role === 'unseen') {
    const reason = `${who} is not a collaborator on ${repoName}, or github-token cannot see them (GitHub answered 404)`
    return { reason, message: `${reason}, so nothing was sent: ${fix}, or give github-token access to ${repoName}.` }
  }
  if (role === undefined) {
    const reason = `${who} is not a collaborator on ${repoName}`
    return { reason, message: `${reason} and may not ${acting} deployments: ${fix}.` }
  }
  if (role.rank < ROLE_RANK.get(policy.permission)!) {
    const reason = `${who} has the ${role.name} role on ${repoName}, and to ${acting} a deployment needs at least ${policy.permission}`
    return { reason, message: `${reason}: ${fix}.` }
  }

  const granted = { login: person.login, role: role.name }
  const { users, teams } = policy.approvers
  if (users.length === 0 && teams.length === 0) return granted
  if (listedUser) return { ...granted, approvedBy: `approvers lists ${who}` }

  // Side by side; one active membership grants, whatever another team's look-up did.
  const memberships = await Promise.allSettled(teams.map((team) => teamMembership(clients.teams, team, person.login, policy.teamTokenInput)))
  const active = teams.find((_team, index) => {
    const membership = memberships[index]!
    return membership.status === 'fulfilled' && membership.value === 'active'
  })
  if (active) return { ...granted, approvedBy: `${who} is in ${teamName(active)}` }
  const broken = memberships.find((membership) => membership.status === 'rejected')
  if (broken) throw broken.reason

  const unanswered = teams.flatMap((team, index) => {
    const membership = memberships[index]!
    return membership.status === 'rejected' || membership.value === 'inactive' ? [] : [`${membership.value} for ${teamName(team)}`]
  })
  const listed = [...users.map((user) => `@${user}`), ...teams.map(teamName)].join(', ')
  // GitHub answers 404 both for "not a member" and for "this token may not see the team".
  if (unanswered.length > 0) {
    const reason = `${who} is not among the approvers (${listed}; GitHub answered ${unanswered.join(', ')}, which also happens when ${policy.teamTokenInput} lacks read:org)`
    return {
      reason,
      message: `${reason}, so nothing was sent: ask an approver to act, or give the action a token with read:org as approvers-token.`
    }
  }
  const reason = `${who} is not among the approvers (${listed})`
  return { reason, message: `${reason}, so nothing was sent: ask an approver to act, or add ${who} to approvers.` }
}

/**
 * With allow-self-approval false, someone whose code the decision ships (a
 * commit of the pull request, another pull request of the same commit) may
 * not decide it. For the answering flow, which learns the authors only once
 * the pull request is read, beside the CodePipeline reads: checked before
 * anything is sent, for the person and for whoever re-ran the job.
 */
export function refuseCodeAuthors(request: AuthorizationRequest, authors: string[]): void {
  const people = [request.actor, ...(request.rerun && request.rerun.attempt > 1 && request.rerun.triggeringActor ? [request.rerun.triggeringActor] : [])]
  for (const person of people) {
    const denial = codeAuthorDenial(person, request, authors)
    if (denial) throw new PersonRefused(denial.message)
  }
}

function codeAuthorDenial(person: Person, request: AuthorizationRequest, authors: string[]): Denial | undefined {
  if (!authors.some((login) => sameLogin(login, person.login))) return undefined
  const who = `@${person.login}`
  const reason = `${who} wrote code of pull request #${request.pullRequest?.number ?? '?'} (a commit, or another pull request of the same commit) and allow-self-approval is false`
  return { reason, message: `${reason}, so ${who} may not ${request.decision === 'Approved' ? 'approve' : 'reject'} its deployment: ask another approver.` }
}

/**
 * The role that decides: `undefined` when the user is no collaborator at all,
 * `unseen` when GitHub answered 404 (no such user, or not visible to the token).
 */
async function repositoryRole(
  client: PermissionClient,
  repo: RepoRef,
  username: string
): Promise<{ name: string; rank: number } | 'unseen' | undefined> {
  let data
  try {
    ;({ data } = await client.rest.repos.getCollaboratorPermissionLevel({ ...repo, username }))
  } catch (error) {
    if (httpStatus(error) === 404) return 'unseen'
    throw new ActionError(`Could not read @${username}'s role on ${repo.owner}/${repo.repo}: ${describeGitHubFailure(error)}.`, {
      cause: error
    })
  }
  const name = data.role_name ?? ''
  // GitHub spells the base roles in lower case; any other spelling is a custom role.
  const rank = ROLE_RANK.get(name)
  if (rank !== undefined) return { name, rank }
  // A custom repository role has its own name; rank it by the base role it grants.
  // Someone without access gets role_name "" and permission "none".
  const granted = data.user?.permissions
  const base = granted?.admin ? 'admin' : granted?.maintain ? 'maintain' : granted?.push ? 'write' : granted?.triage ? 'triage' : granted?.pull ? 'read' : undefined
  if (!base) return undefined
  return { name: name ? `${name} (${base})` : base, rank: ROLE_RANK.get(base)! }
}

async function teamMembership(
  client: TeamClient,
  team: TeamRef,
  username: string,
  tokenInput: string
): Promise<'active' | 'inactive' | 'HTTP 403' | 'HTTP 404'> {
  try {
    const { data } = await client.rest.teams.getMembershipForUserInOrg({ org: team.org, team_slug: team.slug, username })
    return data.state === 'active' ? 'active' : 'inactive'
  } catch (error) {
    const status = httpStatus(error)
    // A rate limit says nothing about membership: fail, rather than deny.
    if (!rateLimit(error) && (status === 403 || status === 404)) return `HTTP ${status}`
    throw new ActionError(`Could not read the members of ${teamName(team)}: ${describeGitHubFailure(error, tokenInput)}.`, { cause: error })
  }
}

function sameLogin(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase()
}

function teamName(team: TeamRef): string {
  return `${team.org}/${team.slug}`
}
