import { describe, expect, it } from '@jest/globals'
import { parseCommand } from '../src/parse-command.js'

const commands = { approve: '/approve-deploy', reject: '/reject-deploy' }

describe('parseCommand', () => {
  it.each([
    ['/approve-deploy', { decision: 'Approved' }],
    ['/reject-deploy', { decision: 'Rejected' }],
    ['/APPROVE-Deploy', { decision: 'Approved' }],
    ['  /approve-deploy  ', { decision: 'Approved' }],
    ['\uFEFF/approve-deploy', { decision: 'Approved' }],
    ['/approve-deploy c4295bd', { decision: 'Approved', pinnedCommit: 'c4295bd' }],
    ['/approve-deploy C4295BD74FB0F4FDA03689C3DF3F2803B658FD85', { decision: 'Approved', pinnedCommit: 'c4295bd74fb0f4fda03689c3df3f2803b658fd85' }],
    ['/reject-deploy c4295bd broke staging', { decision: 'Rejected', pinnedCommit: 'c4295bd', reason: 'broke staging' }],
    ['/approve-deploy tested on staging', { decision: 'Approved', reason: 'tested on staging' }],
    ['/approve-deploy c4295b short', { decision: 'Approved', reason: 'c4295b short' }],
    ['/approve-deploy\r\nLooks good.\r\n\r\nShip it', { decision: 'Approved', reason: 'Looks good. Ship it' }],
    ['/approve-deploy\tc4295bd\tok', { decision: 'Approved', pinnedCommit: 'c4295bd', reason: 'ok' }]
  ])('reads %j', (body, expected) => {
    expect(parseCommand(body, commands)).toEqual({ pinnedCommit: undefined, reason: undefined, ...expected })
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

  it('takes a hex word only in the position right after the command', () => {
    expect(parseCommand('/approve-deploy looks good c4295bd', commands)).toEqual({
      decision: 'Approved',
      pinnedCommit: undefined,
      reason: 'looks good c4295bd'
    })
  })

  it('drops control and direction-changing characters from the reason', () => {
    expect(parseCommand('/approve-deploy ok\u0007 \u202eevil\u202c', commands)?.reason).toBe('ok evil')
  })

  it('uses the configured commands', () => {
    expect(parseCommand('/ship', { approve: '/ship', reject: '/stop' })?.decision).toBe('Approved')
    expect(parseCommand('/approve-deploy', { approve: '/ship', reject: '/stop' })).toBeUndefined()
  })
})
