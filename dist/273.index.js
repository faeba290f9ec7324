export const id = 273;
export const ids = [273];
export const modules = {

/***/ 7273:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  notifyWaiting: () => (/* binding */ notifyWaiting)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/interpret-event.ts + 1 modules
var interpret_event = __webpack_require__(2658);
// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(3116);
;// CONCATENATED MODULE: ./src/github/label-actor.ts



const PER_PAGE = 100;
// A pull request with more label events than this is read no further: the
// label then vouches for nobody.
const MAX_PAGES = 10;
/**
 * Who added `label` last, from the issue events API: the person a label
 * decides in the name of. Undefined when no event says so.
 */
async function lastLabeller(client, repo, issueNumber, label) {
    let last;
    try {
        for (let page = 1; page <= MAX_PAGES; page++) {
            const { data } = await client.rest.issues.listEvents({ ...repo, issue_number: issueNumber, per_page: PER_PAGE, page });
            for (const event of data) {
                if (event.label?.name?.toLowerCase() !== label.toLowerCase() || !event.actor)
                    continue;
                if (event.event === 'labeled') {
                    last = { person: { login: event.actor.login, isBot: event.actor.type === 'Bot' || (0,interpret_event/* isBotLogin */.D)(event.actor.login) }, at: event.created_at ?? '' };
                }
                else if (event.event === 'unlabeled') {
                    last = undefined;
                }
            }
            if (data.length < PER_PAGE)
                return last;
        }
    }
    catch (error) {
        throw new errors/* ActionError */.lZ(`Could not read who labelled pull request #${issueNumber} ${label}: ${(0,github_errors/* describeGitHubFailure */.Po)(error)}.`, { cause: error });
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/already-decided.ts

/**
 * What the pull requests of the waiting commit already decided. A merge
 * decides for its merge commit (in the name of merged_by); a label for the
 * head of the pull request, or its merge commit once merged (in the name of
 * whoever added it last). Signals that disagree decide nothing.
 */
async function alreadyDecided(client, repo, pulls, waitingCommits, policy) {
    const notes = new Map();
    const perPull = await Promise.all(pulls.map((pull) => decisionOf(client, repo, pull, waitingCommits, policy, notes)));
    const candidates = perPull.filter((candidate) => !!candidate);
    if (new Set(candidates.map((candidate) => candidate.decision)).size > 1) {
        const said = candidates.map((candidate) => `#${candidate.pullRequest.number} ${candidate.decision === 'Approved' ? 'approves' : 'rejects'}`).join(', ');
        for (const candidate of candidates)
            notes.set(candidate.pullRequest.number, `The pull requests of this commit disagree (${said}), so none of them answered it.`);
        return { notes };
    }
    return { decided: candidates[0], notes };
}
async function decisionOf(client, repo, pull, waitingCommits, policy, notes) {
    const merge = policy.approveOnMerge && pull.merged && pull.mergeCommitSha && pull.mergedBy && waitingCommits.includes(pull.mergeCommitSha)
        ? { decision: 'Approved', person: pull.mergedBy, pullRequest: pull, commit: pull.mergeCommitSha, how: 'merge' }
        : undefined;
    // A label vouches for what the pull request is now: the head of an open
    // one, or its merge commit once merged; a pull request closed unmerged was
    // given up, and its labels vouch for nothing.
    const current = pull.merged ? pull.mergeCommitSha : pull.state === 'open' ? pull.headSha : undefined;
    const approve = pull.labels.includes(policy.approveLabel);
    const reject = pull.labels.includes(policy.rejectLabel);
    let label;
    if (approve && reject) {
        notes.set(pull.number, `It carries both ${policy.approveLabel} and ${policy.rejectLabel}, so neither answered it.`);
        return undefined;
    }
    // A reject label stops a merge from approving, whoever added it.
    if (merge && reject) {
        notes.set(pull.number, `It was merged but carries ${policy.rejectLabel}, so neither answered it.`);
        return undefined;
    }
    if ((approve || reject) && current && waitingCommits.includes(current)) {
        const name = approve ? policy.approveLabel : policy.rejectLabel;
        const labelled = await lastLabeller(client, repo, pull.number, name);
        if (labelled) {
            label = { decision: approve ? 'Approved' : 'Rejected', person: labelled.person, pullRequest: pull, commit: current, how: 'label', label: name };
        }
        else {
            notes.set(pull.number, `GitHub does not say who added ${name}, so it answered nothing.`);
        }
    }
    return merge ?? label;
}

// EXTERNAL MODULE: ./src/approval-summary.ts
var approval_summary = __webpack_require__(9197);
// EXTERNAL MODULE: ./src/codepipeline/approval-execution.ts
var approval_execution = __webpack_require__(363);
// EXTERNAL MODULE: ./src/codepipeline/pipeline-layout.ts
var pipeline_layout = __webpack_require__(5808);
// EXTERNAL MODULE: ./src/codepipeline/send-approval.ts
var send_approval = __webpack_require__(9221);
// EXTERNAL MODULE: ./src/commit-check.ts
var commit_check = __webpack_require__(751);
// EXTERNAL MODULE: ./src/github/authorize.ts
var authorize = __webpack_require__(1540);
// EXTERNAL MODULE: ./src/github/commit-pull-requests.ts
var commit_pull_requests = __webpack_require__(8519);
// EXTERNAL MODULE: ./src/github/tell-pull-requests.ts + 1 modules
var tell_pull_requests = __webpack_require__(825);
// EXTERNAL MODULE: ./src/report/notice-text.ts
var notice_text = __webpack_require__(6090);
;// CONCATENATED MODULE: ./src/notify-waiting.ts











// The API can lag the event by seconds: look again this often before
// concluding that CodePipeline shows something else.
const LAG_RETRIES = 3;
const LAG_PAUSE_MS = 2_000;
/**
 * event -> waiting approval -> its commits -> pull requests -> decision
 * already made, or notice. Nothing in the event is taken as a fact:
 * CodePipeline says which approval waits, with which token and commits, and
 * GitHub who merged or labelled, and whether they may.
 */
async function notifyWaiting(context, source) {
    const { inputs } = context;
    const api = await context.codepipeline();
    if (source.kind === 'dispatch') {
        const region = await api.region();
        if (region && region !== source.event.region) {
            return { outcome: 'skipped', reason: `Skipped: the event is for region ${source.event.region}, and this action answers pipelines in ${region}.` };
        }
    }
    const layout = (0,pipeline_layout/* readLayout */.T4)(await api.getPipeline(inputs.pipelineName));
    const targets = (0,pipeline_layout/* resolveTargets */.h5)(layout, inputs.stageName, inputs.actionName);
    if (source.kind === 'dispatch') {
        const { event } = source;
        const target = targets.find((candidate) => candidate.stageName === event.stage && candidate.actionName === event.action);
        if (!target) {
            return {
                outcome: 'skipped',
                reason: `Skipped: ${event.stage}/${event.action} is not an approval this action answers in pipeline "${layout.pipelineName}" (${targets.map(pipeline_layout/* describeApproval */.xh).join(', ')}).`
            };
        }
        const approval = await readSettled(context, api, layout, target, event);
        if (!approval.status) {
            return { outcome: 'skipped', reason: `Skipped: execution ${event.executionId} has not reached ${(0,pipeline_layout/* describeApproval */.xh)(target)} in pipeline "${layout.pipelineName}".` };
        }
        return combine([await handle(context, api, approval)]);
    }
    const waiting = await (0,approval_execution/* readWaitingApprovals */.gR)(api, layout, targets);
    if (waiting.length === 0) {
        return { outcome: 'skipped', reason: `Skipped: nothing waits for an answer at ${targets.map(pipeline_layout/* describeApproval */.xh).join(', ')} in pipeline "${layout.pipelineName}".` };
    }
    const results = [];
    // One after another: each may send a decision, and the log reads in order.
    for (const approval of waiting)
        results.push(await handle(context, api, approval));
    return combine(results);
}
/** The approval run as CodePipeline shows it, looked at again briefly while it disagrees with the event. */
async function readSettled(context, api, layout, target, event) {
    for (let attempt = 0;; attempt++) {
        const approval = await (0,approval_execution/* readApprovalExecution */.cB)(api, layout, target, event.executionId);
        if (agrees(event.state, approval.status) || attempt >= LAG_RETRIES)
            return approval;
        context.log(`CodePipeline shows ${(0,pipeline_layout/* describeApproval */.xh)(target)} of execution ${event.executionId} as ${approval.status ?? 'not reached'}, and the event says ${event.state}; looking again in ${LAG_PAUSE_MS / 1000} s.`);
        await context.clock.sleep(LAG_PAUSE_MS);
    }
}
function agrees(state, status) {
    if (state === 'STARTED')
        return status === 'InProgress';
    return status !== undefined && status !== 'InProgress';
}
async function handle(context, api, approval) {
    const github = await context.github('telling the pull requests about the approval');
    const pulls = await (0,commit_pull_requests/* pullRequestsOfCommits */.r)(github.main, context.event.repo, approval.commits);
    const subject = { ...approval, commit: approval.commits[0], consoleUrl: (0,notice_text/* consoleUrl */.B9)(await api.region(), approval.pipelineName, approval.pipelineExecutionId) };
    if (approval.status === 'InProgress')
        return handleWaiting(context, api, github, approval, pulls, subject);
    return handleAnswered(context, github, approval, pulls, subject);
}
/** A run that waits: answer what a merge or label already decided, or tell the pull requests. */
async function handleWaiting(context, api, github, approval, pulls, subject) {
    const { inputs, event } = context;
    const where = `${(0,pipeline_layout/* describeApproval */.xh)(approval)} in pipeline "${approval.pipelineName}"`;
    const early = await alreadyDecided(github.main, event.repo, pulls, approval.commits, inputs);
    const notes = early.notes;
    if (early.decided && !approval.token) {
        context.warn(`${where} waits, but CodePipeline shows no token for execution ${approval.pipelineExecutionId} yet, so nothing was sent: the next event or sweep answers it.`);
    }
    else if (early.decided) {
        const answered = await answerEarly(context, api, github, approval, early.decided, notes);
        if (answered)
            return { answered };
    }
    const told = await (0,tell_pull_requests/* tellPullRequests */.n)(github.main, {
        repo: event.repo,
        key: approval,
        notices: pulls.map((pull) => ({ number: pull.number, text: (0,notice_text/* waitingNotice */.qQ)(subject, { approve: inputs.approveCommand, reject: inputs.rejectCommand }, notes.get(pull.number)) })),
        mode: 'post',
        commits: approval.commits,
        status: (0,notice_text/* approvalStatus */.cP)(subject, 'InProgress'),
        notify: inputs.notify,
        commitStatus: inputs.commitStatus,
        warn: context.warn
    });
    const commit = subject.commit ? ` for commit ${(0,commit_check/* shortSha */.Fu)(subject.commit)}` : '';
    const message = pulls.length === 0
        ? `${where} waits${commit} in execution ${approval.pipelineExecutionId}; no pull request has that commit, so only its commit status says so.`
        : `${where} waits${commit} in execution ${approval.pipelineExecutionId}; ${told.length > 0 ? `the notice is on ${told.map((number) => `#${number}`).join(', ')}` : 'no notice was posted'}.`;
    return { told: 'notified', message, pullRequests: told, approval };
}
/** Sends what a merge or label decided, if the person may; otherwise notes why on the notice. */
async function answerEarly(context, api, github, approval, early, notes) {
    const { inputs, event } = context;
    const { person, pullRequest, decision } = early;
    const how = early.how === 'merge' ? 'merged' : `added ${early.label} to`;
    try {
        // Every check a commenter passes, but the sender's: a dispatch is sent by the token's owner.
        const authorization = await (0,authorize/* authorize */.G)({ permissions: github.main, teams: github.teams }, { decision, actor: person, repo: event.repo, pullRequest: { number: pullRequest.number, author: pullRequest.author } }, { ...inputs, teamTokenInput: inputs.approversToken ? 'approvers-token' : 'github-token' });
        context.log(`@${authorization.login} ${how} pull request #${pullRequest.number} and may ${decision === 'Approved' ? 'approve' : 'reject'}: role ${authorization.role}${authorization.approvedBy ? `, ${authorization.approvedBy}` : ''}.`);
    }
    catch (error) {
        if (!(error instanceof errors/* PersonRefused */.w7))
            throw error;
        context.warn(`@${person.login} ${how} pull request #${pullRequest.number}, but may not decide, so nothing was sent: ${error.message}`);
        notes.set(pullRequest.number, `@${person.login} ${how} this pull request but may not ${decision === 'Approved' ? 'approve' : 'reject'} it: ${error.message}`);
        return undefined;
    }
    const summary = (0,approval_summary/* composeSummary */.lA)({ decision, actor: person.login, link: pullRequest.url, commit: early.commit, how, note: inputs.summary });
    const located = {
        ...approval,
        token: approval.token,
        commit: early.commit,
        verdict: { verified: true }
    };
    const answered = {
        outcome: inputs.dryRun ? 'dry-run' : 'sent',
        decision,
        actor: person.login,
        approval: located,
        summary,
        pullRequest: { number: pullRequest.number, url: pullRequest.url, author: pullRequest.author, headSha: pullRequest.headSha, merged: pullRequest.merged, mergeCommitSha: pullRequest.mergeCommitSha },
        verdict: located.verdict,
        pullRequests: [pullRequest.number]
    };
    if (inputs.dryRun)
        return answered;
    const sent = await (0,send_approval/* sendApproval */.M)(api, located, decision, summary, context.log);
    const status = decision === 'Approved' ? 'Succeeded' : 'Failed';
    const subject = { ...approval, commit: early.commit, consoleUrl: (0,notice_text/* consoleUrl */.B9)(await api.region(), approval.pipelineName, approval.pipelineExecutionId) };
    await (0,tell_pull_requests/* tellPullRequests */.n)(github.main, {
        repo: event.repo,
        key: approval,
        notices: [{ number: pullRequest.number, text: (0,notice_text/* answeredNotice */.qN)(subject, { status, summary }) }],
        mode: 'post',
        commits: [early.commit],
        status: (0,notice_text/* approvalStatus */.cP)(subject, status),
        notify: inputs.notify,
        commitStatus: inputs.commitStatus,
        warn: context.warn
    });
    return { ...answered, approvedAt: sent.approvedAt };
}
/** A run that was answered (here, in the console, by the CLI) or expired: the notices and statuses say so. */
async function handleAnswered(context, github, approval, pulls, subject) {
    const { inputs, event } = context;
    const status = approval.status;
    const told = await (0,tell_pull_requests/* tellPullRequests */.n)(github.main, {
        repo: event.repo,
        key: approval,
        notices: pulls.map((pull) => ({ number: pull.number, text: (0,notice_text/* answeredNotice */.qN)(subject, { status, summary: approval.summary, updatedBy: approval.updatedBy }) })),
        mode: 'edit',
        commits: approval.commits,
        status: (0,notice_text/* approvalStatus */.cP)(subject, status),
        notify: inputs.notify,
        commitStatus: inputs.commitStatus,
        warn: context.warn
    });
    const by = approval.updatedBy ? ` by ${approval.updatedBy}` : '';
    const message = `${(0,pipeline_layout/* describeApproval */.xh)(approval)} in pipeline "${approval.pipelineName}" is ${status}${by} in execution ${approval.pipelineExecutionId}; ${told.length > 0 ? `updated the notice on ${told.map((number) => `#${number}`).join(', ')}` : 'no notice to update'}.`;
    return { told: 'updated', message, pullRequests: told, approval };
}
/** One ending for the run: the answer if one was sent, else what the pull requests were told. */
function combine(results) {
    const pullRequests = [...new Set(results.flatMap((result) => ('answered' in result ? (result.answered.pullRequests ?? []) : result.pullRequests)))];
    const answered = results.find((result) => 'answered' in result);
    if (answered)
        return { ...answered.answered, pullRequests };
    const told = results.filter((result) => 'told' in result);
    return {
        outcome: told.some((result) => result.told === 'notified') ? 'notified' : 'updated',
        messages: told.map((result) => result.message),
        pullRequests,
        approval: told.length === 1 ? { pipelineExecutionId: told[0].approval.pipelineExecutionId, commit: told[0].approval.commits[0] } : undefined
    };
}


/***/ })

};
