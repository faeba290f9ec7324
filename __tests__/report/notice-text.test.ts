import { describe, expect, it } from '@jest/globals'
import type { ApprovalStatus } from '../../src/codepipeline/approval-execution.js'
import { setCommitStatus } from '../../src/github/commit-status.js'
import { answeredNotice, approvalStatus, consoleUrl, principalName, waitingNotice, type NoticeSubject } from '../../src/report/notice-text.js'

const SHA = '0123456789abcdef0123456789abcdef01234567'
const EXECUTION = '3f2a9c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b'
const URL = consoleUrl('eu-central-1', 'shop-pipeline', EXECUTION)!
const subject = (overrides: Partial<NoticeSubject> = {}): NoticeSubject => ({
  pipelineName: 'shop-pipeline',
  stageName: 'Deploy',
  actionName: 'Approve',
  pipelineExecutionId: EXECUTION,
  commit: SHA,
  consoleUrl: URL,
  ...overrides
})
const commands = { approve: '/approve-deploy', reject: '/reject-deploy' }
const ZWSP = '\u200b'

describe('consoleUrl', () => {
  it('links the execution timeline in the region', () => {
    expect(consoleUrl('eu-central-1', 'shop-pipeline', EXECUTION)).toBe(
      `https://eu-central-1.console.aws.amazon.com/codesuite/codepipeline/pipelines/shop-pipeline/executions/${EXECUTION}/timeline?region=eu-central-1`
    )
  })

  it.each([
    ['cn-north-1', 'https://cn-north-1.console.amazonaws.cn/'],
    ['cn-northwest-1', 'https://cn-northwest-1.console.amazonaws.cn/'],
    ['us-gov-west-1', 'https://us-gov-west-1.console.amazonaws-us-gov.com/'],
    ['us-gov-east-1', 'https://us-gov-east-1.console.amazonaws-us-gov.com/'],
    ['us-east-1', 'https://us-east-1.console.aws.amazon.com/'],
    ['ap-southeast-5', 'https://ap-southeast-5.console.aws.amazon.com/']
  ])('links %s in the console of its partition', (region, host) => {
    const url = consoleUrl(region, 'shop-pipeline', EXECUTION)!
    expect(url.startsWith(host)).toBe(true)
    expect(url).toBe(`${host}codesuite/codepipeline/pipelines/shop-pipeline/executions/${EXECUTION}/timeline?region=${region}`)
  })

  it('encodes the pipeline name', () => {
    expect(consoleUrl('us-east-1', 'prod@v2', EXECUTION)).toContain('/pipelines/prod%40v2/executions/')
  })

  it('is undefined without a region', () => {
    expect(consoleUrl(undefined, 'shop-pipeline', EXECUTION)).toBeUndefined()
    expect(consoleUrl('', 'shop-pipeline', EXECUTION)).toBeUndefined()
  })
})

describe('waitingNotice', () => {
  it('names the approval and commit, gives both commands pinned to the full SHA, and links the console', () => {
    expect(waitingNotice(subject(), commands)).toBe(
      [
        `⏳ **Deploy/Approve** in pipeline **shop-pipeline** waits for approval of commit \`${SHA}\`.`,
        '',
        'To answer it, comment:',
        '',
        '```',
        `/approve-deploy ${SHA}`,
        `/reject-deploy ${SHA} <reason>`,
        '```',
        '',
        `[Open execution \`${EXECUTION}\` in the CodePipeline console](${URL})`
      ].join('\n')
    )
  })

  it('without a commit, gives the commands bare', () => {
    const text = waitingNotice(subject({ commit: undefined }), commands)
    expect(text).toContain('waits for approval.\n')
    expect(text).toContain('```\n/approve-deploy\n/reject-deploy <reason>\n```')
  })

  it('without a console link, names the execution', () => {
    const text = waitingNotice(subject({ consoleUrl: undefined }), commands)
    expect(text.split('\n').at(-1)).toBe(`Execution \`${EXECUTION}\``)
    expect(text).not.toContain('console.aws.amazon.com')
  })

  it('puts a note before the link, with its mentions defused', () => {
    const text = waitingNotice(subject(), commands, 'GitHub does not say who added approve-deploy; ask @alice or @acme/sre.')
    expect(text).toContain(`\`\`\`\n\nGitHub does not say who added approve-deploy; ask @${ZWSP}alice or @${ZWSP}acme/sre.\n\n[Open execution`)
    expect(text).not.toMatch(/@(?!\u200b)/)
  })

  it('uses the configured commands', () => {
    const text = waitingNotice(subject(), { approve: '/ship-it', reject: '/stop-it' })
    expect(text).toContain(`/ship-it ${SHA}\n/stop-it ${SHA} <reason>`)
  })
})

describe('answeredNotice', () => {
  const ARN = 'arn:aws:sts::123456789012:assumed-role/deployer/GitHubActions'

  it('approved: says so, with the commit, who answered (without the account) and the summary', () => {
    expect(answeredNotice(subject(), { status: 'Succeeded', summary: 'Approved by @alice', updatedBy: ARN })).toBe(
      [
        '**Deploy/Approve** in pipeline **shop-pipeline** ✅ was approved.',
        '',
        '| | |',
        '|---|---|',
        `| Commit | \`${SHA}\` |`,
        '| By | role deployer (session GitHubActions) |',
        `| Summary | Approved by @${ZWSP}alice |`,
        '',
        `[Open execution \`${EXECUTION}\` in the CodePipeline console](${URL})`
      ].join('\n')
    )
  })

  it('rejected: a Failed run with an answer is rejected or expired', () => {
    const text = answeredNotice(subject(), { status: 'Failed', summary: 'broken build', updatedBy: ARN })
    expect(text.split('\n')[0]).toBe('**Deploy/Approve** in pipeline **shop-pipeline** 🛑 was rejected or expired.')
    expect(text).toContain('| Summary | broken build |')
    expect(text).not.toContain('123456789012')
  })

  it('a Failed run with only who answered, or only a summary, is still rejected or expired', () => {
    expect(answeredNotice(subject(), { status: 'Failed', updatedBy: ARN })).toContain('🛑 was rejected or expired.')
    expect(answeredNotice(subject(), { status: 'Failed', summary: 'no' })).toContain('🛑 was rejected or expired.')
  })

  it('expired: a Failed run with nobody and no summary expired without an answer', () => {
    const text = answeredNotice(subject(), { status: 'Failed' })
    expect(text.split('\n')[0]).toBe('**Deploy/Approve** in pipeline **shop-pipeline** ⌛ expired without an answer.')
    expect(text).not.toContain('| By |')
    expect(text).not.toContain('| Summary |')
  })

  it('abandoned: says the execution stopped or was superseded', () => {
    expect(answeredNotice(subject(), { status: 'Abandoned' }).split('\n')[0]).toBe(
      '**Deploy/Approve** in pipeline **shop-pipeline** ⏹️ was abandoned (the execution stopped, or a newer one took its place).'
    )
  })

  it('still waiting: says so', () => {
    expect(answeredNotice(subject(), { status: 'InProgress' })).toContain('⏳ waits for approval.')
  })

  it('each status reads differently', () => {
    const statuses: ApprovalStatus[] = ['InProgress', 'Succeeded', 'Failed', 'Abandoned']
    const firstLines = statuses.map((status) => answeredNotice(subject(), { status, summary: 's' }).split('\n')[0])
    expect(new Set(firstLines).size).toBe(4)
  })

  it('keeps the summary in its table cell: pipes escaped, lines joined', () => {
    const text = answeredNotice(subject(), { status: 'Succeeded', summary: 'a | b\r\nc\nd' })
    expect(text).toContain('| Summary | a \\| b c d |')
  })

  it('without a commit, an answerer or a summary, has no table', () => {
    const text = answeredNotice(subject({ commit: undefined, consoleUrl: undefined }), { status: 'Abandoned' })
    expect(text).toBe(
      `**Deploy/Approve** in pipeline **shop-pipeline** ⏹️ was abandoned (the execution stopped, or a newer one took its place).\n\nExecution \`${EXECUTION}\``
    )
  })

  it('without a commit, leaves the commit row out but keeps the others', () => {
    const text = answeredNotice(subject({ commit: undefined }), { status: 'Succeeded', summary: 'ok' })
    expect(text).not.toContain('| Commit |')
    expect(text).toContain('| Summary | ok |')
  })
})

describe('principalName', () => {
  it.each([
    ['arn:aws:sts::123456789012:assumed-role/deployer/GitHubActions', 'role deployer (session GitHubActions)'],
    ['arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_Admin_0123abcd/alice@example.com', 'role AWSReservedSSO_Admin_0123abcd (session alice@example.com)'],
    ['arn:aws-us-gov:sts::123456789012:assumed-role/deployer/s', 'role deployer (session s)'],
    ['arn:aws:iam::123456789012:user/Bob', 'IAM user Bob'],
    ['arn:aws:iam::123456789012:user/division/team/Bob', 'IAM user Bob'],
    ['arn:aws-cn:iam::123456789012:user/Bob', 'IAM user Bob'],
    ['arn:aws:iam::123456789012:role/release-approver', 'role release-approver'],
    ['arn:aws:iam::123456789012:role/service-role/release-approver', 'role release-approver'],
    ['arn:aws:iam::123456789012:root', 'an AWS principal'],
    ['arn:aws:sts::123456789012:federated-user/bob', 'an AWS principal']
  ])('%s → %s, without the account id', (arn, name) => {
    expect(principalName(arn)).toBe(name)
    expect(principalName(arn)).not.toContain('123456789012')
  })

  it('passes a name that is no ARN through, and nothing as nothing', () => {
    expect(principalName('alice')).toBe('alice')
    expect(principalName(undefined)).toBeUndefined()
    expect(principalName('')).toBeUndefined()
  })
})

describe('approvalStatus', () => {
  it.each([
    ['InProgress', 'pending', 'Waiting for approval: shop-pipeline Deploy/Approve'],
    ['Succeeded', 'success', 'Approved: shop-pipeline Deploy/Approve'],
    ['Failed', 'failure', 'Rejected or expired: shop-pipeline Deploy/Approve'],
    ['Abandoned', 'error', 'Abandoned: shop-pipeline Deploy/Approve']
  ] as const)('%s: state %s, "%s", linked to the console', (status, state, description) => {
    expect(approvalStatus(subject(), status)).toEqual({ state, description, targetUrl: URL })
  })

  it('has no target URL without a console link', () => {
    expect(approvalStatus(subject({ consoleUrl: undefined }), 'Succeeded')).toEqual({ state: 'success', description: 'Approved: shop-pipeline Deploy/Approve' })
  })

  it('keeps descriptions within 140 characters for names of 30 characters each', () => {
    const long = subject({ pipelineName: 'p'.repeat(30), stageName: 's'.repeat(30), actionName: 'a'.repeat(30) })
    for (const status of ['InProgress', 'Succeeded', 'Failed', 'Abandoned'] as const) {
      expect(approvalStatus(long, status).description.length).toBeLessThanOrEqual(140)
    }
  })
})

describe('approvalStatus on the wire', () => {
  it('is cut to 140 characters when sent, even for names of 100 characters each', async () => {
    const long = subject({ pipelineName: 'p'.repeat(100), stageName: 's'.repeat(100), actionName: 'a'.repeat(100) })
    const sent: string[] = []
    const client = { rest: { repos: { createCommitStatus: async ({ description }: { description: string }) => sent.push(description) } } }
    await setCommitStatus(client, { owner: 'o', repo: 'r' }, SHA, long, approvalStatus(long, 'InProgress'))
    expect(sent[0]?.length).toBe(140)
    expect(sent[0]).toMatch(/^Waiting for approval: p{100} s+…$/)
  })
})
