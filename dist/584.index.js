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



/** Every GitHub request gives up after this long, so a hung API cannot hang the job. */
const GITHUB_REQUEST_TIMEOUT_MS = 10_000;
/** plugin-retry retries 5xx, 429 and timeouts, after 1 s and then 4 s. */
const GITHUB_RETRIES = 2;
/**
 * Octokit from @actions/github (GITHUB_API_URL and the runner's proxy
 * settings apply), with a timeout on each request and retries with backoff.
 */
function createGitHubClient(token, options = {}) {
    const timeoutMs = options.requestTimeoutMs ?? GITHUB_REQUEST_TIMEOUT_MS;
    // Keep @actions/github's proxy-aware fetch: passing `request` replaces its defaults.
    const proxyFetch = _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.request?.fetch ?? fetch;
    const fetchWithTimeout = (url, init) => {
        const timeout = AbortSignal.timeout(timeoutMs);
        return proxyFetch(url, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout });
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(token, {
        // Explicit, so a stubbed getOctokit (@github/local-action) also honours GITHUB_API_URL.
        baseUrl: _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.baseUrl,
        request: { fetch: fetchWithTimeout },
        retry: { retries: GITHUB_RETRIES, ...(options.retryBaseMs !== undefined && { retryAfterBaseValue: options.retryBaseMs }) }
    }, _octokit_plugin_retry__WEBPACK_IMPORTED_MODULE_2__/* .retry */ .L);
}


/***/ })

};
