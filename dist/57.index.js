export const id = 57;
export const ids = [57];
export const modules = {

/***/ 3057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  answerRequest: () => (/* binding */ answerRequest)
});

// EXTERNAL MODULE: ./src/approval-summary.ts
var approval_summary = __webpack_require__(9197);
// EXTERNAL MODULE: ./src/codepipeline/api.ts
var codepipeline_api = __webpack_require__(3359);
// EXTERNAL MODULE: ./src/commit-check.ts
var commit_check = __webpack_require__(751);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/codepipeline/approval-execution.ts
var approval_execution = __webpack_require__(363);
// EXTERNAL MODULE: ./src/codepipeline/pending-approvals.ts
var pending_approvals = __webpack_require__(8537);
// EXTERNAL MODULE: ./src/codepipeline/pipeline-layout.ts
var pipeline_layout = __webpack_require__(5808);
;// CONCATENATED MODULE: ./src/codepipeline/locate-approval.ts






/**
 * Finds the one pending approval the request is about and checks its commit,
 * polling until it is pending when wait-timeout is set. It fails rather than
 * guess when several could be meant. While waiting, a CodePipeline error that
 * may heal (throttling, 5xx, a timeout) is one more reason to look again;
 * one that will not (access, names, input) ends the wait at once.
 */
async function locateApproval(api, request, { clock, log, group }) {
    const pipeline = `pipeline "${request.pipelineName}"`;
    const commitsByExecution = new Map();
    let layout;
    let targets = [];
    // Each execution's commits are read once, however often it is polled:
    // from the first look's listing of executions, else from the execution.
    const listed = new Map();
    const commitsOf = (approval) => {
        if (approval.revisions)
            return Promise.resolve((0,commit_check/* gitCommits */.$E)(approval.revisions));
        const id = approval.pipelineExecutionId;
        if (!id)
            return Promise.resolve([]);
        const revisions = listed.get(id);
        if (revisions)
            return Promise.resolve((0,commit_check/* gitCommits */.$E)(revisions));
        let commits = commitsByExecution.get(id);
        if (!commits) {
            commits = (0,approval_execution/* executionCommits */.tE)(api, request.pipelineName, id);
            // A failed read is asked again on the next poll, not remembered.
            commits.catch(() => commitsByExecution.delete(id));
            commitsByExecution.set(id, commits);
        }
        return commits;
    };
    const found = ({ revisions: _listed, ...approval }, commits, verdict) => ({
        found: {
            ...approval,
            pipelineName: request.pipelineName,
            executionMode: layout.executionMode,
            commits,
            commit: (0,commit_check/* matchingCommit */.D8)(request.claim, commits) ?? commits[0],
            verdict
        }
    });
    async function choose(pending, notPending) {
        const actions = [...new Set(pending.map(pipeline_layout/* describeApproval */.xh))];
        if (actions.length > 1) {
            throw new errors/* ActionError */.lZ(`Several approvals wait in ${pipeline} (${actions.join(', ')}), so nothing was sent: set stage-name and action-name to choose one.`);
        }
        if (pending.length === 0) {
            return {
                notYet: new errors/* ActionError */.lZ(`Nothing waits for an answer at ${targets.map(pipeline_layout/* describeApproval */.xh).join(', ')} in ${pipeline} (${notPending.join('; ')}), so nothing was sent: ${request.nothingWaitsHint ?? 'check that the pipeline run reached the approval, or set wait-timeout to wait for it'}.`, { notWaiting: true })
            };
        }
        const where = `${actions[0]} in ${pipeline}`;
        const candidates = await Promise.all(pending.map(async (approval) => ({ approval, commits: await commitsOf(approval) })));
        const { claim, revisionCheck, command } = request;
        if (claim.requirements.length > 0) {
            const matching = candidates.filter(({ commits }) => (0,commit_check/* matchingCommit */.D8)(claim, commits));
            if (matching.length === 1)
                return found(matching[0].approval, matching[0].commits, { verified: true });
            if (matching.length > 1) {
                throw new errors/* ActionError */.lZ(`Executions ${matching.map(({ approval }) => approval.pipelineExecutionId).join(' and ')} both wait at ${where} for the commit the request vouches for (${(0,commit_check/* describeClaim */.m4)(claim.requirements)}), so nothing was sent: answer the one you mean in the CodePipeline console.`);
            }
            if (candidates.length === 1) {
                const [{ approval, commits }] = candidates;
                if (commits.length === 0 || revisionCheck === 'off') {
                    return found(approval, commits, (0,commit_check/* checkCommit */.su)(revisionCheck, claim, commits, where, command));
                }
                return { notYet: (0,commit_check/* commitMismatch */.Ul)(claim, commits, where, command) };
            }
            if (candidates.every(({ commits }) => commits.length === 0)) {
                throw new errors/* ActionError */.lZ(`${candidates.length} executions wait at ${where} and none has a Git commit to tell them apart, so nothing was sent: answer the one you mean in the CodePipeline console.`);
            }
            return {
                notYet: new errors/* Refusal */.P_(`None of the ${candidates.length} executions waiting at ${where} is for the commit the request vouches for (${(0,commit_check/* describeClaim */.m4)(claim.requirements)}); they are for ${describeExecutions(candidates)}, so nothing was sent: name the reviewed commit ("${command} <sha>") or wait until the pipeline reaches it.`, { notWaiting: true })
            };
        }
        if (candidates.length === 1) {
            const [{ approval, commits }] = candidates;
            return found(approval, commits, (0,commit_check/* checkCommit */.su)(revisionCheck, claim, commits, where, command));
        }
        throw new errors/* ActionError */.lZ(`${candidates.length} executions wait at ${where} (${describeExecutions(candidates)}) and the request names no commit, so nothing was sent: name the reviewed commit ("${command} <sha>") or set revision to choose one.`);
    }
    /** One look: the declaration once (beside the first state), then the pending approvals. */
    async function look() {
        let snapshot;
        if (!layout) {
            // One wave: the declaration, the state, and the newest executions with
            // their source revisions, so the waiting execution's commits need no
            // GetPipelineExecution after. The listing only saves a round trip: if
            // it fails, the commits are read the longer way.
            const [declaration, state, executions] = await Promise.all([
                api.getPipeline(request.pipelineName),
                api.getPipelineState(request.pipelineName),
                api.listPipelineExecutions(request.pipelineName).catch(() => undefined)
            ]);
            const read = (0,pipeline_layout/* readLayout */.T4)(declaration);
            targets = (0,pipeline_layout/* resolveTargets */.h5)(read, request.stageName, request.actionName);
            layout = read;
            for (const execution of executions?.pipelineExecutionSummaries ?? []) {
                if (execution.pipelineExecutionId && execution.sourceRevisions) {
                    listed.set(execution.pipelineExecutionId, execution.sourceRevisions.flatMap((revision) => revision.revisionId ?? []));
                }
            }
            snapshot = await (0,pending_approvals/* readPendingApprovals */.qg)(api, layout, targets, { state, executions });
        }
        else {
            snapshot = await (0,pending_approvals/* readPendingApprovals */.qg)(api, layout, targets);
        }
        return choose(snapshot.pending, snapshot.notPending);
    }
    const deadline = clock.now() + request.waitTimeoutSeconds * 1000;
    let grouped = false;
    try {
        for (let poll = 1;; poll++) {
            let step;
            try {
                step = await look();
            }
            catch (error) {
                if (request.waitTimeoutSeconds === 0 || !(error instanceof codepipeline_api/* CodePipelineError */.S) || !error.transient)
                    throw error;
                step = { notYet: error };
            }
            if ('found' in step)
                return step.found;
            const remaining = deadline - clock.now();
            if (remaining <= 0) {
                if (request.waitTimeoutSeconds === 0)
                    throw step.notYet;
                throw afterWaiting(request.waitTimeoutSeconds, step.notYet);
            }
            if (!grouped && group) {
                group.start(`Waiting up to ${request.waitTimeoutSeconds} s for ${targets.length > 0 ? targets.map(pipeline_layout/* describeApproval */.xh).join(', ') : 'the approval'} in ${pipeline}`);
                grouped = true;
            }
            const pause = Math.min(request.pollIntervalSeconds * 1000, remaining);
            log(`Waiting (check ${poll}): ${firstClause(step.notYet.message)}; checking again in ${Math.ceil(pause / 1000)} s, ${Math.ceil(remaining / 1000)} s left.`);
            await clock.sleep(pause);
        }
    }
    finally {
        if (grouped)
            group?.end();
    }
}
/** The last reason the wait saw, as the reason it ended; refusals stay refusals. */
function afterWaiting(seconds, last) {
    const sentence = (message) => `After waiting ${seconds} s, ${(0,errors/* midSentence */.kt)(message)}`;
    const options = { cause: last, publicMessage: sentence(last.publicMessage), notWaiting: last.notWaiting };
    return last instanceof errors/* Refusal */.P_ ? new errors/* Refusal */.P_(sentence(last.message), options) : new errors/* ActionError */.lZ(sentence(last.message), options);
}
function describeExecutions(candidates) {
    return candidates
        .map(({ approval, commits }) => `${approval.pipelineExecutionId ?? 'unknown execution'} at ${commits.length > 0 ? (0,commit_check/* shortList */.pg)(commits) : 'no commit'}`)
        .join(', ');
}
/** What happened, without what to do: the part before ", so nothing was sent" (or the last colon). */
function firstClause(message) {
    const [before = message, after] = message.split(', so nothing was sent');
    return after === undefined ? before.replace(/: [^:]*$/, '') : before;
}

// EXTERNAL MODULE: ./src/codepipeline/send-approval.ts
var send_approval = __webpack_require__(9221);
// EXTERNAL MODULE: ./src/github/approval-notice.ts
var approval_notice = __webpack_require__(3953);
// EXTERNAL MODULE: ./src/github/authorize.ts
var authorize = __webpack_require__(1540);
// EXTERNAL MODULE: ./src/github/commit-pull-requests.ts
var commit_pull_requests = __webpack_require__(8519);
// EXTERNAL MODULE: ./src/github/errors.ts
var github_errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/report/reply-text.ts
var reply_text = __webpack_require__(2932);
;// CONCATENATED MODULE: ./src/github/pull-request-feedback.ts



// Cosmetic calls are tried once: the outcome must not wait on them.
const ONCE = { retries: 0 };
/**
 * Tells the people on the pull request what happened. A command comment gets
 * 👀 as soon as it is read (without holding up the approval), then 🚀 or 😕;
 * comment and label triggers get a reply, unless the person may not act at
 * all: then only 😕, so a stranger cannot make the bot talk. Any failure
 * here is a warning.
 */
function startFeedback(client, options) {
    const { repo, request, warn } = options;
    const commentId = request.trigger === 'comment' ? request.commentId : undefined;
    const pullRequest = request.pullRequest;
    const replies = options.reply && pullRequest && (request.trigger === 'comment' || request.trigger === 'label');
    const attempt = async (what, input, call) => {
        try {
            await call();
        }
        catch (error) {
            const status = (0,github_errors/* httpStatus */.nG)(error);
            warn(`Could not ${what} on pull request #${pullRequest?.number} (${status ? `HTTP ${status}` : (0,errors/* errorMessage */.gJ)(error)}): give the workflow pull-requests: write, or set ${input} to false; the outcome is unchanged.`);
        }
    };
    const react = (content) => options.reactions && commentId !== undefined
        ? attempt(`add the ${content} reaction`, 'reactions', () => client.rest.reactions.createForIssueComment({ ...repo, comment_id: commentId, content, request: ONCE }))
        : Promise.resolve();
    const comment = (body) => replies && pullRequest
        ? attempt('reply', 'reply', () => client.rest.issues.createComment({ ...repo, issue_number: pullRequest.number, body, request: ONCE }))
        : Promise.resolve();
    const seen = react('eyes');
    return {
        async succeeded(answered) {
            await Promise.all([seen, react('rocket'), comment((0,reply_text/* replyText */.c)(answered, options.runUrl))]);
        },
        async deferred(deferred) {
            await Promise.all([seen, comment((0,reply_text/* replyText */.c)(deferred, options.runUrl))]);
        },
        async failed(error) {
            const reply = error instanceof errors/* PersonRefused */.w7 ? Promise.resolve() : comment((0,reply_text/* replyText */.c)({ outcome: 'failed', publicMessage: (0,errors/* publicMessage */.jA)(error) }, options.runUrl));
            await Promise.all([seen, react('confused'), reply]);
        }
    };
}

;// CONCATENATED MODULE: ./src/github/pull-request.ts


/**
 * Comment events carry no commit, so the pull request is read once to learn
 * its head (and, when merged, its merge commit).
 */
async function completePullRequest(client, repo, pullRequest) {
    if (pullRequest.headSha)
        return pullRequest;
    try {
        const { data } = await client.rest.pulls.get({ ...repo, pull_number: pullRequest.number });
        const merged = data.merged === true;
        return {
            number: data.number,
            url: data.html_url,
            author: data.user?.login ?? pullRequest.author,
            headSha: data.head.sha.toLowerCase(),
            merged,
            mergeCommitSha: merged ? (data.merge_commit_sha?.toLowerCase() ?? undefined) : undefined
        };
    }
    catch (error) {
        throw new errors/* ActionError */.lZ(`Could not read pull request #${pullRequest.number}: ${(0,github_errors/* describeGitHubFailure */.Po)(error)}.`, { cause: error });
    }
}

;// CONCATENATED MODULE: ./src/github/resolve-pin.ts


const PER_PAGE = 100;
// GitHub lists at most 250 commits of a pull request.
const COMMIT_PAGES = 3;
const TIMELINE_PAGES = 10;
const FULL_SHA = /^[0-9a-f]{40}$|^[0-9a-f]{64}$/;
// Events after which the pull request's commits may not be the ones reviewed:
// its branch rewritten, or its base moved so that other commits drop out.
const REWRITES = {
    head_ref_force_pushed: 'was force-pushed',
    base_ref_force_pushed: 'had its base branch force-pushed',
    base_ref_changed: 'had its base branch changed'
};
/**
 * Reads the pull request's commits and, for a short pin, the first page of
 * its timeline, side by side; the rest of a long timeline waits for
 * readMoreTimeline, so a stranger's comment costs a few requests, not many.
 */
async function readPinEvidence(client, repo, pullNumber, pin) {
    return wrapped(pullNumber, async () => {
        const [commits, timeline] = await Promise.all([
            pages(1, COMMIT_PAGES, (page) => client.rest.pulls.listCommits({ ...repo, pull_number: pullNumber, per_page: PER_PAGE, page })),
            FULL_SHA.test(pin) ? { items: [], cut: false } : timelinePages(client, repo, pullNumber, 1, 1)
        ]);
        return {
            commits: commits.items.map((commit) => commit.sha.toLowerCase()),
            rewrites: rewritesIn(timeline.items),
            timelineCut: timeline.cut,
            timelinePages: FULL_SHA.test(pin) ? 0 : 1
        };
    });
}
/** The rest of a timeline the first page did not hold, up to ten pages in all. */
async function readMoreTimeline(client, repo, pullNumber, evidence) {
    if (!evidence.timelineCut || evidence.timelinePages >= TIMELINE_PAGES)
        return evidence;
    return wrapped(pullNumber, async () => {
        const more = await timelinePages(client, repo, pullNumber, evidence.timelinePages + 1, TIMELINE_PAGES);
        return { ...evidence, rewrites: [...evidence.rewrites, ...rewritesIn(more.items)], timelineCut: more.cut, timelinePages: TIMELINE_PAGES };
    });
}
function timelinePages(client, repo, pullNumber, first, last) {
    return pages(first, last, (page) => client.rest.issues.listEventsForTimeline({ ...repo, issue_number: pullNumber, per_page: PER_PAGE, page }));
}
function rewritesIn(events) {
    return events.filter((event) => event.event && Object.hasOwn(REWRITES, event.event)).map((event) => ({ event: event.event, at: event.created_at ?? '' }));
}
async function wrapped(pullNumber, read) {
    try {
        return await read();
    }
    catch (error) {
        throw new errors/* ActionError */.lZ(`Could not read the commits of pull request #${pullNumber} to check the pinned commit: ${(0,github_errors/* describeGitHubFailure */.Po)(error)}.`, {
            cause: error
        });
    }
}
/**
 * The full SHA a pin names, if it is bound to this pull request: its head,
 * its merge commit, or one of its commits, and exactly one of them. Seven hex
 * digits can be brute-forced, so after a force-push later than the comment
 * only the full SHA is trusted.
 */
function resolvePin(pin, pullRequest, evidence, commentCreatedAt) {
    const pr = `pull request #${pullRequest.number}`;
    const Pr = `Pull request #${pullRequest.number}`;
    const candidates = [...new Set([pullRequest.headSha, pullRequest.mergeCommitSha, ...evidence.commits].filter((sha) => !!sha))];
    const matches = candidates.filter((sha) => sha.startsWith(pin));
    if (matches.length === 0) {
        throw new errors/* Refusal */.P_(`The pinned commit ${pin} is not a commit of ${pr} (its head is ${pullRequest.headSha?.slice(0, 7) ?? 'unknown'}), so nothing was sent: pin a commit of this pull request, the one you reviewed.`);
    }
    if (matches.length > 1) {
        throw new errors/* Refusal */.P_(`The pinned commit ${pin} matches ${matches.length} commits of ${pr} (${matches.join(', ')}), so nothing was sent: pin the full 40-digit SHA of the commit you reviewed.`);
    }
    const [commit] = matches;
    if (pin !== commit) {
        const commented = commentCreatedAt ? Date.parse(commentCreatedAt) : NaN;
        const later = evidence.rewrites.filter(({ at }) => !(Date.parse(at) < commented)).at(-1);
        if (later) {
            throw new errors/* Refusal */.P_(`${Pr} ${REWRITES[later.event]} at ${later.at || 'an unknown time'}, after the command was written${commentCreatedAt ? ` (${commentCreatedAt})` : ''}, so the short pin ${pin} may now name a commit nobody reviewed and nothing was sent: pin the full 40-digit SHA of the commit you reviewed.`);
        }
        if (evidence.timelineCut) {
            throw new errors/* Refusal */.P_(`${Pr} has a timeline too long to check for force-pushes after the command, so the short pin ${pin} cannot be trusted and nothing was sent: pin the full 40-digit SHA of the commit you reviewed.`);
        }
    }
    return commit;
}
/** Pages `first` to `last` of a listing; `cut` when the last page read was full. */
async function pages(first, last, read) {
    const items = [];
    for (let page = first; page <= last; page++) {
        const { data } = await read(page);
        items.push(...data);
        if (data.length < PER_PAGE)
            return { items, cut: false };
    }
    return { items, cut: true };
}

// EXTERNAL MODULE: ./src/github/tell-pull-requests.ts + 1 modules
var tell_pull_requests = __webpack_require__(825);
// EXTERNAL MODULE: ./src/interpret-event.ts + 1 modules
var interpret_event = __webpack_require__(2658);
// EXTERNAL MODULE: ./src/report/notice-text.ts
var notice_text = __webpack_require__(6090);
;// CONCATENATED MODULE: ./src/answer-request.ts














/**
 * request -> authorized request -> located approval -> result, with the pull
 * request told along the way: 👀 at once, then 🚀 or 😕, the reply, and the
 * notice and commit status of the approval.
 */
async function answerRequest(context, request, group) {
    const { inputs, event } = context;
    const authorizes = request.trigger !== 'input';
    const github = authorizes || readsPullRequest(inputs, request)
        ? await context.github(authorizes ? `checking @${request.actor.login}'s permission` : 'reading the pull request')
        : undefined;
    const feedback = github
        ? startFeedback(github.main, { repo: event.repo, request, reactions: inputs.reactions, reply: inputs.reply, runUrl: event.runUrl, warn: context.warn })
        : undefined;
    const notices = noticesAhead(context, request, github);
    try {
        const ending = await answer(context, request, github, group, !!github || !!notices);
        // Cosmetic calls come after the decision was sent, side by side.
        await Promise.all([
            ending.outcome === 'deferred' ? feedback?.deferred(ending) : feedback?.succeeded(ending),
            ending.outcome === 'sent' ? tellAnswered(context, github, ending, notices) : undefined
        ]);
        return ending;
    }
    catch (error) {
        await feedback?.failed(error);
        throw error;
    }
}
/**
 * Asked for now, beside authorization (or beside the CodePipeline reads of a
 * workflow step that names its commit), so that editing a notice after the
 * decision costs one round trip, not two or three.
 */
function noticesAhead(context, request, github) {
    const { inputs, event } = context;
    if (!inputs.notify)
        return undefined;
    const listed = (clients, numbers) => new Map(numbers.map((number) => [number, settled((0,approval_notice/* listComments */.fg)(clients.main, event.repo, number))]));
    if (github && request.pullRequest)
        return Promise.resolve({ comments: listed(github, [request.pullRequest.number]) });
    const commit = inputs.revision?.length === 40 ? inputs.revision : undefined;
    if (request.trigger !== 'input' || request.pullRequest || !commit || !inputs.githubToken)
        return undefined;
    return settled(context
        .github('finding the notices of the commit')
        .then(async (clients) => ({ commit, comments: listed(clients, await (0,commit_pull_requests/* pullRequestNumbersOfCommits */.Y)(clients.main, event.repo, [commit])) })));
}
/** Observed at once: a failure is reported (as a warning) only if the notice is needed. */
function settled(promise) {
    promise.catch(() => undefined);
    return promise;
}
/** A comment carries no commit, and a pin is checked against the pull request: both read it. */
function readsPullRequest(inputs, request) {
    if (!request.pullRequest)
        return false;
    if (request.trigger === 'input')
        return !request.pullRequest.headSha && !inputs.revision;
    return !request.pullRequest.headSha || !!request.pinnedCommit;
}
/**
 * Who may act, and what the pull request says now, read side by side. No AWS
 * request is made before the person is authorized.
 */
async function authorizeAndRead(context, request, github) {
    const { inputs, event } = context;
    const pin = request.pinnedCommit;
    const [authorization, completed, evidence] = await Promise.allSettled([
        github && request.trigger !== 'input'
            ? (0,authorize/* authorize */.G)({ permissions: github.main, teams: github.teams }, {
                decision: request.decision,
                actor: request.actor,
                sender: request.sender,
                repo: event.repo,
                pullRequest: request.pullRequest,
                rerun: {
                    attempt: event.runAttempt,
                    triggeringActor: event.triggeringActor ? { login: event.triggeringActor, isBot: (0,interpret_event/* isBotLogin */.D)(event.triggeringActor) } : undefined
                }
            }, { ...inputs, teamTokenInput: inputs.approversToken ? 'approvers-token' : 'github-token' })
            : undefined,
        github && request.pullRequest && readsPullRequest(inputs, request)
            ? completePullRequest(github.main, event.repo, request.pullRequest)
            : request.pullRequest,
        github && request.pullRequest && pin ? readPinEvidence(github.main, event.repo, request.pullRequest.number, pin) : undefined
    ]);
    // A denial is the answer, whatever else failed.
    if (authorization.status === 'rejected')
        throw authorization.reason;
    if (request.pinProblem)
        throw new errors/* Refusal */.P_(request.pinProblem);
    if (completed.status === 'rejected')
        throw completed.reason;
    if (evidence.status === 'rejected')
        throw evidence.reason;
    const pullRequest = completed.value;
    // The rest of a long timeline is read only for someone who may act.
    const pinEvidence = github && pullRequest && evidence.value ? await readMoreTimeline(github.main, event.repo, pullRequest.number, evidence.value) : undefined;
    const pinnedCommit = pin && pullRequest && pinEvidence ? resolvePin(pin, pullRequest, pinEvidence, request.commentCreatedAt) : undefined;
    if (request.trigger === 'comment' && !pin && event.runAttempt > 1 && pullRequest?.headSha) {
        context.warn(`This is a re-run of a comment that names no commit, so it vouches for the pull request's head as it is now (${pullRequest.headSha}), which may be newer than the comment: pin the reviewed commit ("/approve-deploy <sha>") to be sure.`);
    }
    return { authorization: authorization.value, pullRequest, pinnedCommit };
}
async function answer(context, request, github, group, askedGitHub) {
    const { inputs, event } = context;
    const { decision, actor } = request;
    // GitHub is asked first; the AWS SDK, whose import() compiles it and holds
    // the event loop, loads once those requests are on the wire, while GitHub
    // answers. No AWS request is made before authorization.
    const reads = authorizeAndRead(context, request, github);
    const codepipeline = (askedGitHub ? context.githubSent() : Promise.resolve()).then(() => context.codepipeline());
    // Observed now, so a denial that returns early cannot leave either unhandled.
    reads.catch(() => undefined);
    codepipeline.catch(() => undefined);
    const { authorization, pullRequest, pinnedCommit } = await reads;
    if (authorization) {
        const { login, role, approvedBy, rerunBy } = authorization;
        context.log(`@${login} may ${decision === 'Approved' ? 'approve' : 'reject'}: role ${role}${approvedBy ? `, ${approvedBy}` : ''}${rerunBy ? `; re-run by @${rerunBy}, who may too` : ''}.`);
    }
    if (pinnedCommit)
        context.log(`The pinned commit ${request.pinnedCommit} is ${pinnedCommit}, a commit of pull request #${pullRequest?.number}.`);
    const api = await codepipeline;
    const claim = (0,commit_check/* vouchedCommits */.B7)({ ...request, pullRequest, pinnedCommit }, inputs.revision);
    const defers = inputs.whenNotWaiting === 'defer' && (request.trigger === 'merge' || request.trigger === 'label');
    let approval;
    try {
        approval = await locateApproval(api, {
            pipelineName: inputs.pipelineName,
            stageName: inputs.stageName,
            actionName: inputs.actionName,
            claim,
            revisionCheck: inputs.revisionCheck,
            command: decision === 'Approved' ? inputs.approveCommand : inputs.rejectCommand,
            waitTimeoutSeconds: inputs.waitTimeoutSeconds,
            pollIntervalSeconds: inputs.pollIntervalSeconds,
            nothingWaitsHint: request.trigger === 'comment' && inputs.waitTimeoutSeconds === 0
                ? 'check that the pipeline run reached the approval, and comment again once the pull request says that the deployment waits (or set wait-timeout to wait for it)'
                : undefined
        }, { clock: context.clock, log: context.log, group });
    }
    catch (error) {
        if (!defers || !(error instanceof errors/* ActionError */.lZ) || !error.notWaiting)
            throw error;
        // The repository_dispatch (or schedule) run answers it when the pipeline gets there.
        const commit = request.trigger === 'merge' ? pullRequest?.mergeCommitSha : pullRequest?.headSha;
        const how = request.trigger === 'merge' ? 'merged' : `added ${decision === 'Approved' ? inputs.approveLabel : inputs.rejectLabel} to`;
        return {
            outcome: 'deferred',
            message: `Deferred: ${(0,errors/* midSentence */.kt)(answer_request_firstClause(error.message))}. When the pipeline reaches the approval for commit ${commit ?? '(unknown)'}, the repository_dispatch or schedule run answers it ${decision} for @${actor.login}, who ${how} pull request #${pullRequest?.number}.`,
            decision,
            actor: actor.login,
            pullRequest,
            commit
        };
    }
    context.log(`${approval.stageName}/${approval.actionName} in pipeline "${approval.pipelineName}" waits in execution ${approval.pipelineExecutionId ?? '(unknown)'}` +
        (approval.commit ? ` for commit ${(0,commit_check/* shortSha */.Fu)(approval.commit)}${approval.verdict.verified ? ', the commit the request vouches for' : ''}.` : '.'));
    if (approval.verdict.warning)
        context.warn(approval.verdict.warning);
    const summary = (0,approval_summary/* composeSummary */.lA)({
        decision,
        actor: actor.login,
        rerunBy: authorization?.rerunBy,
        link: pullRequest?.url ?? event.runUrl,
        commit: approval.commit,
        reason: request.reason,
        note: inputs.summary
    });
    const answered = { decision, actor: actor.login, approval, summary, pullRequest, verdict: approval.verdict };
    if (inputs.dryRun)
        return { ...answered, outcome: 'dry-run' };
    const sent = await (0,send_approval/* sendApproval */.M)(api, approval, decision, summary, context.log);
    return { ...answered, outcome: 'sent', approvedAt: sent.approvedAt };
}
/**
 * The approval's notice (if the pull request has one) and its commit status
 * say what was sent: for a workflow step, on the pull requests of the commit.
 */
async function tellAnswered(context, github, answered, ahead) {
    const { inputs, event } = context;
    if (!inputs.notify && !inputs.commitStatus)
        return;
    const { approval } = answered;
    const clients = github ?? (inputs.githubToken ? await context.github('updating the notice').catch(() => undefined) : undefined);
    if (!clients || !approval.pipelineExecutionId)
        return;
    const api = await context.codepipeline();
    const status = answered.decision === 'Approved' ? 'Succeeded' : 'Failed';
    const subject = {
        ...approval,
        pipelineExecutionId: approval.pipelineExecutionId,
        consoleUrl: (0,notice_text/* consoleUrl */.B9)(await api.region(), approval.pipelineName, approval.pipelineExecutionId)
    };
    let comments;
    let numbers = answered.pullRequest ? [answered.pullRequest.number] : [];
    try {
        const known = await ahead;
        if (known && (!known.commit || known.commit === approval.commit)) {
            comments = known.comments;
            numbers = [...known.comments.keys()];
        }
        else if (numbers.length === 0 && approval.commits.length > 0 && inputs.notify) {
            numbers = await (0,commit_pull_requests/* pullRequestNumbersOfCommits */.Y)(clients.main, event.repo, approval.commits);
        }
    }
    catch (error) {
        context.warn(`${error.message.replace(/\.$/, '')}, so their notices still say the approval waits; the outcome is unchanged.`);
    }
    await (0,tell_pull_requests/* tellPullRequests */.n)(clients.main, {
        repo: event.repo,
        key: subject,
        notices: numbers.map((number) => ({ number, text: (0,notice_text/* answeredNotice */.qN)(subject, { status, summary: answered.summary }) })),
        mode: 'edit',
        commits: approval.commit ? [approval.commit] : [],
        status: (0,notice_text/* approvalStatus */.cP)(subject, status),
        notify: inputs.notify,
        commitStatus: inputs.commitStatus,
        warn: context.warn,
        comments
    });
}
/** What happened, without what to do: the part before ", so nothing was sent". */
function answer_request_firstClause(message) {
    return (message.split(', so nothing was sent')[0] ?? message).replace(/\.$/, '');
}


/***/ })

};
