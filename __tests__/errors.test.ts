import { describe, expect, it } from '@jest/globals'
import { ActionError, errorMessage, failureKind, PersonRefused, publicMessage, Refusal } from '../src/errors.js'

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

describe('ActionError and its refusals', () => {
  it('keeps the message as the public one unless told otherwise, and keeps the cause', () => {
    const cause = new Error('socket hang up')
    const plain = new ActionError('CodePipeline failed (arn:aws:iam::123456789012:role/deploy).', { cause })
    expect(plain.publicMessage).toBe('CodePipeline failed (arn:aws:iam::123456789012:role/deploy).')
    expect(plain.cause).toBe(cause)
    const redacted = new ActionError('CodePipeline failed (arn:aws:iam::123456789012:role/deploy).', { publicMessage: 'CodePipeline failed.' })
    expect(redacted.message).toBe('CodePipeline failed (arn:aws:iam::123456789012:role/deploy).')
    expect(redacted.publicMessage).toBe('CodePipeline failed.')
  })

  it('names each kind, and a person refused is a refusal is an ActionError', () => {
    const refusal = new Refusal('Wrong commit.', { publicMessage: 'Wrong.' })
    const person = new PersonRefused('@bob may not.')
    expect([new ActionError('x').name, refusal.name, person.name]).toEqual(['ActionError', 'Refusal', 'PersonRefused'])
    expect(refusal).toBeInstanceOf(ActionError)
    expect(refusal).not.toBeInstanceOf(PersonRefused)
    expect(refusal.publicMessage).toBe('Wrong.')
    expect(person).toBeInstanceOf(Refusal)
    expect(person).toBeInstanceOf(ActionError)
    expect(person.publicMessage).toBe('@bob may not.')
  })
})

describe('failureKind', () => {
  it('is refused for a refusal of a person or a commit, and failed for anything else', () => {
    expect(failureKind(new Refusal('Wrong commit.'))).toBe('refused')
    expect(failureKind(new PersonRefused('@bob may not.'))).toBe('refused')
    expect(failureKind(new ActionError('GitHub kept failing.'))).toBe('failed')
    expect(failureKind(new Error('boom'))).toBe('failed')
    expect(failureKind('boom')).toBe('failed')
    expect(failureKind(undefined)).toBe('failed')
  })
})

describe('publicMessage', () => {
  it("gives an ActionError's public sentence, and for anything else only a generic one", () => {
    expect(publicMessage(new ActionError('Secret 123456789012.', { publicMessage: 'Safe.' }))).toBe('Safe.')
    expect(publicMessage(new Refusal('Wrong commit.'))).toBe('Wrong commit.')
    const generic = 'The action failed unexpectedly, so nothing was sent: the job log has the details.'
    expect(publicMessage(new Error('ENOENT /home/runner/secret.json'))).toBe(generic)
    expect(publicMessage({ message: 'from another realm' })).toBe(generic)
    expect(publicMessage('plain text')).toBe(generic)
  })
})
