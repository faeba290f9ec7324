import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P_: () => (/* binding */ Refusal),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   jA: () => (/* binding */ publicMessage),
/* harmony export */   kt: () => (/* binding */ midSentence),
/* harmony export */   lZ: () => (/* binding */ ActionError),
/* harmony export */   w7: () => (/* binding */ PersonRefused),
/* harmony export */   zU: () => (/* binding */ failureKind)
/* harmony export */ });
/**
 * A refusal or failure the user can act on. Its message is one sentence that
 * says what happened and what to do, so main reports it as it is.
 */
class ActionError extends Error {
    /**
     * The same sentence without what only the job log should show (AWS account
     * ids, role ARNs, network details): pull request replies are public.
     */
    publicMessage;
    /**
     * The approval does not wait for this request (yet): nothing waits, or it
     * waits for another commit. A merge or label with when-not-waiting: defer
     * ends there, leaving the answer to the dispatch run.
     */
    notWaiting;
    constructor(message, options) {
        super(message, options);
        this.name = 'ActionError';
        this.publicMessage = options?.publicMessage ?? message;
        this.notWaiting = options?.notWaiting ?? false;
    }
}
/** A commit, or a request, that was not allowed: outcome `refused`, not `failed`. */
class Refusal extends ActionError {
    constructor(message, options) {
        super(message, options);
        this.name = 'Refusal';
    }
}
/**
 * The person who acted may not: they get a 😕 and no reply, so that anyone
 * who can comment cannot make the bot talk.
 */
class PersonRefused extends Refusal {
    constructor(message) {
        super(message);
        this.name = 'PersonRefused';
    }
}
/** How a run that sent nothing ended: a person or commit not allowed, or something broken. */
function failureKind(error) {
    return error instanceof Refusal ? 'refused' : 'failed';
}
/** What a public reply may say about anything thrown. */
function publicMessage(error) {
    return error instanceof ActionError
        ? error.publicMessage
        : 'The action failed unexpectedly, so nothing was sent: the job log has the details.';
}
/** A sentence read on mid-sentence: "Nothing waits" becomes "nothing waits"; "CodePipeline" stays. */
function midSentence(message) {
    return /^[A-Z][a-z]+\b/.test(message) ? message.charAt(0).toLowerCase() + message.slice(1) : message;
}
/** Text for anything thrown: libraries throw strings and plain objects too. */
function errorMessage(error) {
    // Duck-typed: errors from another realm (a vm context, a worker) are not `instanceof Error`.
    const message = error?.message;
    if (typeof message === 'string')
        return message;
    if (typeof error === 'string')
        return error;
    try {
        return JSON.stringify(error) ?? String(error);
    }
    catch {
        return String(error);
    }
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(681);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 2658:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  S: () => (/* binding */ interpretEvent),
  D: () => (/* binding */ isBotLogin)
});

;// CONCATENATED MODULE: ./src/parse-command.ts
const PINNED_COMMIT = /^[0-9a-f]{7,40}$/i;
const HEX = /^[0-9a-f]+$/i;
// Control characters other than tab and new line have no place in a summary.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g;
// Format characters (zero-width spaces and joiners, the word joiner, soft
// hyphens, direction marks): invisible, so they could hide a pin.
const FORMAT = /\p{Cf}/gu;
// Wrappers that leave a pin what it is: code, emphasis, quotes, brackets.
const LEADING = /^[`*_~"'([{<]+/;
const TRAILING = /[`*_~"')\]}>.,:;!?…]+$/;
// A run that reads like a commit: hex digits, and letters outside ASCII that
// look like them (Cyrillic "а", Greek "ο"), with a digit and a letter in it.
const LOOKS_LIKE_COMMIT = /(?:[0-9a-f]|(?![\u0000-\u007f])[\p{sc=Latin}\p{sc=Cyrillic}\p{sc=Greek}]){7,}/giu;
/**
 * A command is the first word of the comment's first line, matched exactly
 * (case-insensitive), so that a quote ("> /approve-deploy"), prose that
 * mentions the command, or "/approve-deployment" never acts. The word after
 * it pins the reviewed commit; a commit written anywhere else, or in a form
 * that is not a pin, is refused rather than read as the reason.
 */
function parseCommand(body, commands) {
    const text = body.normalize('NFKC').replace(FORMAT, '').replace(CONTROL, '');
    const [firstLine = '', ...otherLines] = text.split(/\r\n|\r|\n/);
    const [word = '', ...rest] = firstLine.trim().split(/\s+/);
    const command = word.toLowerCase();
    const decision = command === commands.approve ? 'Approved' : command === commands.reject ? 'Rejected' : undefined;
    if (!decision)
        return undefined;
    const example = `"${command} c4295bd reason"`;
    const first = rest[0];
    const candidate = first === undefined ? '' : unwrap(first);
    const pinnedCommit = PINNED_COMMIT.test(candidate) ? candidate.toLowerCase() : undefined;
    if (pinnedCommit)
        rest.shift();
    const reason = [rest.join(' '), ...otherLines].join(' ').replace(/\s+/g, ' ').trim();
    let pinProblem;
    if (!pinnedCommit && first !== undefined && attemptedPin(first, candidate)) {
        pinProblem = `"${first}" after the command is not a commit SHA of 7 to 40 hex digits, so nothing was sent: name the commit you reviewed as in ${example}, or start the reason with a word.`;
    }
    else if (!pinnedCommit) {
        const named = [...reason.matchAll(LOOKS_LIKE_COMMIT)].map((match) => match[0]).find((run) => /\d/.test(run) && /\p{L}/u.test(run));
        if (named) {
            pinProblem = `The comment names "${named}", which looks like a commit but is not the pin right after the command, so it is not read as the commit you reviewed and nothing was sent: put the commit right after the command, as in ${example}.`;
        }
    }
    return { decision, pinnedCommit, pinProblem, reason: reason || undefined };
}
/** The word without the wrappers and trailing punctuation that leave a pin what it is. */
function unwrap(word) {
    let unwrapped = word;
    for (let previous = ''; previous !== unwrapped;) {
        previous = unwrapped;
        unwrapped = unwrapped.replace(LEADING, '').replace(TRAILING, '');
    }
    return unwrapped;
}
/**
 * The word after the command is evidently meant as a commit, though it is not
 * 7 to 40 hex digits: 6 hex digits with a digit among them, more than 40,
 * anything in backticks, or hex glued to other characters.
 */
function attemptedPin(raw, candidate) {
    const hex = HEX.test(candidate);
    return ((hex && /\d/.test(candidate) && candidate.length >= 6) ||
        (hex && candidate.length > 40) ||
        (/^`.*`/.test(raw) && candidate.length > 0) ||
        /^(?=[0-9a-f]*\d)[0-9a-f]{7,}[^0-9a-f]/i.test(candidate));
}

;// CONCATENATED MODULE: ./src/interpret-event.ts

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
/** Decides whether the event asks for an approval or a rejection, and who asked. */
function interpretEvent(event, inputs) {
    if (inputs.decision !== 'auto')
        return { act: true, request: fromDecisionInput(event, inputs.decision) };
    const { eventName, payload } = event;
    const sender = person(payload.sender);
    if (eventName === 'issue_comment') {
        const { comment, issue } = payload;
        if (payload.action !== 'created') {
            return skip(`the comment was ${payload.action ?? 'changed'}, and only new comments are read`);
        }
        if (!issue?.pull_request || !comment)
            return skip('the comment is on an issue, not on a pull request');
        const command = parseCommand(comment.body ?? '', { approve: inputs.approveCommand, reject: inputs.rejectCommand });
        if (!command) {
            return skip(`the comment does not start with ${inputs.approveCommand} or ${inputs.rejectCommand}`);
        }
        return {
            act: true,
            request: {
                decision: command.decision,
                trigger: 'comment',
                actor: person(comment.user) ?? { login: '', isBot: false },
                sender,
                pullRequest: {
                    number: issue.number,
                    url: issue.html_url,
                    author: issue.user?.login,
                    merged: false
                },
                commentId: comment.id,
                commentCreatedAt: comment.created_at,
                pinnedCommit: command.pinnedCommit,
                pinProblem: command.pinProblem,
                reason: command.reason
            }
        };
    }
    if (PULL_REQUEST_EVENTS.has(eventName) && payload.pull_request) {
        const pullRequest = pullRequestInfo(payload.pull_request);
        const base = { actor: sender ?? { login: '', isBot: false }, sender, pullRequest };
        const number = `pull request #${pullRequest.number}`;
        if (payload.action === 'closed') {
            if (pullRequest.merged) {
                return inputs.approveOnMerge
                    ? { act: true, request: { ...base, decision: 'Approved', trigger: 'merge' } }
                    : skip(`${number} was merged, and approve-on-merge is false`);
            }
            return inputs.rejectOnClose
                ? { act: true, request: { ...base, decision: 'Rejected', trigger: 'close' } }
                : skip(`${number} was closed without merging, and reject-on-close is false`);
        }
        if (payload.action === 'labeled') {
            const label = payload.label?.name ?? '';
            const decision = label.toLowerCase() === inputs.approveLabel
                ? 'Approved'
                : label.toLowerCase() === inputs.rejectLabel
                    ? 'Rejected'
                    : undefined;
            return decision
                ? { act: true, request: { ...base, decision, trigger: 'label' } }
                : skip(`the label "${label}" is neither ${inputs.approveLabel} nor ${inputs.rejectLabel}`);
        }
        return skip(`${eventName} "${payload.action ?? ''}" events ask nothing; merges, labels and comment commands do`);
    }
    return skip(`${eventName || 'this'} events ask nothing while decision is auto; set decision to approved or rejected to act on them`);
}
/** With an explicit decision the workflow author is the authority, whatever the event. */
function fromDecisionInput(event, decision) {
    const { payload } = event;
    const pullRequest = payload.pull_request
        ? pullRequestInfo(payload.pull_request)
        : payload.issue?.pull_request
            ? { number: payload.issue.number, url: payload.issue.html_url, author: payload.issue.user?.login, merged: false }
            : undefined;
    return {
        decision,
        trigger: 'input',
        // Whoever started this attempt: on a re-run, the person who pressed the button.
        actor: { login: event.triggeringActor || event.actor, isBot: isBotLogin(event.triggeringActor || event.actor) },
        pullRequest
    };
}
function pullRequestInfo(pr) {
    const merged = pr.merged === true;
    return {
        number: pr.number,
        url: pr.html_url,
        author: pr.user?.login,
        headSha: pr.head?.sha?.toLowerCase(),
        merged,
        mergeCommitSha: merged ? (pr.merge_commit_sha?.toLowerCase() ?? undefined) : undefined
    };
}
function person(user) {
    return user ? { login: user.login, isBot: user.type === 'Bot' || isBotLogin(user.login) } : undefined;
}
function isBotLogin(login) {
    return login.endsWith('[bot]');
}
function skip(reason) {
    return { act: false, reason: `Skipped: ${reason}.` };
}


/***/ }),

/***/ 681:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    command_issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    command_issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return __awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return __awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./src/clock.ts
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};

// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/dispatch-payload.ts

/** The states CodePipeline reports for an action execution. */
const EVENT_STATES = ['STARTED', 'SUCCEEDED', 'FAILED', 'ABANDONED', 'CANCELED'];
const NAME = /^[A-Za-z0-9.@\-_]{1,100}$/;
const EXECUTION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const REGION = /^[a-z]{2,}(?:-[a-z]+)+-\d{1,2}$/;
const ACCOUNT = /^\d{12}$/;
const TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/;
/**
 * Reads a repository_dispatch payload. Another event type, another pipeline,
 * or another approval than stage-name/action-name is skipped before any
 * request; a payload for this pipeline that is malformed fails, naming the
 * key, and nothing is sent.
 */
function readDispatch(payload, inputs) {
    const type = typeof payload.action === 'string' ? payload.action : '';
    if (type !== inputs.dispatchEventType) {
        return { skip: `Skipped: the repository_dispatch event type "${type}" is not dispatch-event-type (${inputs.dispatchEventType}).` };
    }
    const fix = 'check the input transformer of the EventBridge rule (cloudformation/approval-events.yml)';
    const client = payload.client_payload;
    if (!client || typeof client !== 'object' || Array.isArray(client)) {
        throw new errors/* ActionError */.lZ(`The repository_dispatch payload has no client_payload object, so nothing was sent: ${fix}.`);
    }
    const fields = client;
    const text = (key, pattern, what) => {
        const value = fields[key];
        if (value === undefined || value === null) {
            throw new errors/* ActionError */.lZ(`The repository_dispatch payload has no client_payload.${key}, so nothing was sent: ${fix}.`);
        }
        if (typeof value !== 'string' || !pattern.test(value)) {
            throw new errors/* ActionError */.lZ(`The repository_dispatch payload's client_payload.${key} ${JSON.stringify(value).slice(0, 120)} is not ${what}, so nothing was sent: ${fix}.`);
        }
        return value;
    };
    const pipeline = text('pipeline', NAME, 'a CodePipeline name');
    if (pipeline !== inputs.pipelineName) {
        return { skip: `Skipped: the event is for pipeline "${pipeline}", not pipeline-name (${inputs.pipelineName}).` };
    }
    const event = {
        pipeline,
        executionId: text('execution-id', EXECUTION_ID, 'a CodePipeline execution id'),
        stage: text('stage', NAME, 'a CodePipeline stage name'),
        action: text('action', NAME, 'a CodePipeline action name'),
        state: text('state', new RegExp(`^(?:${EVENT_STATES.join('|')})$`), `one of ${EVENT_STATES.join(', ')}`),
        region: text('region', REGION, 'an AWS region'),
        account: text('account', ACCOUNT, 'a 12-digit AWS account id'),
        time: text('time', TIME, 'an ISO 8601 time')
    };
    if (inputs.stageName && event.stage !== inputs.stageName) {
        return { skip: `Skipped: the event is for stage "${event.stage}", not stage-name (${inputs.stageName}).` };
    }
    if (inputs.actionName && event.action !== inputs.actionName) {
        return { skip: `Skipped: the event is for action "${event.action}", not action-name (${inputs.actionName}).` };
    }
    return { event };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/event-context.ts


/**
 * Reads the event the way @actions/github's context does. It is read here so
 * that runs which skip never load Octokit (most runs skip).
 */
function readEventContext(env = process.env) {
    const payload = readPayload(env.GITHUB_EVENT_PATH);
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const repo = readRepo(env.GITHUB_REPOSITORY, payload);
    const runId = env.GITHUB_RUN_ID ?? '';
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        actor: env.GITHUB_ACTOR ?? '',
        runAttempt: Math.max(1, Number(env.GITHUB_RUN_ATTEMPT) || 1),
        triggeringActor: env.GITHUB_TRIGGERING_ACTOR ?? '',
        repo,
        serverUrl,
        runUrl: `${serverUrl}/${repo.owner}/${repo.repo}/actions/runs/${runId}`
    };
}
function readPayload(path) {
    if (!path)
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch (error) {
        throw new errors/* ActionError */.lZ(`Could not read the event payload at GITHUB_EVENT_PATH (${(0,errors/* errorMessage */.gJ)(error)}): run the action inside a GitHub workflow, or point GITHUB_EVENT_PATH at a webhook payload.`, { cause: error });
    }
}
function readRepo(repository, payload) {
    const [owner, repo] = (repository ?? '').split('/');
    if (owner && repo)
        return { owner, repo };
    const fromPayload = payload.repository;
    return { owner: fromPayload?.owner?.login ?? '', repo: fromPayload?.name ?? '' };
}

;// CONCATENATED MODULE: ./src/flow-context.ts

/** Builds the context; each client is created once, the first time a flow asks for it. */
function createFlowContext(parts) {
    const { inputs, debug } = parts;
    let factory;
    let github;
    let codepipeline;
    return {
        inputs,
        event: parts.event,
        clock: parts.clock,
        log: parts.log,
        warn: parts.warn,
        github(purpose) {
            if (!inputs.githubToken) {
                return Promise.reject(new errors/* ActionError */.lZ(`Input github-token is empty, but ${purpose} needs it: leave github-token at its default, \${{ github.token }}.`));
            }
            factory ??= Promise.all(/* import() */[__nccwpck_require__.e(90), __nccwpck_require__.e(891)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6891)).then(({ createGitHubClients }) => createGitHubClients({ debug, log: parts.log }));
            github ??= factory.then((clients) => {
                const main = clients.create(inputs.githubToken);
                return { main, teams: inputs.approversToken ? clients.create(inputs.approversToken) : main };
            });
            return github;
        },
        async githubSent() {
            await (await factory)?.sent();
        },
        codepipeline() {
            codepipeline ??= Promise.all(/* import() */[__nccwpck_require__.e(832), __nccwpck_require__.e(950)]).then(__nccwpck_require__.bind(__nccwpck_require__, 950)).then(({ createCodePipelineApi }) => createCodePipelineApi({ region: inputs.awsRegion, mask: parts.mask, debug }));
            return codepipeline;
        }
    };
}

;// CONCATENATED MODULE: ./src/types.ts
/** Repository roles that may act, weakest first. */
const ACTING_ROLES = ['write', 'maintain', 'admin'];

;// CONCATENATED MODULE: ./src/inputs.ts

/** Input names exactly as action.yml declares them. */
const INPUT = {
    pipelineName: 'pipeline-name',
    stageName: 'stage-name',
    actionName: 'action-name',
    decision: 'decision',
    approveCommand: 'approve-command',
    rejectCommand: 'reject-command',
    approveLabel: 'approve-label',
    rejectLabel: 'reject-label',
    approveOnMerge: 'approve-on-merge',
    rejectOnClose: 'reject-on-close',
    permission: 'permission',
    approvers: 'approvers',
    allowSelfApproval: 'allow-self-approval',
    revisionCheck: 'revision-check',
    revision: 'revision',
    summary: 'summary',
    waitTimeout: 'wait-timeout',
    pollInterval: 'poll-interval',
    dryRun: 'dry-run',
    awsRegion: 'aws-region',
    githubToken: 'github-token',
    approversToken: 'approvers-token',
    reactions: 'reactions',
    reply: 'reply',
    whenNotWaiting: 'when-not-waiting',
    dispatchEventType: 'dispatch-event-type',
    notify: 'notify',
    commitStatus: 'commit-status'
};
// CodePipeline's own rule for pipeline, stage and action names.
const PIPELINE_NAME = /^[A-Za-z0-9.@\-_]{1,100}$/;
const COMMIT = /^[0-9a-f]{7,40}$/i;
const LOGIN = /^[A-Za-z\d](?:[A-Za-z\d]|-(?=[A-Za-z\d])){0,38}(?:\[bot\])?$/;
const TEAM_SLUG = /^[A-Za-z\d][A-Za-z\d_.-]{0,99}$/;
const inputs_REGION = /^[a-z]{2,}(?:-[a-z]+)+-\d{1,2}$/;
// A GitHub job runs for at most six hours; waiting longer only hides a mistake.
const MAX_WAIT_SECONDS = 6 * 60 * 60;
const MAX_POLL_SECONDS = 60 * 60;
class InputError extends Error {
    problems;
    constructor(problems) {
        super(problems.join(' '));
        this.problems = problems;
        this.name = 'InputError';
    }
}
/**
 * Reads and validates every input before anything is sent anywhere. All
 * problems are reported at once so one run fixes them all.
 */
function readInputs(source) {
    const problems = [];
    const text = (name) => source.getInput(name).trim();
    const pipelineNamed = (name, required) => {
        const value = text(name);
        if (!value) {
            if (required)
                problems.push(`Input ${name} is required: set it to the name of the pipeline that holds the approval.`);
            return undefined;
        }
        if (!PIPELINE_NAME.test(value)) {
            problems.push(`Input ${name} "${value}" is not a valid CodePipeline name: use 1 to 100 letters, digits or the characters . @ - _.`);
            return undefined;
        }
        return value;
    };
    const oneOf = (name, allowed, fallback) => {
        const value = text(name).toLowerCase();
        if (allowed.includes(value))
            return value;
        problems.push(`Input ${name} must be ${listOr(allowed)} (got "${text(name)}").`);
        return fallback;
    };
    const flag = (name) => {
        try {
            return source.getBooleanInput(name);
        }
        catch {
            problems.push(`Input ${name} must be true or false (got "${text(name)}").`);
            return false;
        }
    };
    const seconds = (name, min, max) => {
        const value = text(name);
        const parsed = /^\d+$/.test(value) ? Number(value) : NaN;
        if (Number.isSafeInteger(parsed) && parsed >= min && parsed <= max)
            return parsed;
        problems.push(`Input ${name} must be a whole number of seconds from ${min} to ${max} (got "${value}").`);
        return min;
    };
    const word = (name, example) => {
        const value = text(name);
        if (!value || /\s/.test(value)) {
            problems.push(`Input ${name} must be one word such as ${example} (got "${value}").`);
        }
        return value.toLowerCase();
    };
    const label = (name) => {
        const value = text(name);
        if (!value || value.length > 50) {
            problems.push(`Input ${name} must be a label name of 1 to 50 characters (got "${value}").`);
        }
        return value.toLowerCase();
    };
    const distinct = (a, b, aValue, bValue) => {
        if (aValue && aValue === bValue)
            problems.push(`Inputs ${a} and ${b} must differ (both are "${aValue}").`);
    };
    const pipelineName = pipelineNamed(INPUT.pipelineName, true) ?? '';
    const stageName = pipelineNamed(INPUT.stageName, false);
    const actionName = pipelineNamed(INPUT.actionName, false);
    const decisionWord = oneOf(INPUT.decision, ['auto', 'approved', 'rejected'], 'auto');
    const decision = decisionWord === 'approved' ? 'Approved' : decisionWord === 'rejected' ? 'Rejected' : 'auto';
    const approveCommand = word(INPUT.approveCommand, '/approve-deploy');
    const rejectCommand = word(INPUT.rejectCommand, '/reject-deploy');
    distinct(INPUT.approveCommand, INPUT.rejectCommand, approveCommand, rejectCommand);
    const approveLabel = label(INPUT.approveLabel);
    const rejectLabel = label(INPUT.rejectLabel);
    distinct(INPUT.approveLabel, INPUT.rejectLabel, approveLabel, rejectLabel);
    const revision = text(INPUT.revision);
    if (revision && !COMMIT.test(revision)) {
        problems.push(`Input revision must be a commit SHA of 7 to 40 hex digits (got "${revision}").`);
    }
    const dispatchEventType = text(INPUT.dispatchEventType);
    if (!dispatchEventType || dispatchEventType.length > 100 || /\s/.test(dispatchEventType)) {
        problems.push(`Input dispatch-event-type must be one word of 1 to 100 characters, the event_type of the repository_dispatch events (got "${dispatchEventType}").`);
    }
    const awsRegion = text(INPUT.awsRegion);
    if (awsRegion && !inputs_REGION.test(awsRegion)) {
        problems.push(`Input aws-region must be an AWS region such as us-east-1 (got "${awsRegion}").`);
    }
    const inputs = {
        pipelineName,
        stageName,
        actionName,
        decision,
        approveCommand,
        rejectCommand,
        approveLabel,
        rejectLabel,
        approveOnMerge: flag(INPUT.approveOnMerge),
        rejectOnClose: flag(INPUT.rejectOnClose),
        permission: oneOf(INPUT.permission, ACTING_ROLES, 'admin'),
        approvers: parseApprovers(text(INPUT.approvers), problems),
        allowSelfApproval: flag(INPUT.allowSelfApproval),
        revisionCheck: oneOf(INPUT.revisionCheck, ['auto', 'strict', 'off'], 'strict'),
        revision: revision ? revision.toLowerCase() : undefined,
        summary: text(INPUT.summary),
        waitTimeoutSeconds: seconds(INPUT.waitTimeout, 0, MAX_WAIT_SECONDS),
        pollIntervalSeconds: seconds(INPUT.pollInterval, 1, MAX_POLL_SECONDS),
        dryRun: flag(INPUT.dryRun),
        awsRegion: awsRegion || undefined,
        githubToken: text(INPUT.githubToken),
        approversToken: text(INPUT.approversToken) || undefined,
        reactions: flag(INPUT.reactions),
        reply: flag(INPUT.reply),
        whenNotWaiting: oneOf(INPUT.whenNotWaiting, ['fail', 'wait', 'defer'], 'fail'),
        dispatchEventType,
        notify: flag(INPUT.notify),
        commitStatus: flag(INPUT.commitStatus)
    };
    // wait-timeout alone has always meant "wait": fail only says what happens without it.
    if (inputs.whenNotWaiting === 'fail' && inputs.waitTimeoutSeconds > 0)
        inputs.whenNotWaiting = 'wait';
    if (inputs.whenNotWaiting === 'wait' && inputs.waitTimeoutSeconds === 0) {
        problems.push('Input when-not-waiting is wait, but wait-timeout is 0: set wait-timeout to how many seconds to wait.');
    }
    if (inputs.whenNotWaiting === 'defer' && inputs.waitTimeoutSeconds > 0) {
        problems.push('Inputs when-not-waiting: defer and wait-timeout both say what to do when nothing waits yet: set wait-timeout to 0 with defer, or use when-not-waiting: wait.');
    }
    if (problems.length > 0)
        throw new InputError(problems);
    return inputs;
}
/** Users and org/team slugs, separated by commas, spaces or new lines; a leading @ is allowed. */
function parseApprovers(value, problems) {
    const users = [];
    const teams = [];
    for (const entry of value.split(/[\s,]+/).filter(Boolean)) {
        const name = entry.replace(/^@/, '');
        const [org, slug, extra] = name.split('/');
        if (slug === undefined && LOGIN.test(name)) {
            users.push(name.toLowerCase());
        }
        else if (org && slug && extra === undefined && LOGIN.test(org) && TEAM_SLUG.test(slug)) {
            teams.push({ org: org.toLowerCase(), slug: slug.toLowerCase() });
        }
        else {
            problems.push(`Input approvers has "${entry}", which is neither a GitHub login nor an org/team slug: list entries like alice or my-org/deployers.`);
        }
    }
    return { users, teams };
}
function listOr(values) {
    return values.length < 2 ? values.join('') : `${values.slice(0, -1).join(', ')} or ${values.at(-1)}`;
}

// EXTERNAL MODULE: ./src/interpret-event.ts + 1 modules
var interpret_event = __nccwpck_require__(2658);
;// CONCATENATED MODULE: ./src/report/job-summary.ts

/**
 * A table of what happened, for every ending: sent, dry run, skipped or
 * failed. A summary that cannot be written is a warning, never a failure.
 */
async function writeJobSummary(writer, ending, run, warn) {
    const rows = [];
    const add = (field, value) => {
        if (value)
            rows.push([field, value]);
    };
    let heading;
    switch (ending.outcome) {
        case 'skipped':
            heading = 'CodePipeline approval: skipped';
            add('Outcome', 'skipped');
            add('Event', run.eventName);
            add('Why', ending.reason);
            break;
        case 'refused':
        case 'failed':
            heading = 'CodePipeline approval: nothing was sent';
            add('Outcome', ending.outcome);
            add('Event', run.eventName);
            add('Asked for', ending.request?.decision);
            add('Actor', ending.request && `@${ending.request.actor.login}`);
            add('Pull request', ending.request?.pullRequest && job_summary_link(`#${ending.request.pullRequest.number}`, ending.request.pullRequest.url));
            add('Why', ending.message);
            break;
        case 'notified':
        case 'updated':
            heading = ending.outcome === 'notified' ? 'CodePipeline approval: waiting, pull requests told' : 'CodePipeline approval: answered, pull requests told';
            add('Outcome', ending.outcome);
            add('Event', run.eventName);
            add('Execution', ending.approval?.pipelineExecutionId);
            add('Commit', ending.approval?.commit);
            add('Pull requests', ending.pullRequests.map((number) => `#${number}`).join(', '));
            add('What happened', ending.messages.join(' '));
            break;
        case 'deferred':
            heading = `CodePipeline approval: deferred (${ending.decision} when the pipeline gets there)`;
            add('Outcome', 'deferred');
            add('Event', run.eventName);
            add('Decision', ending.decision);
            add('Actor', `@${ending.actor}`);
            add('Pull request', ending.pullRequest && job_summary_link(`#${ending.pullRequest.number}`, ending.pullRequest.url));
            add('Commit', ending.commit);
            add('Why', ending.message);
            break;
        default: {
            const { approval } = ending;
            heading = ending.outcome === 'sent' ? `CodePipeline approval: ${ending.decision}` : `CodePipeline approval: dry run (${ending.decision} not sent)`;
            add('Outcome', ending.outcome);
            add('Decision', ending.decision);
            add('Pipeline', approval.pipelineName);
            add('Approval', `${approval.stageName}/${approval.actionName}`);
            add('Execution', approval.pipelineExecutionId);
            add('Commit', approval.commit && `${approval.commit} (${ending.verdict.verified ? 'matches the request' : 'not checked'})`);
            add('Actor', `@${ending.actor}`);
            add('Pull request', ending.pullRequest && job_summary_link(`#${ending.pullRequest.number}`, ending.pullRequest.url));
            add('Approved at', ending.approvedAt?.toISOString());
            add('Summary', ending.summary);
        }
    }
    add('Workflow run', job_summary_link(run.runUrl, run.runUrl));
    try {
        await writer
            .addHeading(escapeHtml(heading), 3)
            .addTable([
            [
                { data: 'Field', header: true },
                { data: 'Value', header: true }
            ],
            ...rows.map(([field, value]) => [field, field === 'Pull request' || field === 'Workflow run' ? value : escapeHtml(value)])
        ])
            .write();
    }
    catch (error) {
        warn(`Could not write the job summary (${(0,errors/* errorMessage */.gJ)(error)}); the outcome above stands.`);
    }
}
function job_summary_link(text, href) {
    return `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
}
// core.summary writes table cells as raw HTML; comment text must not become markup.
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

;// CONCATENATED MODULE: ./src/report/outputs.ts
/** Output names exactly as action.yml declares them. */
const OUTPUT = {
    decision: 'decision',
    outcome: 'outcome',
    approvedAt: 'approved-at',
    pipelineExecutionId: 'pipeline-execution-id',
    revision: 'revision',
    summary: 'summary',
    actor: 'actor',
    pullRequest: 'pull-request',
    pullRequests: 'pull-requests',
    error: 'error'
};
/** Sets every output, so later steps (and `if: failure()` ones) can read them whatever happened. */
function reportOutcome(reporter, outcome) {
    switch (outcome.outcome) {
        case 'refused':
        case 'failed': {
            const { request } = outcome;
            setOutputs(reporter, {
                [OUTPUT.outcome]: outcome.outcome,
                [OUTPUT.error]: outcome.message,
                [OUTPUT.actor]: request?.actor.login ?? '',
                [OUTPUT.pullRequest]: request?.pullRequest ? String(request.pullRequest.number) : ''
            });
            return;
        }
        case 'skipped':
            reporter.notice(outcome.reason);
            setOutputs(reporter, { [OUTPUT.outcome]: 'skipped' });
            return;
        case 'notified':
        case 'updated':
            for (const message of outcome.messages)
                reporter.info(message);
            setOutputs(reporter, {
                [OUTPUT.outcome]: outcome.outcome,
                [OUTPUT.pipelineExecutionId]: outcome.approval?.pipelineExecutionId ?? '',
                [OUTPUT.revision]: outcome.approval?.commit ?? '',
                [OUTPUT.pullRequest]: outcome.pullRequests.length === 1 ? String(outcome.pullRequests[0]) : '',
                [OUTPUT.pullRequests]: outcome.pullRequests.join(',')
            });
            return;
        case 'deferred':
            reporter.notice(outcome.message);
            setOutputs(reporter, {
                [OUTPUT.outcome]: 'deferred',
                [OUTPUT.revision]: outcome.commit ?? '',
                [OUTPUT.actor]: outcome.actor,
                [OUTPUT.pullRequest]: outcome.pullRequest ? String(outcome.pullRequest.number) : '',
                [OUTPUT.pullRequests]: outcome.pullRequest ? String(outcome.pullRequest.number) : ''
            });
            return;
    }
    const { approval } = outcome;
    const where = `${approval.stageName}/${approval.actionName} in pipeline "${approval.pipelineName}"`;
    reporter.info(outcome.outcome === 'sent'
        ? `Sent ${outcome.decision} for ${where}: ${outcome.summary}`
        : `Dry run: would send ${outcome.decision} for ${where}: ${outcome.summary}`);
    const pullRequests = outcome.pullRequests ?? (outcome.pullRequest ? [outcome.pullRequest.number] : []);
    setOutputs(reporter, {
        [OUTPUT.decision]: outcome.decision,
        [OUTPUT.outcome]: outcome.outcome,
        [OUTPUT.approvedAt]: outcome.approvedAt?.toISOString() ?? '',
        [OUTPUT.pipelineExecutionId]: approval.pipelineExecutionId ?? '',
        [OUTPUT.revision]: approval.commit ?? '',
        [OUTPUT.summary]: outcome.summary,
        [OUTPUT.actor]: outcome.actor,
        [OUTPUT.pullRequest]: outcome.pullRequest ? String(outcome.pullRequest.number) : '',
        [OUTPUT.pullRequests]: pullRequests.join(',')
    });
}
function sentNothing(ending) {
    return ending.outcome === 'refused' || ending.outcome === 'failed';
}
function setOutputs(reporter, values) {
    for (const name of Object.values(OUTPUT))
        reporter.setOutput(name, values[name] ?? '');
}

;// CONCATENATED MODULE: ./src/main.ts










const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
/**
 * Chooses the flow from the event: answering (comments, labels, merges,
 * workflow steps), notifying (repository_dispatch and schedule), or taking
 * labels off after new commits. Every failure ends in the single setFailed
 * below.
 */
async function run() {
    // Pass only the functions used: handing over the whole namespace would
    // bundle all of @actions/core, and with it undici, into every start-up.
    const reporter = { setOutput: setOutput, info: info, notice: notice };
    const warn = (message) => warning(message);
    let event;
    let request;
    const summarize = (ending) => writeJobSummary(summary, ending, { eventName: event?.eventName ?? '', runUrl: event?.runUrl ?? '' }, warn);
    try {
        const inputs = readInputs({ getInput: getInput, getBooleanInput: getBooleanInput });
        event = readEventContext();
        const context = createFlowContext({
            inputs,
            event,
            clock: systemClock,
            log: (message) => info(message),
            warn,
            debug: (message) => debug(message),
            mask: (secret) => setSecret(secret)
        });
        const ending = await chooseFlow(context, inputs, event, (asked) => (request = asked));
        reportOutcome(reporter, ending);
        await summarize(ending);
    }
    catch (error) {
        const message = (0,errors/* errorMessage */.gJ)(error);
        const failed = { outcome: (0,errors/* failureKind */.zU)(error), message, request };
        reportOutcome(reporter, failed);
        await summarize(failed);
        setFailed(message);
    }
}
async function chooseFlow(context, inputs, event, asked) {
    const { eventName, payload } = event;
    // An explicit decision acts on any event: the workflow is the authority.
    if (inputs.decision === 'auto') {
        if (eventName === 'repository_dispatch') {
            const reading = readDispatch(payload, inputs);
            if ('skip' in reading)
                return { outcome: 'skipped', reason: reading.skip };
            return (await Promise.all(/* import() */[__nccwpck_require__.e(55), __nccwpck_require__.e(273)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7273))).notifyWaiting(context, { kind: 'dispatch', event: reading.event });
        }
        if (eventName === 'schedule' || eventName === 'workflow_dispatch')
            return (await Promise.all(/* import() */[__nccwpck_require__.e(55), __nccwpck_require__.e(273)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7273))).notifyWaiting(context, { kind: 'sweep' });
        if (PULL_REQUEST_EVENTS.has(eventName) && payload.action === 'synchronize')
            return (await __nccwpck_require__.e(/* import() */ 520).then(__nccwpck_require__.bind(__nccwpck_require__, 1520))).expireLabels(context);
    }
    const interpretation = (0,interpret_event/* interpretEvent */.S)(event, inputs);
    if (!interpretation.act)
        return { outcome: 'skipped', reason: interpretation.reason };
    asked(interpretation.request);
    // Each flow loads only when an event needs it: most runs skip, and skips should start fast.
    return (await Promise.all(/* import() */[__nccwpck_require__.e(55), __nccwpck_require__.e(57)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3057))).answerRequest(context, interpretation.request, { start: startGroup, end: endGroup });
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 8995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
