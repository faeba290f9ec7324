export const id = 950;
export const ids = [950];
export const modules = {

/***/ 3359:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ CodePipelineError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/**
 * A failed CodePipeline call, described for the user; `code` is the AWS error
 * name, and `transient` says whether asking again later may succeed.
 */
class CodePipelineError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ {
    code;
    attempts;
    transient;
    constructor(message, code, attempts, options) {
        super(message, options);
        this.code = code;
        this.attempts = attempts;
        this.name = 'CodePipelineError';
        this.transient = options?.transient ?? false;
    }
}


/***/ }),

/***/ 950:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createCodePipelineApi: () => (/* binding */ createCodePipelineApi)
});

// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codepipeline/dist-es/CodePipelineClient.js + 11 modules
var CodePipelineClient = __webpack_require__(1016);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codepipeline/dist-es/commands/GetPipelineCommand.js
var GetPipelineCommand = __webpack_require__(8446);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codepipeline/dist-es/commands/GetPipelineStateCommand.js
var GetPipelineStateCommand = __webpack_require__(2097);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codepipeline/dist-es/commands/GetPipelineExecutionCommand.js
var GetPipelineExecutionCommand = __webpack_require__(1123);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codepipeline/dist-es/commands/ListPipelineExecutionsCommand.js
var ListPipelineExecutionsCommand = __webpack_require__(2415);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codepipeline/dist-es/commands/ListActionExecutionsCommand.js
var ListActionExecutionsCommand = __webpack_require__(4611);
// EXTERNAL MODULE: ./node_modules/@aws-sdk/client-codepipeline/dist-es/commands/PutApprovalResultCommand.js
var PutApprovalResultCommand = __webpack_require__(7905);
;// CONCATENATED MODULE: ./src/codepipeline/aws-errors.ts
/** The AWS error name, and how many attempts the SDK made before giving up. */
function awsErrorFacts(error) {
    const shape = (error ?? {});
    return {
        code: shape.name ?? shape.code ?? 'Error',
        attempts: shape.$metadata?.attempts ?? 1,
        status: shape.$metadata?.httpStatusCode
    };
}
// Errors that a later attempt may not meet: throttling, timeouts, 5xx, the network.
const TRANSIENT = new Set(['ThrottlingException', 'LimitExceededException', 'TimeoutError', 'RequestTimeout']);
/** Whether waiting and asking again may help; access, names and input errors never heal. */
function isTransientAwsError(error) {
    const { code, status } = awsErrorFacts(error);
    const networkCode = error?.code;
    return TRANSIENT.has(code) || (status !== undefined && status >= 500) || (typeof networkCode === 'string' && /^E[A-Z_]+$/.test(networkCode));
}
/**
 * One sentence for a failed CodePipeline call: what happened and what to do.
 * With `forPublic`, AWS's own text (which carries account ids and role ARNs)
 * is left out, for replies on pull requests.
 */
function describeAwsError(error, target, { forPublic = false } = {}) {
    const shape = (error ?? {});
    const { code, attempts, status } = awsErrorFacts(error);
    const awsSays = forPublic ? '' : (shape.message ?? '').trim().replace(/\.$/, '');
    const pipeline = `pipeline "${target.pipelineName}"`;
    const approval = `${target.stageName ?? '?'}/${target.actionName ?? '?'} in ${pipeline}`;
    const where = target.region ? ` in ${target.region}` : '';
    const tries = attempts > 1 ? ` after ${attempts} attempts` : '';
    switch (code) {
        case 'PipelineNotFoundException':
            return `CodePipeline found no ${pipeline}${where}: check pipeline-name and aws-region.`;
        case 'StageNotFoundException':
            return `CodePipeline found no stage "${target.stageName ?? ''}" in ${pipeline}: check stage-name.`;
        case 'ActionNotFoundException':
            return `CodePipeline found no action "${target.actionName ?? ''}" in stage "${target.stageName ?? ''}" of ${pipeline}: check action-name.`;
        case 'PipelineExecutionNotFoundException':
            return `CodePipeline no longer knows the execution waiting at ${approval}: run the action again.`;
        case 'InvalidApprovalTokenException':
            return `The approval ${approval} is no longer waiting for this answer (its token was already used, or it expired): check the pipeline in the console and run the action again if it still waits.`;
        case 'ApprovalAlreadyCompletedException':
            return `The approval ${approval} was already answered, so nothing was changed: check the pipeline's history in the console.`;
        case 'AccessDeniedException':
        case 'AccessDenied':
            return `The AWS credentials may not call codepipeline:${target.operation}${awsSays ? ` (${awsSays})` : ''}: allow codepipeline:${target.operation} on the pipeline in the role's IAM policy.`;
        case 'UnrecognizedClientException':
        case 'InvalidSignatureException':
        case 'ExpiredTokenException':
        case 'InvalidClientTokenId':
            return `AWS rejected the credentials (${code}): check the aws-actions/configure-aws-credentials step before this one.`;
        case 'CredentialsProviderError':
            return 'No AWS credentials were found: add aws-actions/configure-aws-credentials before this step.';
        case 'ValidationException':
            return `CodePipeline rejected ${target.operation} as invalid${awsSays ? ` (${awsSays})` : ''}: check the pipeline, stage and action names.`;
        case 'ThrottlingException':
        case 'LimitExceededException':
            return `CodePipeline kept throttling ${target.operation}${tries}: try again in a minute.`;
        case 'TimeoutError':
        case 'RequestTimeout':
            return `CodePipeline did not answer ${target.operation}${tries}: check the network, or AWS_ENDPOINT_URL_CODEPIPELINE if it is set, and try again.`;
    }
    if (/region is missing/i.test(shape.message ?? '')) {
        return 'No AWS region is set: set the aws-region input, or AWS_REGION (aws-actions/configure-aws-credentials sets it).';
    }
    if (status !== undefined && status >= 500) {
        return `CodePipeline failed ${target.operation} with HTTP ${status}${tries}: try again later.`;
    }
    const networkCode = error?.code;
    if (typeof networkCode === 'string' && /^E[A-Z_]+$/.test(networkCode)) {
        return `Could not reach CodePipeline for ${target.operation} (${networkCode})${tries}: check the network, or AWS_ENDPOINT_URL_CODEPIPELINE if it is set.`;
    }
    return `CodePipeline ${target.operation} failed (${code}${awsSays ? `: ${awsSays}` : ''}): check the inputs and the pipeline.`;
}

// EXTERNAL MODULE: ./src/codepipeline/api.ts
var api = __webpack_require__(3359);
;// CONCATENATED MODULE: ./src/codepipeline/client.ts



/** Every request gives up after this long, so a hung endpoint cannot hang the job. */
const REQUEST_TIMEOUT_MS = 10_000;
const CONNECT_TIMEOUT_MS = 5_000;
/** The SDK's standard retry strategy backs off on throttling, 5xx and timeouts. */
const MAX_ATTEMPTS = 3;
/**
 * CodePipeline over the AWS SDK: credentials, region and endpoint
 * (AWS_ENDPOINT_URL_CODEPIPELINE) come from the SDK's default resolution.
 * Failures are rethrown as one sentence that names what failed.
 */
function createCodePipelineApi(options) {
    const client = new CodePipelineClient/* CodePipelineClient */.p({
        region: options.region,
        maxAttempts: MAX_ATTEMPTS,
        // Without throwOnRequestTimeout the SDK only logs a slow request and keeps waiting.
        requestHandler: {
            connectionTimeout: CONNECT_TIMEOUT_MS,
            requestTimeout: options.requestTimeoutMs ?? REQUEST_TIMEOUT_MS,
            throwOnRequestTimeout: true
        },
        customUserAgent: 'codepipeline-approval-action'
    });
    const debug = options.debug ?? (() => undefined);
    async function call(target, send) {
        const started = performance.now();
        const took = () => `${Math.round(performance.now() - started)} ms`;
        try {
            const output = await send();
            debug(`CodePipeline ${target.operation}: HTTP ${output.$metadata?.httpStatusCode ?? '?'} in ${took()} (${output.$metadata?.attempts ?? 1} attempt(s))`);
            return output;
        }
        catch (error) {
            const region = await client.config.region().catch(() => undefined);
            const { code, attempts, status } = awsErrorFacts(error);
            debug(`CodePipeline ${target.operation}: ${code}${status ? ` (HTTP ${status})` : ''} in ${took()} (${attempts} attempt(s))`);
            const where = { ...target, region };
            throw new api/* CodePipelineError */.S(describeAwsError(error, where), code, attempts, {
                cause: error,
                publicMessage: describeAwsError(error, where, { forPublic: true }),
                transient: isTransientAwsError(error)
            });
        }
    }
    return {
        async getPipeline(pipelineName) {
            const output = await call({ operation: 'GetPipeline', pipelineName }, () => client.send(new GetPipelineCommand/* GetPipelineCommand */.Y({ name: pipelineName })));
            if (!output.pipeline)
                throw new api/* CodePipelineError */.S(`CodePipeline returned no declaration for pipeline "${pipelineName}".`, 'EmptyResponse', 1);
            return output.pipeline;
        },
        async getPipelineState(pipelineName) {
            const output = await call({ operation: 'GetPipelineState', pipelineName }, () => client.send(new GetPipelineStateCommand/* GetPipelineStateCommand */.d({ name: pipelineName })));
            for (const stage of output.stageStates ?? []) {
                for (const action of stage.actionStates ?? []) {
                    if (action.latestExecution?.token)
                        options.mask(action.latestExecution.token);
                }
            }
            return output;
        },
        async getPipelineExecution(pipelineName, pipelineExecutionId) {
            const output = await call({ operation: 'GetPipelineExecution', pipelineName }, () => client.send(new GetPipelineExecutionCommand/* GetPipelineExecutionCommand */.q({ pipelineName, pipelineExecutionId })));
            return output.pipelineExecution ?? {};
        },
        listPipelineExecutions(pipelineName, nextToken) {
            return call({ operation: 'ListPipelineExecutions', pipelineName }, () => client.send(new ListPipelineExecutionsCommand/* ListPipelineExecutionsCommand */.b({ pipelineName, maxResults: 100, nextToken })));
        },
        async listActionExecutions(pipelineName, pipelineExecutionId, nextToken) {
            const output = await call({ operation: 'ListActionExecutions', pipelineName }, () => client.send(new ListActionExecutionsCommand/* ListActionExecutionsCommand */.X({ pipelineName, filter: { pipelineExecutionId }, maxResults: 100, nextToken })));
            // In PARALLEL mode an approval's externalExecutionId is its token.
            for (const detail of output.actionExecutionDetails ?? []) {
                const id = detail.output?.executionResult?.externalExecutionId;
                if (id && detail.input?.actionTypeId?.category === 'Approval')
                    options.mask(id);
            }
            return output;
        },
        region() {
            return client.config.region().catch(() => undefined);
        },
        putApprovalResult(input) {
            const { pipelineName = '', stageName, actionName } = input;
            return call({ operation: 'PutApprovalResult', pipelineName, stageName, actionName }, () => client.send(new PutApprovalResultCommand/* PutApprovalResultCommand */.D(input)));
        }
    };
}


/***/ })

};
