export const id = 55;
export const ids = [55];
export const modules = {

/***/ 9197:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   lA: () => (/* binding */ composeSummary),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* unused harmony export SUMMARY_LIMIT */
/** PutApprovalResult's limit, in UTF-16 code units (JavaScript string length). */
const SUMMARY_LIMIT = 512;
/**
 * "Approved by @alice via <link> (commit <40 hex>): <reason> <note>", at most
 * 512 code units. The actor and the link always stay: the approval's history
 * in AWS shows only the role that sent it, so they are the audit trail.
 */
function composeSummary(parts) {
    const head = `${parts.decision} by @${parts.actor}${parts.rerunBy ? ` (re-run by @${parts.rerunBy})` : ''}${parts.how ? `, who ${parts.how}` : ' via'} ${parts.link}` +
        (parts.commit ? ` (commit ${parts.commit})` : '');
    const reason = parts.reason ?? '';
    const note = parts.note ?? '';
    const join = (a, b) => [a, b].filter(Boolean).join(' ');
    const withTail = (tail) => (tail ? `${head}: ${tail}` : head);
    const full = withTail(join(reason, note));
    if (full.length <= SUMMARY_LIMIT)
        return full;
    const room = SUMMARY_LIMIT - head.length - 2;
    const noteRoom = note ? note.length + 1 : 0;
    const keptReason = truncate(reason, room - noteRoom);
    return withTail(truncate(join(keptReason, note), room));
}
/** Cuts to at most `max` code units, ending in "…", never between a surrogate pair. */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    if (max <= 1)
        return '';
    let end = max - 1;
    const previous = text.charCodeAt(end - 1);
    if (previous >= 0xd800 && previous <= 0xdbff)
        end -= 1;
    return `${text.slice(0, end).trimEnd()}…`;
}


/***/ }),

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

/***/ 363:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cB: () => (/* binding */ readApprovalExecution),
/* harmony export */   gR: () => (/* binding */ readWaitingApprovals),
/* harmony export */   tE: () => (/* binding */ executionCommits)
/* harmony export */ });
/* harmony import */ var _commit_check_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(751);
/* harmony import */ var _pending_approvals_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8537);


const STATUSES = new Set(['InProgress', 'Succeeded', 'Failed', 'Abandoned']);
/** The Git commits of one execution's sources. */
async function executionCommits(api, pipelineName, pipelineExecutionId) {
    const execution = await api.getPipelineExecution(pipelineName, pipelineExecutionId);
    return (0,_commit_check_js__WEBPACK_IMPORTED_MODULE_0__/* .gitCommits */ .$E)((execution.artifactRevisions ?? []).flatMap((revision) => revision.revisionId ?? []));
}
/**
 * One execution's run of an approval, read side by side: its action
 * executions (ListActionExecutions for that execution, because
 * GetPipelineState may already show a newer execution in the stage), its
 * commits, and, outside PARALLEL mode, the token that GetPipelineState shows
 * while it waits.
 */
async function readApprovalExecution(api, layout, target, pipelineExecutionId) {
    const { pipelineName, executionMode } = layout;
    const parallel = executionMode === 'PARALLEL';
    const [details, commits, state] = await Promise.all([
        (0,_pending_approvals_js__WEBPACK_IMPORTED_MODULE_1__/* .listAllActionExecutions */ .zJ)(api, pipelineName, pipelineExecutionId),
        executionCommits(api, pipelineName, pipelineExecutionId),
        parallel ? undefined : api.getPipelineState(pipelineName)
    ]);
    // Newest first: a retried stage runs the approval again.
    const detail = details.find((candidate) => candidate.stageName === target.stageName && candidate.actionName === target.actionName);
    const status = detail?.status && STATUSES.has(detail.status) ? detail.status : undefined;
    const base = { ...target, pipelineName, executionMode, pipelineExecutionId, status, commits };
    if (status !== 'InProgress') {
        return { ...base, summary: detail?.output?.executionResult?.externalExecutionSummary, updatedBy: detail?.updatedBy };
    }
    if (parallel)
        return { ...base, token: detail?.output?.executionResult?.externalExecutionId };
    // The stage holds one execution: the token is this execution's only if the stage shows it.
    const stage = state?.stageStates?.find((candidate) => candidate.stageName === target.stageName);
    const latest = state && (0,_pending_approvals_js__WEBPACK_IMPORTED_MODULE_1__/* .latestInState */ .av)(state, target);
    const own = stage?.latestExecution?.pipelineExecutionId === pipelineExecutionId && latest?.status === 'InProgress';
    return { ...base, token: own ? latest?.token : undefined };
}
/**
 * Every run of the target approvals that waits now, with its token and
 * commits: all waiting executions in PARALLEL mode, the stage's one otherwise.
 */
async function readWaitingApprovals(api, layout, targets) {
    const { pending } = await (0,_pending_approvals_js__WEBPACK_IMPORTED_MODULE_1__/* .readPendingApprovals */ .qg)(api, layout, targets);
    return Promise.all(pending
        .filter((approval) => approval.pipelineExecutionId)
        .map(async (approval) => ({
        stageName: approval.stageName,
        actionName: approval.actionName,
        pipelineName: layout.pipelineName,
        executionMode: layout.executionMode,
        pipelineExecutionId: approval.pipelineExecutionId,
        status: 'InProgress',
        token: approval.token,
        commits: approval.revisions ? (0,_commit_check_js__WEBPACK_IMPORTED_MODULE_0__/* .gitCommits */ .$E)(approval.revisions) : await executionCommits(api, layout.pipelineName, approval.pipelineExecutionId)
    })));
}


/***/ }),

/***/ 8537:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   av: () => (/* binding */ latestInState),
/* harmony export */   qg: () => (/* binding */ readPendingApprovals),
/* harmony export */   zJ: () => (/* binding */ listAllActionExecutions)
/* harmony export */ });
/* harmony import */ var _pipeline_layout_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5808);

// Executions are listed newest first; one still waiting at an approval is
// among the most recent ones, so the listing stops after this many pages.
const MAX_EXECUTION_PAGES = 5;
// One execution has a handful of actions; the cap only guards against a
// misbehaving endpoint that keeps returning a nextToken.
const MAX_ACTION_PAGES = 10;
/** One look at which target approvals wait for an answer, with their tokens. */
async function readPendingApprovals(api, layout, targets, first = {}) {
    if (layout.executionMode === 'PARALLEL')
        return readParallel(api, layout.pipelineName, targets, first.executions);
    return pendingInState(first.state ?? (await api.getPipelineState(layout.pipelineName)), targets);
}
function sourceRevisions(revisions) {
    return revisions.flatMap((revision) => (revision.revisionId ? [revision.revisionId] : []));
}
/**
 * SUPERSEDED and QUEUED: a stage holds one execution, and GetPipelineState
 * shows the approval's token while it is InProgress.
 */
function pendingInState(state, targets) {
    const snapshot = { pending: [], notPending: [] };
    for (const target of targets) {
        const stage = state.stageStates?.find((candidate) => candidate.stageName === target.stageName);
        const latest = latestInState(state, target);
        if (latest?.status === 'InProgress' && latest.token) {
            snapshot.pending.push({ ...target, token: latest.token, pipelineExecutionId: stage?.latestExecution?.pipelineExecutionId });
        }
        else {
            snapshot.notPending.push(`${(0,_pipeline_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .describeApproval */ .xh)(target)} is ${latest?.status ?? 'not run yet'}`);
        }
    }
    return snapshot;
}
/** The latest execution of an action, as GetPipelineState shows it. */
function latestInState(state, target) {
    return state.stageStates
        ?.find((stage) => stage.stageName === target.stageName)
        ?.actionStates?.find((action) => action.actionName === target.actionName)?.latestExecution;
}
/**
 * PARALLEL: GetPipelineState shows no token and several executions can wait
 * at the same approval, so each execution in progress is asked for its
 * action executions; an approval's token is its externalExecutionId.
 */
async function readParallel(api, pipelineName, targets, firstPage) {
    const inProgress = [];
    let nextToken;
    for (let page = 0; page < MAX_EXECUTION_PAGES; page++) {
        const listing = page === 0 && firstPage ? firstPage : await api.listPipelineExecutions(pipelineName, nextToken);
        inProgress.push(...(listing.pipelineExecutionSummaries ?? []).filter((execution) => execution.status === 'InProgress'));
        nextToken = listing.nextToken;
        if (!nextToken)
            break;
    }
    const perExecution = await Promise.all(inProgress.map(async (execution) => {
        const executionId = execution.pipelineExecutionId ?? '';
        const details = await listAllActionExecutions(api, pipelineName, executionId);
        const revisions = sourceRevisions(execution.sourceRevisions ?? []);
        return targets.flatMap((target) => {
            const detail = details.find((candidate) => candidate.stageName === target.stageName && candidate.actionName === target.actionName && candidate.status === 'InProgress');
            const token = detail?.output?.executionResult?.externalExecutionId;
            return token ? [{ ...target, token, pipelineExecutionId: executionId, revisions }] : [];
        });
    }));
    const pending = perExecution.flat();
    const notPending = targets
        .filter((target) => !pending.some((approval) => approval.stageName === target.stageName && approval.actionName === target.actionName))
        .map((target) => `no execution waits at ${(0,_pipeline_layout_js__WEBPACK_IMPORTED_MODULE_0__/* .describeApproval */ .xh)(target)} (${inProgress.length} in progress)`);
    return { pending, notPending };
}
/** Every action execution of one pipeline execution, page by page. */
async function listAllActionExecutions(api, pipelineName, pipelineExecutionId) {
    const details = [];
    let nextToken;
    for (let page = 0; page < MAX_ACTION_PAGES; page++) {
        const listing = await api.listActionExecutions(pipelineName, pipelineExecutionId, nextToken);
        details.push(...(listing.actionExecutionDetails ?? []));
        nextToken = listing.nextToken;
        if (!nextToken)
            break;
    }
    return details;
}


/***/ }),

/***/ 5808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T4: () => (/* binding */ readLayout),
/* harmony export */   h5: () => (/* binding */ resolveTargets),
/* harmony export */   xh: () => (/* binding */ describeApproval)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

/** Reads the stages, actions and execution mode from GetPipeline's declaration. */
function readLayout(declaration) {
    return {
        pipelineName: declaration.name ?? '',
        executionMode: declaration.executionMode ?? 'SUPERSEDED',
        stages: (declaration.stages ?? []).map((stage) => ({
            name: stage.name ?? '',
            actions: (stage.actions ?? []).map((action) => {
                const type = action.actionTypeId;
                const isManualApproval = type?.category === 'Approval' && type.owner === 'AWS' && type.provider === 'Manual';
                return { name: action.name ?? '', kind: isManualApproval ? 'Manual approval' : `${type?.category ?? 'unknown'} action` };
            })
        }))
    };
}
function describeApproval(approval) {
    return `${approval.stageName}/${approval.actionName}`;
}
/**
 * The Manual approval actions that stage-name and action-name point at. A
 * name that matches nothing, or an action name found in several stages,
 * fails here, naming what exists: the action never picks one by guessing.
 */
function resolveTargets(layout, stageName, actionName) {
    const pipeline = `pipeline "${layout.pipelineName}"`;
    const allApprovals = layout.stages.flatMap((stage) => stage.actions.filter((action) => action.kind === 'Manual approval').map((action) => ({ stageName: stage.name, actionName: action.name })));
    const approvalList = allApprovals.length > 0 ? allApprovals.map(describeApproval).join(', ') : 'none';
    let stages = layout.stages;
    if (stageName) {
        stages = stages.filter((stage) => stage.name === stageName);
        if (stages.length === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`There is no stage "${stageName}" in ${pipeline} (its stages: ${layout.stages.map((stage) => stage.name).join(', ')}): check stage-name.`);
        }
    }
    if (actionName) {
        const found = stages.flatMap((stage) => stage.actions.filter((action) => action.name === actionName).map((action) => ({ stage: stage.name, ...action })));
        const where = stageName ? `stage "${stageName}" of ${pipeline}` : pipeline;
        if (found.length === 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`There is no action "${actionName}" in ${where} (its Manual approvals: ${approvalList}): check action-name.`);
        }
        if (found.length > 1) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Action "${actionName}" is in several stages of ${pipeline} (${found.map((action) => action.stage).join(', ')}): set stage-name to choose one.`);
        }
        const [action] = found;
        if (action.kind !== 'Manual approval') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Action "${actionName}" in stage "${action.stage}" of ${pipeline} is a ${action.kind}, not a Manual approval (its Manual approvals: ${approvalList}): check action-name.`);
        }
        return [{ stageName: action.stage, actionName }];
    }
    const targets = allApprovals.filter((approval) => !stageName || approval.stageName === stageName);
    if (targets.length === 0) {
        const where = stageName ? `stage "${stageName}" of ${pipeline}` : pipeline;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`There is no Manual approval action in ${where} (its Manual approvals: ${approvalList}): check the names, or add a Manual approval to the pipeline.`);
    }
    return targets;
}


/***/ }),

/***/ 9221:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ sendApproval)
/* harmony export */ });
/* harmony import */ var _api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3359);
/* harmony import */ var _pending_approvals_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8537);


// What a retried PutApprovalResult answers when its first attempt went through.
const ANSWERED = new Set(['ApprovalAlreadyCompletedException', 'InvalidApprovalTokenException']);
/**
 * Sends the decision. When the SDK retried (a lost answer, a timeout) and the
 * retry is told the approval is already answered, the state is read again:
 * if it shows this very result, the first attempt went through.
 */
async function sendApproval(api, approval, decision, summary, log) {
    const { pipelineName, stageName, actionName, token } = approval;
    try {
        const { approvedAt } = await api.putApprovalResult({ pipelineName, stageName, actionName, token, result: { status: decision, summary } });
        return { approvedAt, confirmedFromState: false };
    }
    catch (error) {
        if (!(error instanceof _api_js__WEBPACK_IMPORTED_MODULE_0__/* .CodePipelineError */ .S) || !ANSWERED.has(error.code) || error.attempts < 2)
            throw error;
        log(`PutApprovalResult answered ${error.code} on attempt ${error.attempts}; reading the approval again to see whether an earlier attempt went through.`);
        const answered = await readAnswer(api, approval);
        const expected = decision === 'Approved' ? 'Succeeded' : 'Failed';
        if (answered?.status !== expected || answered.summary !== summary)
            throw error;
        return { approvedAt: answered.at, confirmedFromState: true };
    }
}
async function readAnswer(api, approval) {
    if (approval.executionMode === 'PARALLEL' && approval.pipelineExecutionId) {
        const details = await (0,_pending_approvals_js__WEBPACK_IMPORTED_MODULE_1__/* .listAllActionExecutions */ .zJ)(api, approval.pipelineName, approval.pipelineExecutionId);
        const detail = details.find((candidate) => candidate.stageName === approval.stageName && candidate.actionName === approval.actionName);
        return detail && { status: detail.status, summary: detail.output?.executionResult?.externalExecutionSummary, at: detail.lastUpdateTime };
    }
    const latest = (0,_pending_approvals_js__WEBPACK_IMPORTED_MODULE_1__/* .latestInState */ .av)(await api.getPipelineState(approval.pipelineName), approval);
    return latest && { status: latest.status, summary: latest.summary, at: latest.lastStatusChange };
}


/***/ }),

/***/ 751:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $E: () => (/* binding */ gitCommits),
/* harmony export */   B7: () => (/* binding */ vouchedCommits),
/* harmony export */   D8: () => (/* binding */ matchingCommit),
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   Ul: () => (/* binding */ commitMismatch),
/* harmony export */   m4: () => (/* binding */ describeClaim),
/* harmony export */   pg: () => (/* binding */ shortList),
/* harmony export */   su: () => (/* binding */ checkCommit)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);

const GIT_COMMIT = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
/**
 * What a request vouches for. A person vouches for the commit they pinned
 * (already resolved to a commit of the pull request), else the pull
 * request's head and, once merged, its merge commit; the revision input is
 * the workflow's own requirement on top, so comment text never overrides it.
 * A workflow step (`decision` set) vouches for the revision input, else the
 * pull request of its event.
 */
function vouchedCommits(request, revisionInput) {
    const pr = request.pullRequest;
    const fromPullRequest = pr?.headSha
        ? [
            {
                commits: [pr.headSha, ...(pr.mergeCommitSha ? [pr.mergeCommitSha] : [])],
                source: `pull request #${pr.number} (${pr.mergeCommitSha ? 'head and merge commit' : 'head'})`
            }
        ]
        : [];
    const fromInput = revisionInput ? [{ commits: [revisionInput], source: 'the revision input' }] : [];
    if (request.trigger === 'input')
        return { requirements: fromInput.length > 0 ? fromInput : fromPullRequest };
    const fromPerson = request.pinnedCommit
        ? [{ commits: [request.pinnedCommit], source: 'the commit pinned in the command' }]
        : fromPullRequest;
    return { requirements: [...fromPerson, ...fromInput] };
}
/** The revisions that are Git commits: other sources (S3, ECR) have other ids. */
function gitCommits(revisionIds) {
    return revisionIds.filter((id) => GIT_COMMIT.test(id)).map((id) => id.toLowerCase());
}
/** Whether one waiting commit is among a requirement's commits (a revision input may be a prefix). */
function satisfies(commit, requirement) {
    return requirement.commits.some((vouched) => commit.startsWith(vouched));
}
/** The approval's commit that every requirement vouches for, if any. */
function matchingCommit(claim, approvalCommits) {
    return approvalCommits.find((commit) => claim.requirements.every((requirement) => satisfies(commit, requirement)));
}
function shortSha(sha) {
    return sha.slice(0, 7);
}
function shortList(shas) {
    return shas.map(shortSha).join(', ');
}
/** "pull request #2 (head) is ec26c3e and the revision input is 0123456". */
function describeClaim(requirements) {
    return requirements.map((requirement) => `${requirement.source} is ${shortList(requirement.commits)}`).join(' and ');
}
/**
 * Refuses when the request vouches for commits and the approval waits for
 * another one. `auto` goes on with a warning when either side has no commit;
 * `strict` refuses then; `off` checks nothing.
 */
function checkCommit(mode, claim, approvalCommits, where, command) {
    if (mode === 'off')
        return { verified: false };
    const { requirements } = claim;
    if (requirements.length > 0 && approvalCommits.length > 0) {
        if (matchingCommit(claim, approvalCommits))
            return { verified: true };
        throw commitMismatch(claim, approvalCommits, where, command);
    }
    const missing = requirements.length === 0
        ? `the request names no commit to compare with the approval ${where}${approvalCommits.length > 0 ? ` (commit ${shortList(approvalCommits)})` : ''}`
        : `the execution waiting at ${where} has no Git commit to compare with ${requirements.map((requirement) => `${requirement.source} (${shortList(requirement.commits)})`).join(' and ')}`;
    if (mode === 'strict') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .Refusal */ .P_(`revision-check is strict and ${missing}, so nothing was sent: ${requirements.length === 0 ? 'set revision, or name the commit in the command' : 'set revision-check to auto to allow approvals without a Git source'}.`);
    }
    return { verified: false, warning: `The commit was not checked: ${missing}.` };
}
/** Names the requirements the waiting commit fails (all of them when each holds for a different commit). */
function commitMismatch(claim, approvalCommits, where, command) {
    const waiting = shortList(approvalCommits);
    const failing = claim.requirements.filter((requirement) => !approvalCommits.some((commit) => satisfies(commit, requirement)));
    const named = failing.length > 0 ? failing : claim.requirements;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .Refusal */ .P_(`The approval ${where} waits for commit ${waiting}, but ${describeClaim(named)}, so nothing was sent: if ${waiting} was reviewed, name it ("${command} ${shortSha(approvalCommits[0] ?? '')}" or the revision input), otherwise wait until the pipeline reaches ${shortSha(named[0]?.commits[0] ?? '')}.`, { notWaiting: true });
}


/***/ }),

/***/ 3953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ch: () => (/* binding */ upsertNotice),
/* harmony export */   Si: () => (/* binding */ pickNotice),
/* harmony export */   fg: () => (/* binding */ listComments)
/* harmony export */ });
/* unused harmony exports noticeMarker, findNotice */
const PER_PAGE = 100;
const MAX_PAGES = 10;
/**
 * The hidden line that finds a notice again, so a repeated event or sweep
 * edits it rather than posting another. Names are CodePipeline names and the
 * id a UUID: nothing in it can close the HTML comment.
 */
function noticeMarker(key) {
    return `<!-- codepipeline-approval-action notice: ${key.pipelineName}/${key.stageName}/${key.actionName} execution ${key.pipelineExecutionId} -->`;
}
/** Every comment on an issue or pull request, oldest first (up to 1000), for finding notices. */
async function listComments(client, repo, issueNumber) {
    const comments = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
        const { data } = await client.rest.issues.listComments({ ...repo, issue_number: issueNumber, per_page: PER_PAGE, page });
        comments.push(...data);
        if (data.length < PER_PAGE)
            break;
    }
    return comments;
}
/**
 * The notice among comments: the oldest with its marker, one a bot posted
 * first. An execution id cannot be guessed before the notice shows it, so a
 * copy posted later never takes its place.
 */
function pickNotice(comments, key) {
    const marker = noticeMarker(key);
    const found = comments.filter((comment) => comment.body?.includes(marker));
    const notice = found.find((comment) => comment.user?.type === 'Bot') ?? found[0];
    return notice && { id: notice.id, body: notice.body ?? '' };
}
/** The notice on a pull request, if it has one. */
async function findNotice(client, repo, issueNumber, key) {
    return pickNotice(await listComments(client, repo, issueNumber), key);
}
/**
 * Posts the notice, or edits it when it is there and says something else.
 * `existing` is the notice already found (null: known to be none).
 */
async function upsertNotice(client, repo, issueNumber, key, text, existing) {
    const body = `${text}\n\n${noticeMarker(key)}`;
    const notice = existing === undefined ? await findNotice(client, repo, issueNumber, key) : existing;
    if (!notice) {
        const { data } = await client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
        return { id: data.id, created: true, changed: true };
    }
    if (notice.body === body)
        return { id: notice.id, created: false, changed: false };
    await client.rest.issues.updateComment({ ...repo, comment_id: notice.id, body });
    return { id: notice.id, created: false, changed: true };
}


/***/ }),

/***/ 1540:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ authorize)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3116);


// Repository roles from weakest to strongest; triage and read never pass. A
// Map, so that a custom role named "constructor" or "__proto__" ranks nothing.
const ROLE_RANK = new Map([
    ['read', 0],
    ['triage', 1],
    ['write', 2],
    ['maintain', 3],
    ['admin', 4]
]);
/**
 * Denies unless the person who acted holds at least the required role (read
 * from role_name, never author_association) and, when approvers is set, is
 * listed or an active member of a listed team. On a re-run by someone else,
 * that person must pass the same checks.
 */
async function authorize(clients, request, policy) {
    const { actor, sender, rerun } = request;
    const who = `@${actor.login}`;
    if (!actor.login)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PersonRefused */ .w7('The event names nobody who acted, so nothing was sent: check the workflow trigger.');
    if (sender && !sameLogin(sender.login, actor.login)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PersonRefused */ .w7(`${who} wrote the command but @${sender.login} sent the event, so nothing was sent: ${who} should post the command again.`);
    }
    const rerunner = rerun && rerun.attempt > 1 ? rerun.triggeringActor : undefined;
    if (rerun && rerun.attempt > 1 && !rerunner?.login) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PersonRefused */ .w7(`This is attempt ${rerun.attempt} of a run for ${who}'s request and GITHUB_TRIGGERING_ACTOR is empty, so whoever re-ran it cannot be checked and nothing was sent: ask ${who} or another approver to act again.`);
    }
    const checkRerunner = rerunner && !sameLogin(rerunner.login, actor.login);
    // Both people are looked up side by side: one round trip, not two.
    const [actorCheck, rerunCheck] = await Promise.all([
        checkPerson(clients, actor, request, policy),
        checkRerunner ? checkPerson(clients, rerunner, request, policy) : undefined
    ]);
    if ('message' in actorCheck)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PersonRefused */ .w7(actorCheck.message);
    if (rerunCheck && 'message' in rerunCheck) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PersonRefused */ .w7(`@${rerunner.login} re-ran ${who}'s request (run attempt ${rerun.attempt}), and ${rerunCheck.reason}, so nothing was sent: ask ${who} or another approver to act.`);
    }
    return checkRerunner ? { ...actorCheck, rerunBy: rerunner.login } : actorCheck;
}
/** Every check one person must pass, in order; the first that fails is the answer. */
async function checkPerson(clients, person, request, policy) {
    const { repo, pullRequest } = request;
    const who = `@${person.login}`;
    const acting = request.decision === 'Approved' ? 'approve' : 'reject';
    const repoName = `${repo.owner}/${repo.repo}`;
    const fix = `ask someone with ${policy.permission} access to act`;
    if (!policy.allowSelfApproval && pullRequest?.author && sameLogin(pullRequest.author, person.login)) {
        const reason = `${who} opened pull request #${pullRequest.number} and allow-self-approval is false`;
        return { reason, message: `${reason}, so ${who} may not ${acting} its deployment: ask another approver.` };
    }
    const listedUser = policy.approvers.users.includes(person.login.toLowerCase());
    if (person.isBot) {
        if (!listedUser) {
            const reason = `${who} is a bot account, and bots may not ${acting} deployments unless approvers names them`;
            return { reason, message: `${reason}: add ${person.login} to approvers if it should.` };
        }
        // A bot has no repository role to look up; naming it in approvers is the grant.
        return { login: person.login, role: 'bot', approvedBy: `approvers lists ${who}` };
    }
    const role = await repositoryRole(clients.permissions, repo, person.login);
    if (role === 'unseen') {
        const reason = `${who} is not a collaborator on ${repoName}, or github-token cannot see them (GitHub answered 404)`;
        return { reason, message: `${reason}, so nothing was sent: ${fix}, or give github-token access to ${repoName}.` };
    }
    if (role === undefined) {
        const reason = `${who} is not a collaborator on ${repoName}`;
        return { reason, message: `${reason} and may not ${acting} deployments: ${fix}.` };
    }
    if (role.rank < ROLE_RANK.get(policy.permission)) {
        const reason = `${who} has the ${role.name} role on ${repoName}, and to ${acting} a deployment needs at least ${policy.permission}`;
        return { reason, message: `${reason}: ${fix}.` };
    }
    const granted = { login: person.login, role: role.name };
    const { users, teams } = policy.approvers;
    if (users.length === 0 && teams.length === 0)
        return granted;
    if (listedUser)
        return { ...granted, approvedBy: `approvers lists ${who}` };
    // Side by side; one active membership grants, whatever another team's look-up did.
    const memberships = await Promise.allSettled(teams.map((team) => teamMembership(clients.teams, team, person.login, policy.teamTokenInput)));
    const active = teams.find((_team, index) => {
        const membership = memberships[index];
        return membership.status === 'fulfilled' && membership.value === 'active';
    });
    if (active)
        return { ...granted, approvedBy: `${who} is in ${teamName(active)}` };
    const broken = memberships.find((membership) => membership.status === 'rejected');
    if (broken)
        throw broken.reason;
    const unanswered = teams.flatMap((team, index) => {
        const membership = memberships[index];
        return membership.status === 'rejected' || membership.value === 'inactive' ? [] : [`${membership.value} for ${teamName(team)}`];
    });
    const listed = [...users.map((user) => `@${user}`), ...teams.map(teamName)].join(', ');
    // GitHub answers 404 both for "not a member" and for "this token may not see the team".
    if (unanswered.length > 0) {
        const reason = `${who} is not among the approvers (${listed}; GitHub answered ${unanswered.join(', ')}, which also happens when ${policy.teamTokenInput} lacks read:org)`;
        return {
            reason,
            message: `${reason}, so nothing was sent: ask an approver to act, or give the action a token with read:org as approvers-token.`
        };
    }
    const reason = `${who} is not among the approvers (${listed})`;
    return { reason, message: `${reason}, so nothing was sent: ask an approver to act, or add ${who} to approvers.` };
}
/**
 * The role that decides: `undefined` when the user is no collaborator at all,
 * `unseen` when GitHub answered 404 (no such user, or not visible to the token).
 */
async function repositoryRole(client, repo, username) {
    let data;
    try {
        ;
        ({ data } = await client.rest.repos.getCollaboratorPermissionLevel({ ...repo, username }));
    }
    catch (error) {
        if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(error) === 404)
            return 'unseen';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Could not read @${username}'s role on ${repo.owner}/${repo.repo}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeGitHubFailure */ .Po)(error)}.`, {
            cause: error
        });
    }
    const name = data.role_name ?? '';
    // GitHub spells the base roles in lower case; any other spelling is a custom role.
    const rank = ROLE_RANK.get(name);
    if (rank !== undefined)
        return { name, rank };
    // A custom repository role has its own name; rank it by the base role it grants.
    // Someone without access gets role_name "" and permission "none".
    const granted = data.user?.permissions;
    const base = granted?.admin ? 'admin' : granted?.maintain ? 'maintain' : granted?.push ? 'write' : granted?.triage ? 'triage' : granted?.pull ? 'read' : undefined;
    if (!base)
        return undefined;
    return { name: name ? `${name} (${base})` : base, rank: ROLE_RANK.get(base) };
}
async function teamMembership(client, team, username, tokenInput) {
    try {
        const { data } = await client.rest.teams.getMembershipForUserInOrg({ org: team.org, team_slug: team.slug, username });
        return data.state === 'active' ? 'active' : 'inactive';
    }
    catch (error) {
        const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .httpStatus */ .nG)(error);
        // A rate limit says nothing about membership: fail, rather than deny.
        if (!(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .rateLimit */ ["if"])(error) && (status === 403 || status === 404))
            return `HTTP ${status}`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Could not read the members of ${teamName(team)}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeGitHubFailure */ .Po)(error, tokenInput)}.`, { cause: error });
    }
}
function sameLogin(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}
function teamName(team) {
    return `${team.org}/${team.slug}`;
}


/***/ }),

/***/ 8519:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Y: () => (/* binding */ pullRequestNumbersOfCommits),
/* harmony export */   r: () => (/* binding */ pullRequestsOfCommits)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _interpret_event_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2658);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3116);



/**
 * The pull requests of the given commits (whose head, commits or merge
 * commit they are), each read in full: the listing has no merged_by.
 */
async function pullRequestsOfCommits(client, repo, commits) {
    const numbers = await pullRequestNumbersOfCommits(client, repo, commits);
    try {
        const pulls = await Promise.all(numbers.map((pull_number) => client.rest.pulls.get({ ...repo, pull_number })));
        return pulls.map(({ data }) => pullRequestState(data));
    }
    catch (error) {
        throw failure(commits, error);
    }
}
/** Only the numbers of the pull requests of the given commits: one round trip, for finding their notices. */
async function pullRequestNumbersOfCommits(client, repo, commits) {
    try {
        const listings = await Promise.all(commits.map((commit_sha) => client.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha, per_page: 100 })));
        return [...new Set(listings.flatMap(({ data }) => data.map((pull) => pull.number)))].sort((a, b) => a - b);
    }
    catch (error) {
        throw failure(commits, error);
    }
}
function failure(commits, error) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .lZ(`Could not read the pull requests of commit ${commits.map((commit) => commit.slice(0, 7)).join(', ')}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeGitHubFailure */ .Po)(error)}.`, {
        cause: error
    });
}
function pullRequestState(data) {
    const merged = data.merged === true;
    const mergedBy = merged && data.merged_by ? { login: data.merged_by.login, isBot: data.merged_by.type === 'Bot' || (0,_interpret_event_js__WEBPACK_IMPORTED_MODULE_1__/* .isBotLogin */ .D)(data.merged_by.login) } : undefined;
    return {
        number: data.number,
        url: data.html_url,
        author: data.user?.login,
        state: data.state === 'closed' ? 'closed' : 'open',
        headSha: data.head.sha.toLowerCase(),
        merged,
        mergeCommitSha: merged ? (data.merge_commit_sha?.toLowerCase() ?? undefined) : undefined,
        mergedBy,
        labels: (data.labels ?? []).map((label) => (typeof label === 'string' ? label : (label.name ?? '')).toLowerCase())
    };
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

/***/ 825:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ tellPullRequests)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/github/approval-notice.ts
var approval_notice = __webpack_require__(3953);
// EXTERNAL MODULE: ./src/approval-summary.ts
var approval_summary = __webpack_require__(9197);
;// CONCATENATED MODULE: ./src/github/commit-status.ts

/** GitHub's limit for a status description. */
const DESCRIPTION_LIMIT = 140;
/** One status context per approval, so each approval of a pipeline shows on its own line. */
function statusContext(approval) {
    return `codepipeline-approval/${approval.pipelineName}/${approval.stageName}/${approval.actionName}`;
}
/** Sets the approval's status on a commit; the description is cut to GitHub's 140 characters. */
async function setCommitStatus(client, repo, sha, approval, status) {
    await client.rest.repos.createCommitStatus({
        ...repo,
        sha,
        state: status.state,
        context: statusContext(approval),
        description: (0,approval_summary/* truncate */.xv)(status.description, DESCRIPTION_LIMIT),
        ...(status.targetUrl && { target_url: status.targetUrl })
    });
}

// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(3116);
;// CONCATENATED MODULE: ./src/github/tell-pull-requests.ts




/**
 * Tells the pull requests about an approval run: their notice comment and
 * the commit status of the waiting commit. A missing permission (or any
 * other failure) is a warning, never a failure: the decision stands either
 * way. Returns the pull requests whose notice says it now.
 */
async function tellPullRequests(client, telling) {
    const { repo, key, warn } = telling;
    const attempt = async (what, permission, input, call) => {
        try {
            return await call();
        }
        catch (error) {
            const status = (0,github_errors/* httpStatus */.nG)(error);
            warn(`Could not ${what} (${status ? `HTTP ${status}` : (0,errors/* errorMessage */.gJ)(error)}): give the workflow ${permission}, or set ${input} to false; the outcome is unchanged.`);
            return undefined;
        }
    };
    const notices = telling.notify
        ? telling.notices.map(({ number, text }) => attempt(`update the notice on pull request #${number}`, 'pull-requests: write', 'notify', async () => {
            const existing = (0,approval_notice/* pickNotice */.Si)(await (telling.comments?.get(number) ?? (0,approval_notice/* listComments */.fg)(client, repo, number)), key);
            if (telling.mode === 'edit' && !existing)
                return undefined;
            await (0,approval_notice/* upsertNotice */.Ch)(client, repo, number, key, text, existing ?? null);
            return number;
        }))
        : [];
    const statuses = telling.commitStatus && telling.status
        ? telling.commits.map((sha) => attempt(`set the commit status of ${sha.slice(0, 7)}`, 'statuses: write', 'commit-status', () => setCommitStatus(client, repo, sha, key, telling.status)))
        : [];
    const [told] = await Promise.all([Promise.all(notices), Promise.all(statuses)]);
    return told.filter((number) => number !== undefined);
}


/***/ }),

/***/ 6090:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ consoleUrl),
/* harmony export */   cP: () => (/* binding */ approvalStatus),
/* harmony export */   qN: () => (/* binding */ answeredNotice),
/* harmony export */   qQ: () => (/* binding */ waitingNotice)
/* harmony export */ });
/* unused harmony export principalName */
/* harmony import */ var _reply_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2932);

/** The execution in the CodePipeline console, for people who review there. */
function consoleUrl(region, pipelineName, pipelineExecutionId) {
    if (!region)
        return undefined;
    return `https://${region}.console.aws.amazon.com/codesuite/codepipeline/pipelines/${encodeURIComponent(pipelineName)}/executions/${encodeURIComponent(pipelineExecutionId)}/timeline?region=${region}`;
}
/**
 * "role deployer (session GitHubActions)" for an assumed-role ARN, "IAM user
 * Bob" for a user: who answered, without the account id, because pull
 * request comments are public.
 */
function principalName(arn) {
    if (!arn)
        return undefined;
    const assumed = /^arn:aws[\w-]*:sts::\d+:assumed-role\/([^/]+)\/(.+)$/.exec(arn);
    if (assumed)
        return `role ${assumed[1]} (session ${assumed[2]})`;
    const user = /^arn:aws[\w-]*:iam::\d+:user\/(?:.*\/)?([^/]+)$/.exec(arn);
    if (user)
        return `IAM user ${user[1]}`;
    const role = /^arn:aws[\w-]*:iam::\d+:role\/(?:.*\/)?([^/]+)$/.exec(arn);
    if (role)
        return `role ${role[1]}`;
    return /^arn:/.test(arn) ? 'an AWS principal' : arn;
}
const where = (subject) => `**${subject.stageName}/${subject.actionName}** in pipeline **${subject.pipelineName}**`;
const consoleLink = (subject) => subject.consoleUrl ? `[Open execution \`${subject.pipelineExecutionId}\` in the CodePipeline console](${subject.consoleUrl})` : `Execution \`${subject.pipelineExecutionId}\``;
/**
 * The comment that tells a pull request its deployment waits: for which
 * commit, the exact commands that answer it (pinned to the full SHA), and
 * the console link. `note` says why a merge or label did not answer it.
 */
function waitingNotice(subject, commands, note) {
    const commit = subject.commit;
    const lines = [
        `⏳ ${where(subject)} waits for approval${commit ? ` of commit \`${commit}\`` : ''}.`,
        '',
        'To answer it, comment:',
        '',
        '```',
        `${commands.approve}${commit ? ` ${commit}` : ''}`,
        `${commands.reject}${commit ? ` ${commit}` : ''} <reason>`,
        '```',
        '',
        ...(note ? [note, ''] : []),
        consoleLink(subject)
    ];
    return (0,_reply_text_js__WEBPACK_IMPORTED_MODULE_0__/* .defuseMentions */ .q)(lines.join('\n'));
}
const OUTCOME = {
    InProgress: '⏳ waits for approval',
    Succeeded: '✅ was approved',
    Failed: '🛑 was rejected or expired',
    Abandoned: '⏹️ was abandoned (the execution stopped, or a newer one took its place)'
};
/** The notice once the approval was answered anywhere: what happened, by whom, with CodePipeline's summary. */
function answeredNotice(subject, answer) {
    const failedWithoutAnswer = answer.status === 'Failed' && !answer.summary && !answer.updatedBy;
    const outcome = failedWithoutAnswer ? '⌛ expired without an answer' : OUTCOME[answer.status];
    const rows = [
        ['Commit', subject.commit && `\`${subject.commit}\``],
        ['By', principalName(answer.updatedBy)],
        ['Summary', answer.summary && answer.summary.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')]
    ].filter((row) => Boolean(row[1]));
    const table = rows.length > 0 ? ['', '| | |', '|---|---|', ...rows.map(([field, value]) => `| ${field} | ${value} |`)] : [];
    return (0,_reply_text_js__WEBPACK_IMPORTED_MODULE_0__/* .defuseMentions */ .q)([`${where(subject)} ${outcome}.`, ...table, '', consoleLink(subject)].join('\n'));
}
/** The commit status for each state of the approval (setCommitStatus cuts the description to GitHub's 140 characters). */
function approvalStatus(subject, status) {
    const name = `${subject.pipelineName} ${subject.stageName}/${subject.actionName}`;
    const states = { InProgress: 'pending', Succeeded: 'success', Failed: 'failure', Abandoned: 'error' };
    const says = {
        InProgress: `Waiting for approval: ${name}`,
        Succeeded: `Approved: ${name}`,
        Failed: `Rejected or expired: ${name}`,
        Abandoned: `Abandoned: ${name}`
    };
    return { state: states[status], description: says[status], ...(subject.consoleUrl && { targetUrl: subject.consoleUrl }) };
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
