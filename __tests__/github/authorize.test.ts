import { describe, expect, it, jest } from '@jest/globals'
import { authorize, type AuthorizationClient, type AuthorizationPolicy, type AuthorizationRequest } from '../../src/github/authorize.js'
import { ActionError } from '../../src/errors.js'
import { httpError } from '../support/github-errors.js'

const repo = { owner: 'acme', repo: 'shop' }

/** A client that knows each user's role_name and each team's active members. */
function client(
  roles: Record<string, string | Error>,
  teams: Record<string, string[] | Error> = {}
): AuthorizationClient & { calls: string[] } {
  const calls: string[] = []
  return {
    calls,
    rest: {
      repos: {
        getCollaboratorPermissionLevel: jest.fn(async ({ username }: { username: string }) => {
          calls.push(`permission ${username}`)
          const role = roles[username]
          if (role instanceof Error) throw role
          if (role === undefined) throw httpError(404, 'Not Found')
          // The legacy `permission` field folds maintain into write and triage into read.
          const legacy = role === 'maintain' ? 'write' : role === 'triage' ? 'read' : role
          return { data: { permission: legacy, role_name: role, user: { permissions: {} } } }
        })
      },
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

const policy = (overrides: Partial<AuthorizationPolicy> = {}): AuthorizationPolicy => ({
  permission: 'write',
  approvers: { users: [], teams: [] },
  allowSelfApproval: true,
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

async function denial(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught
  )
  expect(error).toBeInstanceOf(ActionError)
  return (error as Error).message
}

describe('authorize', () => {
  it.each(['write', 'maintain', 'admin'])('lets the %s role act when write is required', async (role) => {
    await expect(authorize(client({ alice: role }), request('alice'), policy())).resolves.toEqual({ login: 'alice', role })
  })

  it.each([
    ['read', 'write'],
    ['triage', 'write'],
    ['write', 'maintain'],
    ['maintain', 'admin']
  ])('denies the %s role when %s is required, naming both', async (role, permission) => {
    const message = await denial(authorize(client({ bob: role }), request('bob'), policy({ permission: permission as 'write' })))
    expect(message).toBe(
      `@bob has the ${role} role on acme/shop, and to approve a deployment needs at least ${permission}: ask someone with ${permission} access to act.`
    )
  })

  it('ranks by role_name, so maintain passes a maintain requirement though the legacy field says write', async () => {
    await expect(authorize(client({ mia: 'maintain' }), request('mia'), policy({ permission: 'maintain' }))).resolves.toMatchObject({
      role: 'maintain'
    })
  })

  it('ranks a custom role by the base permissions it grants', async () => {
    const custom: AuthorizationClient = {
      rest: {
        repos: {
          getCollaboratorPermissionLevel: async () => ({
            data: { role_name: 'release-manager', user: { permissions: { admin: false, maintain: true, push: true } } }
          })
        },
        teams: { getMembershipForUserInOrg: async () => ({ data: { state: 'active' } }) }
      }
    }
    await expect(authorize(custom, request('rita'), policy({ permission: 'maintain' }))).resolves.toMatchObject({ role: 'maintain' })
    await expect(authorize(custom, request('rita'), policy({ permission: 'admin' }))).rejects.toThrow('at least admin')
  })

  it('denies someone who is not a collaborator, whether GitHub answers 404 or permission none', async () => {
    const message = await denial(authorize(client({}), request('mallory', { decision: 'Rejected' }), policy()))
    expect(message).toBe('@mallory is not a collaborator on acme/shop and may not reject deployments: ask someone with write access to act.')
    // What GitHub returns for a user without access to the repository.
    const none: AuthorizationClient = {
      rest: {
        repos: {
          getCollaboratorPermissionLevel: async () => ({
            data: { permission: 'none', role_name: '', user: { permissions: { admin: false, maintain: false, push: false, triage: false, pull: false } } }
          })
        },
        teams: { getMembershipForUserInOrg: async () => ({ data: { state: 'active' } }) }
      }
    }
    expect(await denial(authorize(none, request('mallory'), policy()))).toBe(
      '@mallory is not a collaborator on acme/shop and may not approve deployments: ask someone with write access to act.'
    )
  })

  it('fails with the cause when the permission cannot be read', async () => {
    const message = await denial(authorize(client({ alice: httpError(401) }), request('alice'), policy()))
    expect(message).toBe("Could not read @alice's role on acme/shop: GitHub rejected github-token (HTTP 401); check the github-token input.")
  })

  it('denies a comment whose author is not the event sender, before any lookup', async () => {
    const github = client({ alice: 'admin' })
    const message = await denial(
      authorize(github, request('alice', { sender: { login: 'mallory', isBot: false } }), policy())
    )
    expect(message).toBe('@alice wrote the command but @mallory sent the event, so nothing was sent: @alice should post the command again.')
    expect(github.calls).toEqual([])
  })

  it('denies the pull request author when allow-self-approval is false', async () => {
    const message = await denial(authorize(client({ author: 'admin' }), request('author'), policy({ allowSelfApproval: false })))
    expect(message).toBe(
      '@author opened pull request #7 and allow-self-approval is false, so @author may not approve its deployment: ask another approver.'
    )
    await expect(authorize(client({ author: 'admin' }), request('author'), policy())).resolves.toMatchObject({ login: 'author' })
    await expect(authorize(client({ other: 'write' }), request('other'), policy({ allowSelfApproval: false }))).resolves.toMatchObject({
      login: 'other'
    })
  })

  it('denies bots unless approvers names them, without looking up a role', async () => {
    const github = client({ 'renovate[bot]': 'admin' })
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
      await expect(authorize(client({ Alice: 'write' }), request('Alice'), policy({ approvers }))).resolves.toEqual({
        login: 'Alice',
        role: 'write',
        approvedBy: 'approvers lists @Alice'
      })
    })

    it('lets an active member of a listed team act', async () => {
      const github = client({ dave: 'write' }, { 'acme/deployers': ['dave'] })
      await expect(authorize(github, request('dave'), policy({ approvers }))).resolves.toEqual({
        login: 'dave',
        role: 'write',
        approvedBy: '@dave is in acme/deployers'
      })
      expect(github.calls).toEqual(['permission dave', 'team acme/deployers dave'])
    })

    it('denies a pending team member', async () => {
      const pending: AuthorizationClient = {
        rest: {
          repos: { getCollaboratorPermissionLevel: async () => ({ data: { role_name: 'admin' } }) },
          teams: { getMembershipForUserInOrg: async () => ({ data: { state: 'pending' } }) }
        }
      }
      expect(await denial(authorize(pending, request('erin'), policy({ approvers })))).toBe(
        '@erin is not among the approvers (@alice, acme/deployers), so nothing was sent: ask an approver to act, or add @erin to approvers.'
      )
    })

    it('says a 403 or 404 team answer may mean the token lacks read:org', async () => {
      const github = client({ erin: 'admin' }, { 'acme/deployers': httpError(403) })
      expect(await denial(authorize(github, request('erin'), policy({ approvers })))).toBe(
        '@erin is not among the approvers (@alice, acme/deployers; GitHub answered HTTP 403 for acme/deployers, which also happens when github-token lacks read:org), so nothing was sent: ask an approver to act, or give the action a token with read:org.'
      )
      const notFound = client({ erin: 'admin' }, {})
      expect(await denial(authorize(notFound, request('erin'), policy({ approvers })))).toContain('GitHub answered HTTP 404 for acme/deployers, which also happens when github-token lacks read:org')
    })

    it('fails with the cause when a team lookup fails otherwise', async () => {
      const github = client({ erin: 'admin' }, { 'acme/deployers': httpError(502) })
      expect(await denial(authorize(github, request('erin'), policy({ approvers })))).toBe(
        'Could not read the members of acme/deployers: GitHub kept failing (HTTP 502); try again later.'
      )
    })

    it('still requires the role of a listed user', async () => {
      expect(await denial(authorize(client({ alice: 'triage' }), request('alice'), policy({ approvers })))).toContain(
        '@alice has the triage role'
      )
    })
  })
})
