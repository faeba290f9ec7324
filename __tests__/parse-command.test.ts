import { describe, expect, it } from '@jest/globals'
import { parseCommand } from '../src/parse-command.js'

const commands = { approve: '/approve-deploy', reject: '/reject-deploy' }
const FULL = 'c4295bd74fb0f4fda03689c3df3f2803b658fd85'

/** The refusal for a word right after the command that is meant as a commit but is not one. */
const notASha = (word: string, command = '/approve-deploy'): string =>
  `"${word}" after the command is not a commit SHA of 7 to 40 hex digits, so nothing was sent: name the commit you reviewed as in "${command} c4295bd reason", or start the reason with a word.`

/** The refusal for something that reads like a commit anywhere but right after the command. */
const misplaced = (run: string, command = '/approve-deploy'): string =>
  `The comment names "${run}", which looks like a commit but is not the pin right after the command, so it is not read as the commit you reviewed and nothing was sent: put the commit right after the command, as in "${command} c4295bd reason".`

describe('parseCommand', () => {
  it.each([
    ['/approve-deploy', { decision: 'Approved' }],
    ['/reject-deploy', { decision: 'Rejected' }],
    ['/APPROVE-Deploy', { decision: 'Approved' }],
    ['  /approve-deploy  ', { decision: 'Approved' }],
    ['\uFEFF/approve-deploy', { decision: 'Approved' }],
    ['/approve-deploy c4295bd', { decision: 'Approved', pinnedCommit: 'c4295bd' }],
    ['/approve-deploy C4295BD74FB0F4FDA03689C3DF3F2803B658FD85', { decision: 'Approved', pinnedCommit: FULL }],
    ['/reject-deploy c4295bd broke staging', { decision: 'Rejected', pinnedCommit: 'c4295bd', reason: 'broke staging' }],
    ['/approve-deploy tested on staging', { decision: 'Approved', reason: 'tested on staging' }],
    ['/approve-deploy\r\nLooks good.\r\n\r\nShip it', { decision: 'Approved', reason: 'Looks good. Ship it' }],
    ['/approve-deploy\tc4295bd\tok', { decision: 'Approved', pinnedCommit: 'c4295bd', reason: 'ok' }]
  ])('reads %j', (body, expected) => {
    // Strict: every key is there, pinProblem too, undefined when there is none.
    expect(parseCommand(body, commands)).toStrictEqual({ pinnedCommit: undefined, pinProblem: undefined, reason: undefined, ...expected })
  })

  it.each([
    ['/approve-deploy `c4295bd`', 'c4295bd', undefined],
    ['/approve-deploy `c4295bd`.', 'c4295bd', undefined],
    ['/approve-deploy c4295bd:', 'c4295bd', undefined],
    ['/approve-deploy (c4295bd)', 'c4295bd', undefined],
    ['/approve-deploy "c4295bd" ok', 'c4295bd', 'ok'],
    ["/approve-deploy 'c4295bd'", 'c4295bd', undefined],
    ['/approve-deploy [c4295bd]', 'c4295bd', undefined],
    ['/approve-deploy (finally) works', undefined, '(finally) works'],
    ['/approve-deploy c4295bd)', 'c4295bd', undefined],
    ['/approve-deploy c4295bd, tested on staging', 'c4295bd', 'tested on staging'],
    ['/approve-deploy c4295bd. Ship it', 'c4295bd', 'Ship it'],
    ['/approve-deploy c4295bd!?', 'c4295bd', undefined],
    ['/approve-deploy c4295bd; ok', 'c4295bd', 'ok'],
    ['/approve-deploy c4295bd… ok', 'c4295bd', 'ok'],
    ['/reject-deploy `C4295BD74FB0F4FDA03689C3DF3F2803B658FD85`: broke it', FULL, 'broke it']
  ])('reads the pin in %j despite backticks and punctuation', (body, pinnedCommit, reason) => {
    expect(parseCommand(body, commands)).toStrictEqual({
      decision: body.startsWith('/reject') ? 'Rejected' : 'Approved',
      pinnedCommit,
      pinProblem: undefined,
      reason
    })
  })

  it.each([
    // Six hex digits: one short of a pin.
    ['c4295b', 'c4295b short'],
    ['123abc', '123abc'],
    ['202401', '202401 release'],
    // 41 and more: not a SHA-1 prefix.
    ['c4295bd74fb0f4fda03689c3df3f2803b658fd85a', 'c4295bd74fb0f4fda03689c3df3f2803b658fd85a'],
    ['a'.repeat(41), 'a'.repeat(41)],
    // Backticks, quotes and brackets mark a commit, whatever is inside.
    ['`deploy`', '`deploy` now'],
    ['"c4295b"', '"c4295b"'],
    ['`c4295b`.', '`c4295b`.'],
    ['`c4295bd-fix`', '`c4295bd-fix`'],
    // A SHA with other characters glued on.
    ['c4295bdz', 'c4295bdz'],
    ['c4295bd-fix', 'c4295bd-fix']
  ])('refuses %j right after the command as a pin that is not one', (word, reason) => {
    const body = `/approve-deploy ${reason}`
    expect(parseCommand(body, commands)).toStrictEqual({ decision: 'Approved', pinnedCommit: undefined, pinProblem: notASha(word), reason })
  })

  it('names the command that was used in the example of a pin', () => {
    expect(parseCommand('/reject-deploy c4295 broke it', commands)?.pinProblem).toBeUndefined()
    expect(parseCommand('/reject-deploy c42951 broke it', commands)?.pinProblem).toBe(notASha('c42951', '/reject-deploy'))
    expect(parseCommand('/reject-deploy broke c4295bd', commands)?.pinProblem).toBe(misplaced('c4295bd', '/reject-deploy'))
  })

  it.each([
    // Words that happen to be hex, with no digit, are words.
    ['/approve-deploy decade old', 'decade old'],
    ['/approve-deploy feedback welcome', 'feedback welcome'],
    ['/approve-deploy abcdef', 'abcdef'],
    ['/approve-deploy looks good deadbeef', 'looks good deadbeef'],
    // Too short to be an attempt, or not hex at all.
    ['/approve-deploy c4295 ok', 'c4295 ok'],
    ['/approve-deploy 2024-01-15 release', '2024-01-15 release'],
    ['/approve-deploy `` ok', '`` ok'],
    // A later number without a letter is not a SHA.
    ['/reject-deploy broke build 1234567', 'broke build 1234567'],
    // Four hex digits in brackets are no commit.
    ['/approve-deploy (c429) is the build', '(c429) is the build'],
    // Neither are words in scripts that look like nothing hex.
    ['/approve-deploy 测试通过123', '测试通过123'],
    // After a pin, later words are the reason.
    ['/approve-deploy c4295bd then 0123abc', 'then 0123abc']
  ])('keeps %j as a reason, with no pin problem', (body, reason) => {
    expect(parseCommand(body, commands)).toMatchObject({ pinProblem: undefined, reason })
  })

  it.each([
    ['/approve-deploy looks good c4295bd', 'c4295bd'],
    ['/approve-deploy feedback c4295bd', 'c4295bd'],
    ['/approve-deploy ok `c4295bd`.', 'c4295bd'],
    ['/approve-deploy ok c4295bd,', 'c4295bd'],
    [`/approve-deploy reviewed ${FULL} today`, FULL],
    // Forms that are not the pin, and places that are not after the command.
    ['/approve-deploy sha:c4295bd', 'c4295bd'],
    ['/approve-deploy #c4295bd', 'c4295bd'],
    [`/approve-deploy https://github.com/o/r/pull/2/commits/${FULL}`, FULL],
    ['/approve-deploy ok\nc4295bd', 'c4295bd'],
    ['/approve-deploy\n\nReviewed c4295bd on staging', 'c4295bd'],
    // Letters from other scripts that look like hex.
    ['/approve-deploy \u04414295bd ok', '\u04414295bd']
  ])('refuses what reads like a commit anywhere but right after the command: %j', (body, run) => {
    expect(parseCommand(body, commands)).toMatchObject({ decision: 'Approved', pinnedCommit: undefined, pinProblem: misplaced(run) })
  })

  it.each([
    ['**c4295bd**', 'bold'],
    ['<c4295bd>', 'angle brackets'],
    ['{c4295bd}', 'braces'],
    ['~~c4295bd~~', 'strike-through'],
    ['c42\u2060' + '95bd', 'a word joiner inside'],
    ['\u2060c4295bd', 'a word joiner before it'],
    ['c42\u00ad95bd', 'a soft hyphen inside'],
    ['\uff43\uff14\uff12\uff19\uff15\uff42\uff44', 'full-width letters and digits']
  ])('reads %j (%s) as the pin it shows', (word) => {
    expect(parseCommand(`/approve-deploy ${word} ok`, commands)).toMatchObject({ pinnedCommit: 'c4295bd', pinProblem: undefined, reason: 'ok' })
  })

  it.each([
    ['/approve-deployment'],
    ['/approve-deploy!'],
    ['please /approve-deploy'],
    ['> /approve-deploy'],
    ['`/approve-deploy`'],
    ['LGTM\n/approve-deploy'],
    [''],
    ['approve-deploy']
  ])('does not read %j as a command', (body) => {
    expect(parseCommand(body, commands)).toBeUndefined()
  })

  it('drops control and direction-changing characters from the reason', () => {
    expect(parseCommand('/approve-deploy ok\u0007 \u202eevil\u202c', commands)?.reason).toBe('ok evil')
  })

  it('uses the configured commands', () => {
    expect(parseCommand('/ship', { approve: '/ship', reject: '/stop' })?.decision).toBe('Approved')
    expect(parseCommand('/approve-deploy', { approve: '/ship', reject: '/stop' })).toBeUndefined()
  })
})
