import type { ApprovalStatus } from '../codepipeline/approval-execution.js'
import type { CommitStatus } from '../github/commit-status.js'
import { defuseMentions } from './reply-text.js'

/** Which approval run a text is about. */
export interface NoticeSubject {
  pipelineName: string
  stageName: string
  actionName: string
  pipelineExecutionId: string
  /** The waiting commit, in full. */
  commit?: string
  consoleUrl?: string
}

/** The console's host for a region: China and GovCloud are partitions with consoles of their own. */
function consoleHost(region: string): string {
  if (region.startsWith('cn-')) return `${region}.console.amazonaws.cn`
  if (region.startsWith('us-gov-')) return `${region}.console.amazonaws-us-gov.com`
  return `${region}.console.aws.amazon.com`
}

/** The execution in the CodePipeline console, for people who review there. */
export function consoleUrl(region: string | undefined, pipelineName: string, pipelineExecutionId: string): string | undefined {
  if (!region) return undefined
  return `https://${consoleHost(region)}/codesuite/codepipeline/pipelines/${encodeURIComponent(pipelineName)}/executions/${encodeURIComponent(pipelineExecutionId)}/timeline?region=${region}`
}

/**
 * "role deployer (session GitHubActions)" for an assumed-role ARN, "IAM user
 * Bob" for a user: who answered, without the account id, because pull
 * request comments are public.
 */
export function principalName(arn: string | undefined): string | undefined {
  if (!arn) return undefined
  const assumed = /^arn:aws[\w-]*:sts::\d+:assumed-role\/([^/]+)\/(.+)$/.exec(arn)
  if (assumed) return `role ${assumed[1]} (session ${assumed[2]})`
  const user = /^arn:aws[\w-]*:iam::\d+:user\/(?:.*\/)?([^/]+)$/.exec(arn)
  if (user) return `IAM user ${user[1]}`
  const role = /^arn:aws[\w-]*:iam::\d+:role\/(?:.*\/)?([^/]+)$/.exec(arn)
  if (role) return `role ${role[1]}`
  return /^arn:/.test(arn) ? 'an AWS principal' : arn
}

const where = (subject: NoticeSubject): string => `**${subject.stageName}/${subject.actionName}** in pipeline **${subject.pipelineName}**`
const consoleLink = (subject: NoticeSubject): string =>
  subject.consoleUrl ? `[Open execution \`${subject.pipelineExecutionId}\` in the CodePipeline console](${subject.consoleUrl})` : `Execution \`${subject.pipelineExecutionId}\``

/**
 * The comment that tells a pull request its deployment waits: for which
 * commit, the exact commands that answer it (pinned to the full SHA), and
 * the console link. `note` says why a merge or label did not answer it.
 */
export function waitingNotice(subject: NoticeSubject, commands: { approve: string; reject: string }, note?: string): string {
  const commit = subject.commit
  const lines = [
    `⏳ ${where(subject)} waits for approval${commit ? ` of commit \`${commit}\`` : ''}.`,
    '',
    'To answer it, comment:',
    '',
    '```',
    `${commands.approve}${commit ? ` ${commit}` : ''}`,
    `${commands.reject}${commit ? ` ${commit}` : ''} <reason>`,
    '```',
    '',
    ...(note ? [note, ''] : []),
    consoleLink(subject)
  ]
  return defuseMentions(lines.join('\n'))
}

const OUTCOME: Record<ApprovalStatus, string> = {
  InProgress: '⏳ waits for approval',
  Succeeded: '✅ was approved',
  Failed: '🛑 was rejected or expired',
  Abandoned: '⏹️ was abandoned (the execution stopped, or a newer one took its place)'
}

/** The notice once the approval was answered anywhere: what happened, by whom, with CodePipeline's summary. */
export function answeredNotice(subject: NoticeSubject, answer: { status: ApprovalStatus; summary?: string; updatedBy?: string }): string {
  const failedWithoutAnswer = answer.status === 'Failed' && !answer.summary && !answer.updatedBy
  const outcome = failedWithoutAnswer ? '⌛ expired without an answer' : OUTCOME[answer.status]
  const rows = [
    ['Commit', subject.commit && `\`${subject.commit}\``],
    ['By', principalName(answer.updatedBy)],
    ['Summary', answer.summary && answer.summary.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')]
  ].filter((row): row is [string, string] => Boolean(row[1]))
  const table = rows.length > 0 ? ['', '| | |', '|---|---|', ...rows.map(([field, value]) => `| ${field} | ${value} |`)] : []
  return defuseMentions([`${where(subject)} ${outcome}.`, ...table, '', consoleLink(subject)].join('\n'))
}

/** The commit status for each state of the approval (setCommitStatus cuts the description to GitHub's 140 characters). */
export function approvalStatus(subject: NoticeSubject, status: ApprovalStatus): CommitStatus {
  const name = `${subject.pipelineName} ${subject.stageName}/${subject.actionName}`
  const states: Record<ApprovalStatus, CommitStatus['state']> = { InProgress: 'pending', Succeeded: 'success', Failed: 'failure', Abandoned: 'error' }
  const says: Record<ApprovalStatus, string> = {
    InProgress: `Waiting for approval: ${name}`,
    Succeeded: `Approved: ${name}`,
    Failed: `Rejected or expired: ${name}`,
    Abandoned: `Abandoned: ${name}`
  }
  return { state: states[status], description: says[status], ...(subject.consoleUrl && { targetUrl: subject.consoleUrl }) }
}
