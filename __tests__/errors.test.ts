import { describe, expect, it } from '@jest/globals'
import { ActionError, errorMessage } from '../src/errors.js'

describe('errorMessage', () => {
  it('gives the message of anything thrown', () => {
    expect(errorMessage(new ActionError('Nothing was sent.'))).toBe('Nothing was sent.')
    expect(errorMessage({ message: 'from another realm', code: 'ENOENT' })).toBe('from another realm')
    expect(errorMessage('plain text')).toBe('plain text')
    expect(errorMessage({ reason: 42 })).toBe('{"reason":42}')
    expect(errorMessage(undefined)).toBe('undefined')
    const circular: Record<string, unknown> = {}
    circular.self = circular
    expect(errorMessage(circular)).toBe('[object Object]')
  })
})
