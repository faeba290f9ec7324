import type { IncomingMessage, ServerResponse } from 'node:http'
import { randomUUID } from 'node:crypto'
import { CodePipelineFault, CodePipelineModel } from './codepipeline-model.js'
import { attachTiming, listen, readBody, type ListenOptions, type Timing } from './http-server.js'

/**
 * A CodePipeline stand-in on 127.0.0.1 that speaks the AWS JSON 1.1
 * protocol: POST / with X-Amz-Target CodePipeline_20150709.<Operation>,
 * SigV4-signed for the service codepipeline, timestamps as epoch seconds,
 * errors as {"__type", "message"}. State lives in a CodePipelineModel.
 */

export type FaultKind =
  /** 400 ThrottlingException: the SDK backs off and retries. */
  | 'throttle'
  /** 500 InternalFailure without touching the model. */
  | 'error500'
  /** 503 ServiceUnavailable. */
  | 'error503'
  /** Never answers: only a client timeout ends the request. */
  | 'hang'
  /** Applies the operation, then answers 500: a lost answer that the client retries. */
  | 'applyThenFail'
  /** Answers with the fault's `error` (an AWS error name), such as AccessDeniedException. */
  | 'error'

export interface Fault {
  kind: FaultKind
  /** Only this operation; any operation when empty. */
  operation?: string
  /** How many requests it hits. */
  times: number
  /** For kind 'error'. */
  error?: { type: string; message: string; status?: number }
}

export interface ReceivedRequest {
  operation: string
  input: Record<string, unknown>
  headers: IncomingMessage['headers']
  /** What was done with it: answered, or the fault that hit it. */
  answer: number | FaultKind
  /** When it arrived and was answered; not enumerable, so toEqual on requests ignores it. */
  readonly timing?: Timing
}

const TARGET_PREFIX = 'CodePipeline_20150709.'
const SIGV4 = /^AWS4-HMAC-SHA256 Credential=[^/]+\/\d{8}\/[a-z0-9-]+\/codepipeline\/aws4_request, ?SignedHeaders=[a-z0-9;-]+, ?Signature=[0-9a-f]{64}$/

export class CodePipelineServer {
  readonly requests: ReceivedRequest[] = []
  private readonly faults: Fault[] = []

  /** http://127.0.0.1:<port> (https:// with tls), for AWS_ENDPOINT_URL_CODEPIPELINE. */
  url = ''
  private stop = async (): Promise<void> => {}

  private constructor(public model: CodePipelineModel) {}

  static async start(model = new CodePipelineModel(), options: ListenOptions = {}): Promise<CodePipelineServer> {
    const instance = new CodePipelineServer(model)
    const { url, close } = await listen((request, response, timing) => void instance.handle(request, response, timing), options)
    instance.url = url
    instance.stop = close
    return instance
  }

  /** Starts over with another model: no requests, no faults. */
  reset(model: CodePipelineModel): this {
    this.model = model
    this.requests.length = 0
    this.faults.length = 0
    return this
  }

  /** Makes the next `times` matching requests fail as `kind`. */
  inject(fault: Fault): this {
    this.faults.push({ ...fault })
    return this
  }

  /** Operations received, in order. */
  operations(): string[] {
    return this.requests.map((request) => request.operation)
  }

  close(): Promise<void> {
    return this.stop()
  }

  private async handle(request: IncomingMessage, response: ServerResponse, timing: Timing): Promise<void> {
    const body = await readBody(request)
    const target = String(request.headers['x-amz-target'] ?? '')
    const operation = target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : ''
    let input: Record<string, unknown> = {}
    const record = (answer: ReceivedRequest['answer']) => this.requests.push(attachTiming({ operation, input, headers: request.headers, answer }, timing))

    if (request.method !== 'POST' || request.url !== '/') {
      record(404)
      return this.send(response, 404, { __type: 'UnknownOperationException', message: `${request.method} ${request.url} is not an operation` })
    }
    if (!operation) {
      record(400)
      return this.send(response, 400, { __type: 'UnknownOperationException', message: `Unknown target: ${target}` })
    }
    if (!String(request.headers['content-type'] ?? '').startsWith('application/x-amz-json-1.1')) {
      record(400)
      return this.send(response, 400, { __type: 'SerializationException', message: 'Content-Type must be application/x-amz-json-1.1' })
    }
    if (!SIGV4.test(String(request.headers.authorization ?? '')) || !request.headers['x-amz-date']) {
      record(400)
      return this.send(response, 400, { __type: 'MissingAuthenticationTokenException', message: 'Missing Authentication Token' })
    }
    try {
      input = JSON.parse(body || '{}') as Record<string, unknown>
    } catch {
      record(400)
      return this.send(response, 400, { __type: 'SerializationException', message: 'Request body is not JSON' })
    }

    const fault = this.takeFault(operation)
    if (fault) {
      record(fault.kind)
      switch (fault.kind) {
        case 'error':
          return this.send(response, fault.error?.status ?? 400, { __type: fault.error?.type, message: fault.error?.message })
        case 'hang':
          return
        case 'throttle':
          return this.send(response, 400, { __type: 'ThrottlingException', message: 'Rate exceeded' })
        case 'error500':
          return this.send(response, 500, { __type: 'InternalFailure', message: 'Internal failure' })
        case 'error503':
          return this.send(response, 503, { __type: 'ServiceUnavailableException', message: 'Service unavailable' })
        case 'applyThenFail':
          try {
            this.model.handle(operation, input)
          } catch {
            // The client only sees the 500 below either way.
          }
          return this.send(response, 500, { __type: 'InternalFailure', message: 'Internal failure' })
      }
    }

    try {
      const output = this.model.handle(operation, input)
      record(200)
      this.send(response, 200, output)
    } catch (error) {
      if (!(error instanceof CodePipelineFault)) throw error
      record(error.status)
      this.send(response, error.status, { __type: error.type, message: error.message })
    }
  }

  private takeFault(operation: string): Fault | undefined {
    const fault = this.faults.find((candidate) => candidate.times > 0 && (!candidate.operation || candidate.operation === operation))
    if (fault) fault.times -= 1
    return fault
  }

  private send(response: ServerResponse, status: number, body: unknown): void {
    const text = JSON.stringify(toWire(body))
    response.writeHead(status, {
      'content-type': 'application/x-amz-json-1.1',
      'x-amzn-requestid': randomUUID(),
      'content-length': Buffer.byteLength(text)
    })
    response.end(text)
  }
}

/** Timestamps go on the wire as epoch seconds (JSON numbers with milliseconds). */
function toWire(value: unknown): unknown {
  if (Object.prototype.toString.call(value) === '[object Date]') return (value as Date).getTime() / 1000
  if (Array.isArray(value)) return value.map(toWire)
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toWire(item)]))
  }
  return value
}
