export const id = 520;
export const ids = [520];
export const modules = {

/***/ 1520:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  expireLabels: () => (/* binding */ expireLabels)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(3116);
;// CONCATENATED MODULE: ./src/github/remove-labels.ts

/** Removes the labels that are there; one already gone (404) is no error. Returns what was removed. */
async function removeLabels(client, repo, issueNumber, labels) {
    const removed = await Promise.all(labels.map(async (name) => {
        try {
            await client.rest.issues.removeLabel({ ...repo, issue_number: issueNumber, name });
            return [name];
        }
        catch (error) {
            if ((0,github_errors/* httpStatus */.nG)(error) === 404)
                return [];
            throw error;
        }
    }));
    return removed.flat();
}

// EXTERNAL MODULE: ./src/report/reply-text.ts
var reply_text = __webpack_require__(2932);
;// CONCATENATED MODULE: ./src/expire-labels.ts




/**
 * New commits on a pull request: its approve and reject labels vouched for
 * the commits before them, so they come off, with one short comment saying
 * why. A label never vouches for code pushed after it.
 */
async function expireLabels(context) {
    const { inputs, event } = context;
    const pull = event.payload.pull_request;
    if (!pull)
        return { outcome: 'skipped', reason: 'Skipped: the event carries no pull request.' };
    const labels = (pull.labels ?? []).map((label) => label.name).filter((name) => [inputs.approveLabel, inputs.rejectLabel].includes(name.toLowerCase()));
    if (labels.length === 0) {
        return { outcome: 'skipped', reason: `Skipped: new commits on pull request #${pull.number}, which carries neither ${inputs.approveLabel} nor ${inputs.rejectLabel}.` };
    }
    const github = await context.github(`removing ${labels.join(' and ')} from pull request #${pull.number}`);
    let removed;
    try {
        removed = await removeLabels(github.main, event.repo, pull.number, labels);
    }
    catch (error) {
        const status = (0,github_errors/* httpStatus */.nG)(error);
        // Failing loudly: a label left in place would vouch for commits nobody reviewed.
        throw new errors/* ActionError */.lZ(`Could not remove ${labels.join(' and ')} from pull request #${pull.number} after new commits (${status ? `HTTP ${status}` : (0,errors/* errorMessage */.gJ)(error)}), so it may still vouch for them: give the workflow pull-requests: write, or remove the label by hand.`, { cause: error });
    }
    const head = pull.head?.sha ? ` (head now \`${pull.head.sha}\`)` : '';
    if (removed.length > 0 && inputs.reply) {
        const text = (0,reply_text/* defuseMentions */.q)(`🏷️ Removed ${removed.map((name) => `\`${name}\``).join(' and ')}: new commits were pushed${head}, and a label never vouches for code pushed after it. Add it again once the new commits are reviewed.`);
        try {
            await github.main.rest.issues.createComment({ ...event.repo, issue_number: pull.number, body: text, request: { retries: 0 } });
        }
        catch (error) {
            context.warn(`Could not comment on pull request #${pull.number} (${(0,github_errors/* httpStatus */.nG)(error) ? `HTTP ${(0,github_errors/* httpStatus */.nG)(error)}` : (0,errors/* errorMessage */.gJ)(error)}): give the workflow pull-requests: write, or set reply to false; the labels are removed.`);
        }
    }
    const message = removed.length > 0
        ? `Removed ${removed.join(' and ')} from pull request #${pull.number}: new commits were pushed, and a label never vouches for code pushed after it.`
        : `${labels.join(' and ')} had already gone from pull request #${pull.number}.`;
    return { outcome: 'updated', messages: [message], pullRequests: [pull.number] };
}


/***/ }),

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Po: () => (/* binding */ describeGitHubFailure),
/* harmony export */   "if": () => (/* binding */ rateLimit),
/* harmony export */   nG: () => (/* binding */ httpStatus)
/* harmony export */ });
/** The HTTP status of an Octokit RequestError, if the error has one. */
function httpStatus(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}
/**
 * When GitHub refused because a rate limit is spent: a secondary limit (403
 * or 429 with retry-after, or saying so) or the primary one (403 with
 * x-ratelimit-remaining: 0). `until` is when it resets, when GitHub said.
 */
function rateLimit(error, now = Date.now()) {
    const status = httpStatus(error);
    if (status !== 403 && status !== 429)
        return undefined;
    const shape = error;
    const headers = shape.response?.headers ?? {};
    const message = typeof shape.message === 'string' ? shape.message : '';
    if (String(headers['x-ratelimit-remaining']) === '0') {
        const reset = Number(headers['x-ratelimit-reset']);
        return { kind: 'primary', until: reset > 0 ? new Date(reset * 1000) : undefined };
    }
    const retryAfter = Number(headers['retry-after']);
    if (status === 429 || /\bsecondary rate\b/i.test(message) || retryAfter > 0) {
        return { kind: 'secondary', until: retryAfter > 0 ? new Date(now + retryAfter * 1000) : undefined };
    }
    return undefined;
}
/**
 * One clause for a failed GitHub call, with what usually fixes it; `token`
 * names the input whose token made the call.
 */
function describeGitHubFailure(error, token = 'github-token') {
    const status = httpStatus(error);
    const limited = rateLimit(error);
    if (limited) {
        const which = limited.kind === 'primary' ? 'API rate limit' : 'secondary rate limit';
        const until = limited.until ? ` until ${limited.until.toISOString().replace(/\.\d{3}Z$/, 'Z')}` : '';
        return `GitHub's ${which} for the token is spent${until} (HTTP ${status}); run the job again after that`;
    }
    if (status === 401)
        return `GitHub rejected ${token} (HTTP 401); check the ${token} input`;
    if (status === 403)
        return `GitHub refused ${token} (HTTP 403); grant the workflow the permissions this action needs`;
    if (status === 404)
        return `GitHub answered 404 (not found, or not visible to ${token})`;
    const message = error?.message;
    // Octokit reports a request that got no answer (a timeout, no network) as HTTP 500 without a response.
    if (status === undefined || (status === 500 && !error.response)) {
        return `GitHub did not answer (${typeof message === 'string' ? message : String(error)}) after three attempts of 10 s at most; try again later`;
    }
    if (status >= 500)
        return `GitHub kept failing (HTTP ${status}); try again later`;
    return `GitHub answered HTTP ${status}${typeof message === 'string' ? ` (${message})` : ''}; check the inputs`;
}


/***/ }),

/***/ 2932:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ replyText),
/* harmony export */   q: () => (/* binding */ defuseMentions)
/* harmony export */ });
/**
 * The comment left on the pull request: what was sent (or would be, in a
 * dry run), or why nothing was. Mentions are defused so a reply never pings
 * the people a message names.
 */
function replyText(ending, runUrl) {
    const run = `[Workflow run](${runUrl})`;
    if (ending.outcome === 'deferred') {
        return defuseMentions(`⏳ ${ending.message.replace(/^Deferred: /, 'Nothing was sent yet: ')}\n\n${run}`);
    }
    if (ending.outcome === 'failed') {
        // Public: the short reason only; the job log has AWS's own words.
        return defuseMentions(`😕 Nothing was sent to CodePipeline. ${ending.publicMessage}\n\n${run} (the job log has the details)`);
    }
    const { approval, decision } = ending;
    const where = `**${approval.stageName}/${approval.actionName}** in pipeline **${approval.pipelineName}**`;
    const lead = ending.outcome === 'dry-run'
        ? `🧪 Dry run: would have sent **${decision}** to ${where}; nothing was sent.`
        : `${decision === 'Approved' ? '🚀' : '🛑'} **${decision}** ${where}.`;
    const rows = [
        ['Execution', approval.pipelineExecutionId && `\`${approval.pipelineExecutionId}\``],
        ['Commit', approval.commit && `\`${approval.commit}\` (${ending.verdict.verified ? (ending.pullRequest ? 'matches this pull request' : 'matches the request') : 'not checked'})`],
        ['Summary', tableCell(ending.summary)]
    ].filter((row) => Boolean(row[1]));
    const table = ['| | |', '|---|---|', ...rows.map(([field, value]) => `| ${field} | ${value} |`)].join('\n');
    return defuseMentions(`${lead}\n\n${table}\n\n${run}`);
}
function tableCell(text) {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}
/** "@alice" becomes "@\u200balice": it reads the same and notifies nobody. */
function defuseMentions(text) {
    return text.replace(/@(?=[A-Za-z0-9])/g, '@\u200b');
}


/***/ })

};
