import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { request as httpsRequest } from 'node:https'
import { CodePipelineModel } from './support/codepipeline-model.js'
import { CodePipelineServer } from './support/codepipeline-server.js'
import { GitHubServer } from './support/github-server.js'
import { listen, STAND_IN_CA } from './support/http-server.js'

const PERMISSION = '/repos/Codertocat/Hello-World/collaborators/Codertocat/permission'
const opened: { close(): Promise<void> }[] = []
afterEach(async () => {
  await Promise.all(opened.splice(0).map((server) => server.close()))
})

function get(url: string, options: { ca?: Buffer } = {}): Promise<number | undefined> {
  return new Promise((resolve, reject) => {
    const request = httpsRequest(url, { headers: { authorization: 'token ghs_test_token' }, ...options }, (response) => {
      response.resume()
      response.on('end', () => resolve(response.statusCode))
    })
    request.on('error', reject)
    request.end()
  })
}

describe('listen with tls', () => {
  it('serves HTTPS that a client trusting the stand-in certificate accepts, and no other client', async () => {
    const github = await GitHubServer.start(undefined, { tls: true })
    opened.push(github)
    expect(github.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)

    await expect(get(`${github.url}${PERMISSION}`, { ca: readFileSync(STAND_IN_CA) })).resolves.toBe(200)
    await expect(get(`${github.url}${PERMISSION}`)).rejects.toMatchObject({ code: expect.stringMatching(/SELF_SIGNED|UNABLE_TO_VERIFY/) })
    expect(github.routes()).toEqual([`GET ${PERMISSION}`])
  })
})

describe('listen with latencyMs', () => {
  it('sends each answer at least latencyMs after the request arrived', async () => {
    const latencyMs = 60
    const pipeline = await CodePipelineServer.start(new CodePipelineModel(), { latencyMs })
    opened.push(pipeline)
    const started = performance.now()
    const response = await fetch(pipeline.url, { method: 'POST', body: '{}' })
    await response.text()

    expect(performance.now() - started).toBeGreaterThanOrEqual(latencyMs)
    // Unsigned, so refused, but only after the latency, as every answer.
    expect(response.status).toBe(400)
    const { timing } = pipeline.requests[0]!
    expect(timing!.answeredAt! - timing!.arrivedAt).toBeGreaterThanOrEqual(latencyMs)
  })

  it('leaves a request that is never answered unanswered, and close() still ends it', async () => {
    const server = await listen(() => {}, { latencyMs: 10 })
    const answer = fetch(server.url).then(
      () => 'answered',
      () => 'dropped'
    )
    await new Promise((resolve) => setTimeout(resolve, 50))
    await server.close()
    await expect(answer).resolves.toBe('dropped')
  })
})

describe('the recorded timings', () => {
  it('say when each request arrived and was answered, unseen by toEqual', async () => {
    const github = await GitHubServer.start()
    opened.push(github)
    const before = performance.now()
    await (await fetch(`${github.url}${PERMISSION}`, { headers: { authorization: 'token ghs_test_token' } })).text()

    const [call] = github.calls
    expect(call!.timing!.arrivedAt).toBeGreaterThanOrEqual(before)
    expect(call!.timing!.answeredAt).toBeGreaterThanOrEqual(call!.timing!.arrivedAt)
    expect(github.calls).toEqual([{ method: 'GET', path: PERMISSION, authorization: 'token ghs_test_token', status: 200 }])
  })
})
