export const id = 584;
export const ids = [584];
export const modules = {

/***/ 6584:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubClient: () => (/* binding */ createGitHubClient)
/* harmony export */ });
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5555);
/* harmony import */ var _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9735);
/* harmony import */ var _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6856);




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
// plugin-throttling paces writes 1 s apart (3 s for comments), which would
// put seconds on every answer; this action makes a handful of requests, so
// the plugin's part is only to wait when GitHub says to.
const unpaced = { key: () => ({ schedule: (_options, task, ...args) => task(...args) }) };
/**
 * Octokit from @actions/github (GITHUB_API_URL and the runner's proxy
 * settings apply), with a timeout on each request, retries with backoff, and
 * rate limits waited out within bounds.
 */
function createGitHubClient(token, options = {}) {
    const timeoutMs = options.requestTimeoutMs ?? GITHUB_REQUEST_TIMEOUT_MS;
    const debug = options.debug ?? (() => undefined);
    // Keep @actions/github's proxy-aware fetch: passing `request` replaces its defaults.
    const proxyFetch = _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.request?.fetch ?? fetch;
    const fetchWithTimeout = async (url, init) => {
        const timeout = AbortSignal.timeout(timeoutMs);
        const started = performance.now();
        const what = `GitHub ${init?.method ?? 'GET'} ${new URL(String(url)).pathname}`;
        try {
            const response = await proxyFetch(url, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
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
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        // Explicit, so a stubbed getOctokit (@github/local-action) also honours GITHUB_API_URL.
        baseUrl: _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.baseUrl,
        request: { fetch: fetchWithTimeout },
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
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L, _octokit_plugin_throttling__WEBPACK_IMPORTED_MODULE_3__/* .throttling */ .A);
}


/***/ })

};
