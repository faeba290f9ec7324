export const id = 891;
export const ids = [891];
export const modules = {

/***/ 6891:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createGitHubClients: () => (/* binding */ createGitHubClients)
});

// EXTERNAL MODULE: ./node_modules/@octokit/core/dist-src/index.js + 12 modules
var dist_src = __webpack_require__(4730);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js + 3 modules
var plugin_rest_endpoint_methods_dist_src = __webpack_require__(9210);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-retry/dist-bundle/index.js
var dist_bundle = __webpack_require__(9735);
// EXTERNAL MODULE: ./node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var plugin_throttling_dist_bundle = __webpack_require__(6856);
;// CONCATENATED MODULE: ./src/github/needs-proxy-client.ts
/** The variables @actions/http-client reads for a proxy; it tries each in lower case, then upper. */
const PROXY_VARIABLES = ['https_proxy', 'http_proxy', 'no_proxy'];
/**
 * Whether the runner configures a proxy, so GitHub requests should go through
 * @actions/github's proxy-aware client rather than straight over node:https.
 * NO_PROXY alone counts too: its client is the one that interprets it.
 */
function needsProxyClient(env) {
    return PROXY_VARIABLES.some((name) => Boolean(env[name] || env[name.toUpperCase()]));
}

// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
;// CONCATENATED MODULE: ./src/github/node-http-fetch.ts
// Octokit's transport over node:http and node:https. Node's own fetch loads
// its bundled undici on first use, which costs more than the requests this
// action makes; this implements only what @octokit/request's fetch-wrapper.js
// uses. It never touches the global fetch, Response, Headers or Request.


// Required, not imported: an ES module namespace of node:http reads its lazy
// WebSocket, CloseEvent and MessageEvent exports, which load Node's undici.
const http = (0,external_node_module_.createRequire)(import.meta.url)('node:http');
/**
 * Named like the error of AbortSignal.timeout(), which the fetch-based client
 * used: @octokit/request turns any rejection but an AbortError into a
 * RequestError with status 500, which plugin-retry retries.
 */
class RequestTimeoutError extends Error {
    timeoutMs;
    name = 'TimeoutError';
    constructor(timeoutMs) {
        super(`timed out after ${timeoutMs} ms`);
        this.timeoutMs = timeoutMs;
    }
}
const MAX_REDIRECTS = 20;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);
/** RFC 9110 §9.2.2: only these may be sent again without asking. */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
const BODY_HEADERS = new Set(['content-length', 'content-type', 'content-encoding', 'content-language', 'content-location']);
/** What fetch drops when a redirect leaves the origin. */
const CREDENTIAL_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie']);
/** As http.globalAgent: an idle connection is closed after 5 s (sooner if the server says so). */
const IDLE_SOCKET_MS = 5_000;
/**
 * A fetch for Octokit's `request.fetch` over node:http and node:https.
 * Connections are kept alive between calls (one TLS handshake per host) and,
 * once idle, do not keep the process alive: Node's agent unrefs free sockets.
 */
function createNodeHttpFetch(options) {
    const agentOptions = { keepAlive: true, scheduling: 'lifo', timeout: IDLE_SOCKET_MS, ...options.agentOptions };
    const agents = { http: new http.Agent(agentOptions), https: new external_node_https_.Agent(agentOptions) };
    return async (input, init = {}) => {
        const signal = init.signal ?? undefined;
        signal?.throwIfAborted();
        const cancel = cancellation(options.timeoutMs, signal);
        try {
            return await Promise.race([follow(outgoing(input, init), init.redirect ?? 'follow', agents, cancel, options.onSending), cancel.cancelled]);
        }
        finally {
            cancel.dispose();
        }
    };
}
function cancellation(timeoutMs, signal) {
    let current;
    let over = false;
    let reject;
    const cancelled = new Promise((_resolve, rejectWith) => {
        reject = rejectWith;
    });
    const onAbort = () => cancel(signal?.reason);
    const timer = setTimeout(() => cancel(new RequestTimeoutError(timeoutMs)), timeoutMs);
    signal?.addEventListener('abort', onAbort, { once: true });
    function dispose() {
        over = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
    }
    function cancel(reason) {
        if (over)
            return;
        dispose();
        reject(reason);
        current?.destroy();
    }
    return {
        cancelled,
        isOver: () => over,
        track: (request) => {
            current = request;
            if (over)
                request.destroy();
        },
        dispose
    };
}
function outgoing(input, init) {
    const url = new URL(String(input));
    url.hash = '';
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new TypeError(`Cannot fetch ${url.protocol} URLs`);
    const method = init.method ?? 'GET';
    const body = bytesOf(init.body);
    const headers = { ...init.headers };
    const named = new Set(Object.keys(headers).map((name) => name.toLowerCase()));
    // As fetch: a length for every body, and 0 for a bodyless write (GitHub asks for it on PUT).
    if (!named.has('content-length') && (body || ['POST', 'PUT', 'PATCH'].includes(method.toUpperCase()))) {
        headers['content-length'] = String(body?.length ?? 0);
    }
    return { url, method, headers, body };
}
function bytesOf(body) {
    if (body === undefined || body === null)
        return undefined;
    if (typeof body === 'string')
        return Buffer.from(body, 'utf8');
    if (body instanceof ArrayBuffer)
        return Buffer.from(body);
    if (ArrayBuffer.isView(body))
        return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    throw new TypeError('Only a string, an ArrayBuffer or a typed array can be sent as a body');
}
/** fetch's redirect handling (WHATWG fetch, HTTP-redirect fetch). */
async function follow(request, mode, agents, cancel, onSending) {
    for (let redirects = 0;; redirects++) {
        const answer = await exchange(request, agents, cancel, onSending);
        const location = REDIRECT_STATUSES.has(answer.status) ? answer.headers.location?.[0] : undefined;
        if (location === undefined || mode === 'manual')
            return response(answer, request, redirects > 0);
        if (mode === 'error')
            throw new TypeError(`${request.url.href} redirects to ${location}, and redirect is "error"`);
        if (redirects === MAX_REDIRECTS)
            throw new TypeError(`More than ${MAX_REDIRECTS} redirects from ${request.url.href}`);
        request = redirected(request, answer.status, new URL(location, request.url));
    }
}
function redirected(request, status, url) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
        throw new TypeError(`${request.url.href} redirects to a ${url.protocol} URL`);
    url.hash = '';
    const toGet = (status === 303 && request.method !== 'GET' && request.method !== 'HEAD') || ((status === 301 || status === 302) && request.method === 'POST');
    const crossOrigin = url.origin !== request.url.origin;
    const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => !(toGet && BODY_HEADERS.has(name.toLowerCase())) && !(crossOrigin && CREDENTIAL_HEADERS.has(name.toLowerCase()))));
    return toGet ? { url, method: 'GET', headers, body: undefined } : { ...request, url, headers };
}
/** One request and its whole answer; once more on a fresh connection if a kept-alive one turns out closed. */
function exchange(request, agents, cancel, onSending, retried = false) {
    return new Promise((resolve, reject) => {
        const { url, method, headers, body } = request;
        const client = url.protocol === 'https:' ? { request: external_node_https_.request, agent: agents.https } : { request: http.request, agent: agents.http };
        const outgoing = client.request(url, { method, headers, agent: client.agent });
        cancel.track(outgoing);
        onSending?.(new Promise((written) => outgoing.once('finish', written).once('close', written)));
        let answered = false;
        outgoing.on('error', (error) => {
            // The server closed an idle connection as this request went out on it.
            const stale = !answered && !retried && outgoing.reusedSocket && error.code === 'ECONNRESET' && IDEMPOTENT_METHODS.has(method.toUpperCase());
            if (stale && !cancel.isOver())
                resolve(exchange(request, agents, cancel, onSending, true));
            else
                reject(error);
        });
        outgoing.on('response', (incoming) => {
            answered = true;
            const chunks = [];
            incoming.on('data', (chunk) => chunks.push(chunk));
            incoming.on('error', reject);
            incoming.on('close', () => {
                if (!incoming.complete)
                    reject(new Error(`The connection to ${url.host} closed before the answer was complete`));
            });
            incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, statusText: incoming.statusMessage ?? '', headers: incoming.headersDistinct, bytes: Buffer.concat(chunks) }));
        });
        outgoing.end(body);
    });
}
function response(answer, request, redirected) {
    const { status, bytes } = answer;
    const nullBody = request.method.toUpperCase() === 'HEAD' || NULL_BODY_STATUSES.has(status);
    const text = async () => {
        const decoded = bytes.toString('utf8');
        // fetch's UTF-8 decode drops a byte order mark.
        return decoded.charCodeAt(0) === 0xfeff ? decoded.slice(1) : decoded;
    };
    return {
        status,
        statusText: answer.statusText,
        ok: status >= 200 && status <= 299,
        url: request.url.href,
        redirected,
        headers: responseHeaders(answer.headers),
        get body() {
            if (nullBody)
                return null;
            return new ReadableStream({
                start(controller) {
                    if (bytes.length > 0)
                        controller.enqueue(new Uint8Array(bytes));
                    controller.close();
                }
            });
        },
        text,
        json: async () => JSON.parse(await text()),
        arrayBuffer: async () => new Uint8Array(bytes).buffer
    };
}
/** As fetch's Headers: lower-case names in order, repeated fields joined with ", ", set-cookie one by one. */
function responseHeaders(fields) {
    const values = (name) => fields[name.toLowerCase()];
    function* entries() {
        for (const name of Object.keys(fields).sort()) {
            const all = fields[name] ?? [];
            if (name === 'set-cookie')
                for (const value of all)
                    yield [name, value];
            else
                yield [name, all.join(', ')];
        }
    }
    return {
        get: (name) => values(name)?.join(', ') ?? null,
        has: (name) => values(name) !== undefined,
        entries,
        [Symbol.iterator]: entries
    };
}

;// CONCATENATED MODULE: ./src/github/client.ts






/** Every GitHub request gives up after this long, so a hung API cannot hang the job. */
const GITHUB_REQUEST_TIMEOUT_MS = 10_000;
/** plugin-retry retries 5xx and timeouts, after 1 s and then 4 s. */
const GITHUB_RETRIES = 2;
/**
 * Rate limits are waited out only while GitHub says they lift within this
 * long, in all, for the whole run, and twice per request at most; a longer
 * one fails the step and says when it resets.
 */
const RATE_LIMIT_BUDGET_SECONDS = 60;
const RATE_LIMIT_RETRIES = 2;
/** How long sent() waits for requests to reach the transport, at most. */
const SENT_WAIT_MS = 100;
// plugin-throttling paces writes 1 s apart (3 s for comments), which would
// put seconds on every answer; this action makes a handful of requests, so
// the plugin's part is only to wait when GitHub says to.
const unpaced = { key: () => ({ schedule: (_options, task, ...args) => task(...args) }) };
const LightOctokit = dist_src/* Octokit */.E.plugin(plugin_rest_endpoint_methods_dist_src/* restEndpointMethods */._, dist_bundle/* retry */.L, plugin_throttling_dist_bundle/* throttling */.A);
/**
 * Octokit with a timeout on each request, retries with backoff, and rate
 * limits waited out within bounds. GITHUB_API_URL applies. Requests go over
 * node:http and node:https, which start far faster than fetch and its
 * undici; when the runner sets a proxy (HTTPS_PROXY, HTTP_PROXY, NO_PROXY),
 * @actions/github's proxy-aware fetch carries them instead.
 */
function createGitHubClients(options = {}) {
    const env = options.env ?? process.env;
    const timeoutMs = options.requestTimeoutMs ?? GITHUB_REQUEST_TIMEOUT_MS;
    const debug = options.debug ?? (() => undefined);
    // What has gone out: requests made (counted as Octokit starts each) and
    // handed to the transport, which says when each is written.
    let made = 0;
    const writes = [];
    const proxied = needsProxyClient(env);
    const transport = proxied ? proxyFetch(timeoutMs) : createNodeHttpFetch({ timeoutMs, onSending: (written) => writes.push(written) });
    const fetchWithLog = async (url, init) => {
        const started = performance.now();
        const what = `GitHub ${init?.method ?? 'GET'} ${new URL(String(url)).pathname}`;
        try {
            const response = (await transport(url, init));
            debug(`${what}: HTTP ${response.status} in ${Math.round(performance.now() - started)} ms`);
            return response;
        }
        catch (error) {
            debug(`${what}: no answer after ${Math.round(performance.now() - started)} ms`);
            throw error;
        }
    };
    let waited = 0;
    const waitOut = (retryAfter, request, retryCount) => {
        // Cosmetic calls (reactions, replies) are tried once and never wait.
        const cosmetic = request.request?.retries === 0;
        const wanted = !cosmetic && retryCount < RATE_LIMIT_RETRIES && waited + retryAfter <= RATE_LIMIT_BUDGET_SECONDS;
        if (!wanted)
            return false;
        waited += retryAfter;
        options.log?.(`GitHub rate limit on ${request.method} ${request.url}: waiting ${retryAfter} s, as GitHub asks, before trying again.`);
        return true;
    };
    const create = (token) => {
        const octokit = new LightOctokit({
            auth: token,
            baseUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
            userAgent: 'codepipeline-approval-action',
            request: { fetch: fetchWithLog },
            // 429 is a rate limit: plugin-throttling waits as long as GitHub asks, plugin-retry would not.
            retry: {
                retries: GITHUB_RETRIES,
                doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
                ...(options.retryBaseMs !== undefined && { retryAfterBaseValue: options.retryBaseMs })
            },
            throttle: {
                onRateLimit: (retryAfter, request, _octokit, retryCount) => waitOut(retryAfter, request, retryCount),
                onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => waitOut(retryAfter, request, retryCount),
                // @ts-expect-error global is read from these options like the others, but not declared
                global: unpaced,
                write: unpaced,
                search: unpaced,
                notifications: unpaced
            }
        });
        octokit.hook.before('request', () => void made++);
        return octokit;
    };
    return {
        create,
        async sent() {
            // Octokit's plugins queue a request for a few milliseconds before the
            // transport sees it; wait for those made so far, within bounds.
            const deadline = performance.now() + SENT_WAIT_MS;
            do
                await new Promise((resolve) => setImmediate(resolve));
            while (!proxied && writes.length < made && performance.now() < deadline);
            await Promise.all(writes);
        }
    };
}
/**
 * @actions/github's fetch, which honours the runner's proxy settings, with
 * the action's timeout; it loads (with its undici) on the first request.
 */
function proxyFetch(timeoutMs) {
    let proxied;
    return async (url, init) => {
        proxied ??= __webpack_require__.e(/* import() */ 803).then(__webpack_require__.bind(__webpack_require__, 803)).then(({ defaults }) => defaults.request?.fetch ?? fetch);
        const timeout = AbortSignal.timeout(timeoutMs);
        return (await proxied)(url, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
    };
}


/***/ })

};
