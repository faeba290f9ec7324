/** What PutApprovalResult accepts, capitalised as the API wants it. */
export type Decision = 'Approved' | 'Rejected'

/** How strictly the approval's commit must match what the request vouches for. */
export type RevisionCheck = 'auto' | 'strict' | 'off'

/** Repository roles that may act, weakest first. */
export const ACTING_ROLES = ['write', 'maintain', 'admin'] as const
export type ActingRole = (typeof ACTING_ROLES)[number]

export interface RepoRef {
  owner: string
  repo: string
}

/** A team named in the approvers input. */
export interface TeamRef {
  org: string
  slug: string
}

export interface Approvers {
  users: string[]
  teams: TeamRef[]
}
