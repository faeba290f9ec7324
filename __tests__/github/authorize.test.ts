import { describe, expect, it, jest } from '@jest/globals'
import {
  authorize,
  refuseCodeAuthors,
  type AuthorizationClients,
  type AuthorizationPolicy,
  type AuthorizationRequest,
  type PermissionClient,
  type TeamClient
} from '../../src/github/authorize.js'
import { ActionError, PersonRefused } from '../../src/errors.js'
import { httpError } from '../support/github-errors.js'

const repo = { owner: 'acme', repo: 'shop' }

type Permissions = { admin?: boolean; maintain?: boolean; push?: boolean; triage?: boolean; pull?: boolean }

/**
 * Clients that know each user's role_name (or a whole answer) and each team's
 * active members; `calls` records both, in order.
 */
function clients(
  roles: Record<string, string | Error | { role_name?: string; permissions?: Permissions }>,
  teams: Record<string, string[] | Error> = {}
): AuthorizationClients & { calls: string[] } {
  const calls: string[] = []
  return {
    calls,
    permissions: {
      rest: {
        repos: {
          getCollaboratorPermissionLevel: jest.fn(async ({ username }: { username: string }) => {
            calls.push(`permission ${username}`)
            // Own properties only: a login such as "constructor" must not find Object's.
            const role = Object.hasOwn(roles, username) ? roles[username] : undefined
            if (role instanceof Error) throw role
            if (role === undefined) throw httpError(404, 'Not Found')
            if (typeof role === 'object') return { data: { role_name: role.role_name, user: { permissions: role.permissions ?? {} } } }
            // The legacy `permission` field folds maintain into write and triage into read.
            const legacy = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role
            return { data: { permission: legacy, role_name: role, user: { permissions: {} } } }
          })
        }
      }
    },
    teams: teamClient(teams, calls)
  }
}

function teamClient(teams: Record<string, string[] | Error>, calls: string[]): TeamClient {
  return {
    rest: {
      teams: {
        getMembershipForUserInOrg: jest.fn(async ({ org, team_slug, username }: { org: string; team_slug: string; username: string }) => {
          calls.push(`team ${org}/${team_slug} ${username}`)
          const members = teams[`${org}/${team_slug}`]
          if (members instanceof Error) throw members
          if (!members?.includes(username)) throw httpError(404)
          return { data: { state: 'active' } }
        })
      }
    }
  }
}

/** One fixed answer for every permission look-up. */
function answering(data: Awaited<ReturnType<PermissionClient['rest']['repos']['getCollaboratorPermissionLevel']>>['data']): AuthorizationClients {
  return {
    permissions: { rest: { repos: { getCollaboratorPermissionLevel: async () => ({ data }) } } },
    teams: { rest: { teams: { getMembershipForUserInOrg: async () => ({ data: { state: 'active' } }) } } }
  }
}

const policy = (overrides: Partial<AuthorizationPolicy> = {}): AuthorizationPolicy => ({
  permission: 'write',
  approvers: { users: [], teams: [] },
  allowSelfApproval: true,
  teamTokenInput: 'github-token',
  ...overrides
})

const request = (login: string, overrides: Partial<AuthorizationRequest> = {}): AuthorizationRequest => ({
  decision: 'Approved',
  actor: { login, isBot: false },
  sender: { login, isBot: false },
  repo,
  pullRequest: { number: 7, author: 'author' },
  ...overrides
})

/** A re-run by `login` (attempt 2 unless told). */
const rerunBy = (login: string | undefined, attempt = 2): AuthorizationRequest['rerun'] => ({
  attempt,
  triggeringActor: login === undefined ? undefined : { login, isBot: login.endsWith('[bot]') }
})

/** What authorize threw, checked to be an ActionError. */
async function thrown(promise: Promise<unknown>): Promise<ActionError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught
  )
  expect(error).toBeInstanceOf(ActionError)
  return error as ActionError
}

/** The message of a denial, checked to be a PersonRefused: the person gets only a 😕. */
async function denial(promise: Promise<unknown>): Promise<string> {
  const error = await thrown(promise)
  expect(error).toBeInstanceOf(PersonRefused)
  return error.message
}

/** The message of a failure that is no denial: GitHub could not answer. */
async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await thrown(promise)
  expect(error).not.toBeInstanceOf(PersonRefused)
  return error.message
}

describe('authorize', () => {
  it.each(['write', 'maintain', 'admin'])('lets the %s role act when write is required', async (role) => {
    await expect(authorize(clients({ alice: role }), request('alice'), policy())).resolves.toEqual({ login: 'alice', role })
  })

  it.each([
    ['read', 'write'],
    ['triage', 'write'],
    ['write', 'maintain'],
    ['maintain', 'admin']
  ])('denies the %s role when %s is required, naming both', async (role, permission) => {
    const message = await denial(authorize(clients({ bob: role }), request('bob'), policy({ permission: permission as 'write' })))
    expect(message).toBe(
      `@bob has the ${role} role on acme/shop, and to approve a deployment needs at least ${permission}: ask someone with ${permission} access to act.`
    )
  })

  it('ranks by role_name, so maintain passes a maintain requirement though the legacy field says write', async () => {
    await expect(authorize(clients({ mia: 'maintain' }), request('mia'), policy({ permission: 'maintain' }))).resolves.toMatchObject({
      role: 'maintain'
    })
  })

  it('fails, and does not deny, when a team look-up hits a rate limit', async () => {
    const limited = Object.assign(new Error('API rate limit exceeded'), {
      status: 403,
      response: { headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1796126400' } }
    })
    const error = await authorize(
      clients({ dave: 'write' }, { 'acme/deployers': limited }),
      request('dave'),
      policy({ approvers: { users: [], teams: [{ org: 'acme', slug: 'deployers' }] }, teamTokenInput: 'approvers-token' })
    ).then(
      () => undefined,
      (caught: unknown) => caught
    )
    expect(error).toBeInstanceOf(ActionError)
    expect(error).not.toBeInstanceOf(PersonRefused)
    expect((error as Error).message).toBe(
      "Could not read the members of acme/deployers: GitHub's API rate limit for the token is spent until 2026-12-01T12:00:00Z (HTTP 403); run the job again after that."
    )
  })

  it('takes only the lower-case base role names GitHub sends as base roles; any other spelling ranks by its flags', async () => {
    // A custom role called "Admin" that grants only read must not pass as admin.
    const lookalike = answering({ role_name: 'Admin', user: { permissions: { admin: false, maintain: false, push: false, triage: false, pull: true } } })
    expect(await denial(authorize(lookalike, request('mia'), policy()))).toBe(
      '@mia has the Admin (read) role on acme/shop, and to approve a deployment needs at least write: ask someone with write access to act.'
    )
    await expect(authorize(clients({ mia: 'maintain' }), request('mia'), policy({ permission: 'maintain' }))).resolves.toEqual({ login: 'mia', role: 'maintain' })
  })

  it('ranks a custom role by the base permissions it grants, and shows both', async () => {
    const custom = answering({ role_name: 'release-manager', user: { permissions: { admin: false, maintain: true, push: true } } })
    await expect(authorize(custom, request('rita'), policy({ permission: 'maintain' }))).resolves.toEqual({
      login: 'rita',
      role: 'release-manager (maintain)'
    })
    expect(await denial(authorize(custom, request('rita'), policy({ permission: 'admin' })))).toBe(
      '@rita has the release-manager (maintain) role on acme/shop, and to approve a deployment needs at least admin: ask someone with admin access to act.'
    )
  })

  it.each(['Constructor', 'constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'ranks a custom role named %s by its permissions alone, never by its name',
    async (name) => {
      // With push it ranks as write, like any custom role.
      const pusher = answering({ role_name: name, user: { permissions: { push: true, pull: true } } })
      await expect(authorize(pusher, request('carl'), policy())).resolves.toEqual({ login: 'carl', role: `${name} (write)` })
      expect(await denial(authorize(pusher, request('carl'), policy({ permission: 'maintain' })))).toBe(
        `@carl has the ${name} (write) role on acme/shop, and to approve a deployment needs at least maintain: ask someone with maintain access to act.`
      )
      // Read only: it ranks as read, and read never passes.
      const reader = answering({ role_name: name, user: { permissions: { pull: true } } })
      expect(await denial(authorize(reader, request('carl'), policy()))).toBe(
        `@carl has the ${name} (read) role on acme/shop, and to approve a deployment needs at least write: ask someone with write access to act.`
      )
      // No flags at all: no collaborator, whatever the name says.
      const nothing = answering({ role_name: name, user: { permissions: {} } })
      expect(await denial(authorize(nothing, request('carl'), policy()))).toBe(
        '@carl is not a collaborator on acme/shop and may not approve deployments: ask someone with write access to act.'
      )
      const noUser = answering({ role_name: name })
      expect(await denial(authorize(noUser, request('carl'), policy()))).toBe(
        '@carl is not a collaborator on acme/shop and may not approve deployments: ask someone with write access to act.'
      )
    }
  )

  it('denies someone GitHub answers 404 for: no collaborator, or one github-token cannot see', async () => {
    const message = await denial(authorize(clients({}), request('mallory', { decision: 'Rejected' }), policy()))
    expect(message).toBe(
      '@mallory is not a collaborator on acme/shop, or github-token cannot see them (GitHub answered 404), so nothing was sent: ask someone with write access to act, or give github-token access to acme/shop.'
    )
  })

  it('denies someone without access (permission none)', async () => {
    // What GitHub returns for a user without access to the repository.
    const data = { permission: 'none', role_name: '', user: { permissions: { admin: false, maintain: false, push: false, triage: false, pull: false } } }
    const none = answering(data)
    expect(await denial(authorize(none, request('mallory'), policy()))).toBe(
      '@mallory is not a collaborator on acme/shop and may not approve deployments: ask someone with write access to act.'
    )
    expect(await denial(authorize(none, request('mallory', { decision: 'Rejected' }), policy()))).toBe(
      '@mallory is not a collaborator on acme/shop and may not reject deployments: ask someone with write access to act.'
    )
  })

  it('fails with the cause, as no denial, when the permission cannot be read', async () => {
    const cause = httpError(401)
    const error = await thrown(authorize(clients({ alice: cause }), request('alice'), policy()))
    expect(error).not.toBeInstanceOf(PersonRefused)
    expect(error.message).toBe("Could not read @alice's role on acme/shop: GitHub rejected github-token (HTTP 401); check the github-token input.")
    expect(error.cause).toBe(cause)
  })

  it('denies a comment whose author is not the event sender, before any lookup', async () => {
    const github = clients({ alice: 'admin' })
    const message = await denial(authorize(github, request('alice', { sender: { login: 'mallory', isBot: false } }), policy()))
    expect(message).toBe('@alice wrote the command but @mallory sent the event, so nothing was sent: @alice should post the command again.')
    expect(github.calls).toEqual([])
    // The same person in another case is the same person.
    await expect(authorize(github, request('alice', { sender: { login: 'ALICE', isBot: false } }), policy())).resolves.toMatchObject({
      login: 'alice'
    })
  })

  it('denies an event that names nobody, before any lookup', async () => {
    const github = clients({})
    expect(await denial(authorize(github, request('', { sender: undefined }), policy()))).toBe(
      'The event names nobody who acted, so nothing was sent: check the workflow trigger.'
    )
    expect(github.calls).toEqual([])
  })

  it('denies the pull request author when allow-self-approval is false, whatever the case of the login', async () => {
    const message = await denial(authorize(clients({ author: 'admin' }), request('author'), policy({ allowSelfApproval: false })))
    expect(message).toBe(
      '@author opened pull request #7 and allow-self-approval is false, so @author may not approve its deployment: ask another approver.'
    )
    expect(await denial(authorize(clients({ Author: 'admin' }), request('Author'), policy({ allowSelfApproval: false })))).toBe(
      '@Author opened pull request #7 and allow-self-approval is false, so @Author may not approve its deployment: ask another approver.'
    )
    await expect(authorize(clients({ author: 'admin' }), request('author'), policy())).resolves.toMatchObject({ login: 'author' })
    await expect(authorize(clients({ other: 'write' }), request('other'), policy({ allowSelfApproval: false }))).resolves.toMatchObject({
      login: 'other'
    })
  })

  it('denies a code author (a commit, another pull request of the commit) when allow-self-approval is false, before any look-up', async () => {
    const github = clients({ bob: 'admin' })
    const message = await denial(authorize(github, request('bob', { codeAuthors: ['alice', 'BOB'] }), policy({ allowSelfApproval: false })))
    expect(message).toBe(
      '@bob wrote code of pull request #7 (a commit, or another pull request of the same commit) and allow-self-approval is false, so @bob may not approve its deployment: ask another approver.'
    )
    expect(github.calls).toEqual([])
    await expect(authorize(github, request('bob', { codeAuthors: ['bob'] }), policy())).resolves.toMatchObject({ login: 'bob' })
    await expect(authorize(github, request('bob', { codeAuthors: ['alice'] }), policy({ allowSelfApproval: false }))).resolves.toMatchObject({ login: 'bob' })
  })

  it('refuseCodeAuthors refuses the person, or whoever re-ran the job, among the authors, and passes anyone else', () => {
    expect(() => refuseCodeAuthors(request('bob', { decision: 'Rejected' }), ['Bob'])).toThrow(
      new PersonRefused(
        '@bob wrote code of pull request #7 (a commit, or another pull request of the same commit) and allow-self-approval is false, so @bob may not reject its deployment: ask another approver.'
      )
    )
    expect(() => refuseCodeAuthors(request('alice', { rerun: rerunBy('bob') }), ['bob'])).toThrow(/^@bob wrote code of pull request #7/)
    // A first attempt names no re-runner, whatever GITHUB_TRIGGERING_ACTOR says.
    expect(() => refuseCodeAuthors(request('alice', { rerun: rerunBy('bob', 1) }), ['bob'])).not.toThrow()
    expect(() => refuseCodeAuthors(request('alice'), ['bob', 'carol'])).not.toThrow()
    expect(() => refuseCodeAuthors(request('alice'), [])).not.toThrow()
  })

  it('denies bots unless approvers names them, without looking up a role', async () => {
    const github = clients({ 'renovate[bot]': 'admin' })
    const bot = { login: 'renovate[bot]', isBot: true }
    const message = await denial(authorize(github, request('renovate[bot]', { actor: bot, sender: bot }), policy()))
    expect(message).toBe(
      '@renovate[bot] is a bot account, and bots may not approve deployments unless approvers names them: add renovate[bot] to approvers if it should.'
    )
    await expect(
      authorize(github, request('renovate[bot]', { actor: bot, sender: bot }), policy({ approvers: { users: ['renovate[bot]'], teams: [] } }))
    ).resolves.toEqual({ login: 'renovate[bot]', role: 'bot', approvedBy: 'approvers lists @renovate[bot]' })
    expect(github.calls).toEqual([])
  })

  describe('with approvers', () => {
    const approvers = { users: ['alice'], teams: [{ org: 'acme', slug: 'deployers' }] }

    it('lets a listed user act, whatever the case of the login', async () => {
      await expect(authorize(clients({ Alice: 'write' }), request('Alice'), policy({ approvers }))).resolves.toEqual({
        login: 'Alice',
        role: 'write',
        approvedBy: 'approvers lists @Alice'
      })
    })

    it('lets an active member of a listed team act', async () => {
      const github = clients({ dave: 'write' }, { 'acme/deployers': ['dave'] })
      await expect(authorize(github, request('dave'), policy({ approvers }))).resolves.toEqual({
        login: 'dave',
        role: 'write',
        approvedBy: '@dave is in acme/deployers'
      })
      expect(github.calls).toEqual(['permission dave', 'team acme/deployers dave'])
    })

    it('reads team membership with the team client only, which may hold approvers-token', async () => {
      const roleCalls: string[] = []
      const teamCalls: string[] = []
      const split: AuthorizationClients = {
        permissions: {
          rest: {
            repos: {
              getCollaboratorPermissionLevel: async ({ username }) => {
                roleCalls.push(username)
                return { data: { role_name: 'write' } }
              }
            }
          }
        },
        teams: teamClient({ 'acme/deployers': ['dave'] }, teamCalls)
      }
      await expect(authorize(split, request('dave'), policy({ approvers, teamTokenInput: 'approvers-token' }))).resolves.toMatchObject({
        approvedBy: '@dave is in acme/deployers'
      })
      expect(roleCalls).toEqual(['dave'])
      expect(teamCalls).toEqual(['team acme/deployers dave'])
    })

    it('reads every listed team side by side, and names the first active one in the order listed', async () => {
      const order = { users: [], teams: [{ org: 'acme', slug: 'qa' }, { org: 'acme', slug: 'ops' }, { org: 'acme', slug: 'sre' }] }
      const pending: ((state: string) => void)[] = []
      const asked: string[] = []
      const slow: AuthorizationClients = {
        permissions: { rest: { repos: { getCollaboratorPermissionLevel: async () => ({ data: { role_name: 'write' } }) } } },
        teams: {
          rest: {
            teams: {
              getMembershipForUserInOrg: ({ team_slug }) => {
                asked.push(team_slug)
                return new Promise((resolve) => pending.push((state) => resolve({ data: { state } })))
              }
            }
          }
        }
      }
      const result = authorize(slow, request('dave'), policy({ approvers: order }))
      // Every team is asked before any answers.
      await new Promise((resolve) => setImmediate(resolve))
      expect(asked).toEqual(['qa', 'ops', 'sre'])
      // The last answers first; the order listed still decides which is named.
      pending[2]!('active')
      pending[1]!('active')
      pending[0]!('pending')
      await expect(result).resolves.toEqual({ login: 'dave', role: 'write', approvedBy: '@dave is in acme/ops' })
    })

    it('denies a pending team member', async () => {
      const pending: AuthorizationClients = {
        permissions: { rest: { repos: { getCollaboratorPermissionLevel: async () => ({ data: { role_name: 'admin' } }) } } },
        teams: { rest: { teams: { getMembershipForUserInOrg: async () => ({ data: { state: 'pending' } }) } } }
      }
      expect(await denial(authorize(pending, request('erin'), policy({ approvers })))).toBe(
        '@erin is not among the approvers (@alice, acme/deployers), so nothing was sent: ask an approver to act, or add @erin to approvers.'
      )
    })

    it('says a 403 or 404 team answer may mean the token that reads teams lacks read:org, naming that input', async () => {
      const github = clients({ erin: 'admin' }, { 'acme/deployers': httpError(403) })
      expect(await denial(authorize(github, request('erin'), policy({ approvers })))).toBe(
        '@erin is not among the approvers (@alice, acme/deployers; GitHub answered HTTP 403 for acme/deployers, which also happens when github-token lacks read:org), so nothing was sent: ask an approver to act, or give the action a token with read:org as approvers-token.'
      )
      const notFound = clients({ erin: 'admin' }, {})
      expect(await denial(authorize(notFound, request('erin'), policy({ approvers, teamTokenInput: 'approvers-token' })))).toBe(
        '@erin is not among the approvers (@alice, acme/deployers; GitHub answered HTTP 404 for acme/deployers, which also happens when approvers-token lacks read:org), so nothing was sent: ask an approver to act, or give the action a token with read:org as approvers-token.'
      )
    })

    it('names only the teams that did not answer, after a team that said not active', async () => {
      const two = { users: [], teams: [{ org: 'acme', slug: 'qa' }, { org: 'acme', slug: 'ops' }] }
      const mixed: AuthorizationClients = {
        permissions: { rest: { repos: { getCollaboratorPermissionLevel: async () => ({ data: { role_name: 'write' } }) } } },
        teams: {
          rest: {
            teams: {
              getMembershipForUserInOrg: async ({ team_slug }) => {
                if (team_slug === 'ops') throw httpError(404)
                return { data: { state: 'pending' } }
              }
            }
          }
        }
      }
      expect(await denial(authorize(mixed, request('erin'), policy({ approvers: two })))).toBe(
        '@erin is not among the approvers (acme/qa, acme/ops; GitHub answered HTTP 404 for acme/ops, which also happens when github-token lacks read:org), so nothing was sent: ask an approver to act, or give the action a token with read:org as approvers-token.'
      )
    })

    it('fails with the cause when a team lookup fails otherwise', async () => {
      const github = clients({ erin: 'admin' }, { 'acme/deployers': httpError(502) })
      expect(await failure(authorize(github, request('erin'), policy({ approvers })))).toBe(
        'Could not read the members of acme/deployers: GitHub kept failing (HTTP 502); try again later.'
      )
    })

    it('still requires the role of a listed user', async () => {
      expect(await denial(authorize(clients({ alice: 'triage' }), request('alice'), policy({ approvers })))).toContain(
        '@alice has the triage role'
      )
    })
  })

  describe('on a re-run', () => {
    it('lets the same person re-run their own request, whatever the case, without a second look-up', async () => {
      const github = clients({ alice: 'write' })
      await expect(authorize(github, request('alice', { rerun: rerunBy('ALICE') }), policy())).resolves.toEqual({ login: 'alice', role: 'write' })
      expect(github.calls).toEqual(['permission alice'])
    })

    it('ignores the triggering actor on a first attempt', async () => {
      const github = clients({ alice: 'write' })
      await expect(authorize(github, request('alice', { rerun: rerunBy('mallory', 1) }), policy())).resolves.toEqual({ login: 'alice', role: 'write' })
      await expect(authorize(github, request('alice', { rerun: rerunBy(undefined, 1) }), policy())).resolves.toEqual({ login: 'alice', role: 'write' })
      expect(github.calls).toEqual(['permission alice', 'permission alice'])
    })

    it('lets someone else re-run when they pass every check too, and says who', async () => {
      const github = clients({ alice: 'write', bob: 'maintain' })
      await expect(authorize(github, request('alice', { rerun: rerunBy('bob') }), policy())).resolves.toEqual({
        login: 'alice',
        role: 'write',
        rerunBy: 'bob'
      })
      expect(github.calls.sort()).toEqual(['permission alice', 'permission bob'])
    })

    it('refuses a re-run by someone without the role, naming both people', async () => {
      const github = clients({ alice: 'write', mallory: 'read' })
      expect(await denial(authorize(github, request('alice', { rerun: rerunBy('mallory', 3) }), policy()))).toBe(
        "@mallory re-ran @alice's request (run attempt 3), and @mallory has the read role on acme/shop, and to approve a deployment needs at least write, so nothing was sent: ask @alice or another approver to act."
      )
    })

    it('refuses a re-run by someone GitHub does not know as a collaborator', async () => {
      const github = clients({ alice: 'write' })
      expect(await denial(authorize(github, request('alice', { rerun: rerunBy('mallory') }), policy()))).toBe(
        "@mallory re-ran @alice's request (run attempt 2), and @mallory is not a collaborator on acme/shop, or github-token cannot see them (GitHub answered 404), so nothing was sent: ask @alice or another approver to act."
      )
    })

    it('refuses a re-run by someone who is not among the approvers', async () => {
      const approvers = { users: ['alice'], teams: [] }
      const github = clients({ alice: 'write', bob: 'admin' })
      expect(await denial(authorize(github, request('alice', { rerun: rerunBy('bob') }), policy({ approvers })))).toBe(
        "@bob re-ran @alice's request (run attempt 2), and @bob is not among the approvers (@alice), so nothing was sent: ask @alice or another approver to act."
      )
    })

    it('lets a re-runner in through a team, reading their membership', async () => {
      const approvers = { users: ['alice'], teams: [{ org: 'acme', slug: 'deployers' }] }
      const github = clients({ alice: 'write', dave: 'write' }, { 'acme/deployers': ['dave'] })
      await expect(authorize(github, request('alice', { rerun: rerunBy('dave') }), policy({ approvers }))).resolves.toEqual({
        login: 'alice',
        role: 'write',
        approvedBy: 'approvers lists @alice',
        rerunBy: 'dave'
      })
      expect(github.calls).toContain('team acme/deployers dave')
    })

    it('refuses a re-run by the pull request author when allow-self-approval is false', async () => {
      const github = clients({ alice: 'write', author: 'admin' })
      expect(await denial(authorize(github, request('alice', { rerun: rerunBy('Author') }), policy({ allowSelfApproval: false })))).toBe(
        "@Author re-ran @alice's request (run attempt 2), and @Author opened pull request #7 and allow-self-approval is false, so nothing was sent: ask @alice or another approver to act."
      )
    })

    it('refuses a re-run by a bot that approvers does not name, and lets one it names', async () => {
      const github = clients({ alice: 'write' })
      expect(await denial(authorize(github, request('alice', { rerun: rerunBy('github-actions[bot]') }), policy()))).toBe(
        "@github-actions[bot] re-ran @alice's request (run attempt 2), and @github-actions[bot] is a bot account, and bots may not approve deployments unless approvers names them, so nothing was sent: ask @alice or another approver to act."
      )
      const approvers = { users: ['alice', 'github-actions[bot]'], teams: [] }
      await expect(authorize(github, request('alice', { rerun: rerunBy('github-actions[bot]') }), policy({ approvers }))).resolves.toMatchObject({
        login: 'alice',
        rerunBy: 'github-actions[bot]'
      })
    })

    it('refuses the original actor first when neither may act', async () => {
      const github = clients({ alice: 'read', mallory: 'read' })
      expect(await denial(authorize(github, request('alice', { rerun: rerunBy('mallory') }), policy()))).toBe(
        '@alice has the read role on acme/shop, and to approve a deployment needs at least write: ask someone with write access to act.'
      )
    })

    it('refuses a re-run when nothing says who re-ran it', async () => {
      const github = clients({ alice: 'admin' })
      for (const rerun of [rerunBy(undefined), rerunBy('')]) {
        expect(await denial(authorize(github, request('alice', { rerun }), policy()))).toBe(
          "This is attempt 2 of a run for @alice's request and GITHUB_TRIGGERING_ACTOR is empty, so whoever re-ran it cannot be checked and nothing was sent: ask @alice or another approver to act again."
        )
      }
      expect(github.calls).toEqual([])
    })
  })
})
