import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3359:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ CodePipelineError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);

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
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9883);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 9883:
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
;// CONCATENATED MODULE: ./src/approval-summary.ts
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

// EXTERNAL MODULE: ./src/codepipeline/api.ts
var codepipeline_api = __nccwpck_require__(3359);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
;// CONCATENATED MODULE: ./src/commit-check.ts

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
        throw new errors/* Refusal */.P_(`revision-check is strict and ${missing}, so nothing was sent: ${requirements.length === 0 ? 'set revision, or name the commit in the command' : 'set revision-check to auto to allow approvals without a Git source'}.`);
    }
    return { verified: false, warning: `The commit was not checked: ${missing}.` };
}
/** Names the requirements the waiting commit fails (all of them when each holds for a different commit). */
function commitMismatch(claim, approvalCommits, where, command) {
    const waiting = shortList(approvalCommits);
    const failing = claim.requirements.filter((requirement) => !approvalCommits.some((commit) => satisfies(commit, requirement)));
    const named = failing.length > 0 ? failing : claim.requirements;
    return new errors/* Refusal */.P_(`The approval ${where} waits for commit ${waiting}, but ${describeClaim(named)}, so nothing was sent: if ${waiting} was reviewed, name it ("${command} ${shortSha(approvalCommits[0] ?? '')}" or the revision input), otherwise wait until the pipeline reaches ${shortSha(named[0]?.commits[0] ?? '')}.`, { notWaiting: true });
}

;// CONCATENATED MODULE: ./src/codepipeline/pipeline-layout.ts

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
            throw new errors/* ActionError */.lZ(`There is no stage "${stageName}" in ${pipeline} (its stages: ${layout.stages.map((stage) => stage.name).join(', ')}): check stage-name.`);
        }
    }
    if (actionName) {
        const found = stages.flatMap((stage) => stage.actions.filter((action) => action.name === actionName).map((action) => ({ stage: stage.name, ...action })));
        const where = stageName ? `stage "${stageName}" of ${pipeline}` : pipeline;
        if (found.length === 0) {
            throw new errors/* ActionError */.lZ(`There is no action "${actionName}" in ${where} (its Manual approvals: ${approvalList}): check action-name.`);
        }
        if (found.length > 1) {
            throw new errors/* ActionError */.lZ(`Action "${actionName}" is in several stages of ${pipeline} (${found.map((action) => action.stage).join(', ')}): set stage-name to choose one.`);
        }
        const [action] = found;
        if (action.kind !== 'Manual approval') {
            throw new errors/* ActionError */.lZ(`Action "${actionName}" in stage "${action.stage}" of ${pipeline} is a ${action.kind}, not a Manual approval (its Manual approvals: ${approvalList}): check action-name.`);
        }
        return [{ stageName: action.stage, actionName }];
    }
    const targets = allApprovals.filter((approval) => !stageName || approval.stageName === stageName);
    if (targets.length === 0) {
        const where = stageName ? `stage "${stageName}" of ${pipeline}` : pipeline;
        throw new errors/* ActionError */.lZ(`There is no Manual approval action in ${where} (its Manual approvals: ${approvalList}): check the names, or add a Manual approval to the pipeline.`);
    }
    return targets;
}

;// CONCATENATED MODULE: ./src/codepipeline/pending-approvals.ts

// Executions are listed newest first; one still waiting at an approval is
// among the most recent ones, so the listing stops after this many pages.
const MAX_EXECUTION_PAGES = 5;
// One execution has a handful of actions; the cap only guards against a
// misbehaving endpoint that keeps returning a nextToken.
const MAX_ACTION_PAGES = 10;
/**
 * One look at which target approvals wait for an answer, with their tokens.
 * `state` is a GetPipelineState answer already read for this look, if any.
 */
async function readPendingApprovals(api, layout, targets, state) {
    if (layout.executionMode === 'PARALLEL')
        return readParallel(api, layout.pipelineName, targets);
    return pendingInState(state ?? (await api.getPipelineState(layout.pipelineName)), targets);
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
            snapshot.notPending.push(`${describeApproval(target)} is ${latest?.status ?? 'not run yet'}`);
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
async function readParallel(api, pipelineName, targets) {
    const inProgress = [];
    let nextToken;
    for (let page = 0; page < MAX_EXECUTION_PAGES; page++) {
        const listing = await api.listPipelineExecutions(pipelineName, nextToken);
        inProgress.push(...(listing.pipelineExecutionSummaries ?? []).filter((execution) => execution.status === 'InProgress'));
        nextToken = listing.nextToken;
        if (!nextToken)
            break;
    }
    const perExecution = await Promise.all(inProgress.map(async (execution) => {
        const executionId = execution.pipelineExecutionId ?? '';
        const details = await listAllActionExecutions(api, pipelineName, executionId);
        const revisions = (execution.sourceRevisions ?? []).flatMap((revision) => (revision.revisionId ? [revision.revisionId] : []));
        return targets.flatMap((target) => {
            const detail = details.find((candidate) => candidate.stageName === target.stageName && candidate.actionName === target.actionName && candidate.status === 'InProgress');
            const token = detail?.output?.executionResult?.externalExecutionId;
            return token ? [{ ...target, token, pipelineExecutionId: executionId, revisions }] : [];
        });
    }));
    const pending = perExecution.flat();
    const notPending = targets
        .filter((target) => !pending.some((approval) => approval.stageName === target.stageName && approval.actionName === target.actionName))
        .map((target) => `no execution waits at ${describeApproval(target)} (${inProgress.length} in progress)`);
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

;// CONCATENATED MODULE: ./src/codepipeline/approval-execution.ts


const STATUSES = new Set(['InProgress', 'Succeeded', 'Failed', 'Abandoned']);
/** The Git commits of one execution's sources. */
async function executionCommits(api, pipelineName, pipelineExecutionId) {
    const execution = await api.getPipelineExecution(pipelineName, pipelineExecutionId);
    return gitCommits((execution.artifactRevisions ?? []).flatMap((revision) => revision.revisionId ?? []));
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
        listAllActionExecutions(api, pipelineName, pipelineExecutionId),
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
    const latest = state && latestInState(state, target);
    const own = stage?.latestExecution?.pipelineExecutionId === pipelineExecutionId && latest?.status === 'InProgress';
    return { ...base, token: own ? latest?.token : undefined };
}
/**
 * Every run of the target approvals that waits now, with its token and
 * commits: all waiting executions in PARALLEL mode, the stage's one otherwise.
 */
async function readWaitingApprovals(api, layout, targets) {
    const { pending } = await readPendingApprovals(api, layout, targets);
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
        commits: approval.revisions ? gitCommits(approval.revisions) : await executionCommits(api, layout.pipelineName, approval.pipelineExecutionId)
    })));
}

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
    // Each execution's commits are read once, however often it is polled.
    const commitsOf = (approval) => {
        if (approval.revisions)
            return Promise.resolve(gitCommits(approval.revisions));
        const id = approval.pipelineExecutionId;
        if (!id)
            return Promise.resolve([]);
        let commits = commitsByExecution.get(id);
        if (!commits) {
            commits = executionCommits(api, request.pipelineName, id);
            // A failed read is asked again on the next poll, not remembered.
            commits.catch(() => commitsByExecution.delete(id));
            commitsByExecution.set(id, commits);
        }
        return commits;
    };
    const found = (approval, commits, verdict) => ({
        found: {
            ...approval,
            pipelineName: request.pipelineName,
            executionMode: layout.executionMode,
            commits,
            commit: matchingCommit(request.claim, commits) ?? commits[0],
            verdict
        }
    });
    async function choose(pending, notPending) {
        const actions = [...new Set(pending.map(describeApproval))];
        if (actions.length > 1) {
            throw new errors/* ActionError */.lZ(`Several approvals wait in ${pipeline} (${actions.join(', ')}), so nothing was sent: set stage-name and action-name to choose one.`);
        }
        if (pending.length === 0) {
            return {
                notYet: new errors/* ActionError */.lZ(`Nothing waits for an answer at ${targets.map(describeApproval).join(', ')} in ${pipeline} (${notPending.join('; ')}), so nothing was sent: ${request.nothingWaitsHint ?? 'check that the pipeline run reached the approval, or set wait-timeout to wait for it'}.`, { notWaiting: true })
            };
        }
        const where = `${actions[0]} in ${pipeline}`;
        const candidates = await Promise.all(pending.map(async (approval) => ({ approval, commits: await commitsOf(approval) })));
        const { claim, revisionCheck, command } = request;
        if (claim.requirements.length > 0) {
            const matching = candidates.filter(({ commits }) => matchingCommit(claim, commits));
            if (matching.length === 1)
                return found(matching[0].approval, matching[0].commits, { verified: true });
            if (matching.length > 1) {
                throw new errors/* ActionError */.lZ(`Executions ${matching.map(({ approval }) => approval.pipelineExecutionId).join(' and ')} both wait at ${where} for the commit the request vouches for (${describeClaim(claim.requirements)}), so nothing was sent: answer the one you mean in the CodePipeline console.`);
            }
            if (candidates.length === 1) {
                const [{ approval, commits }] = candidates;
                if (commits.length === 0 || revisionCheck === 'off') {
                    return found(approval, commits, checkCommit(revisionCheck, claim, commits, where, command));
                }
                return { notYet: commitMismatch(claim, commits, where, command) };
            }
            if (candidates.every(({ commits }) => commits.length === 0)) {
                throw new errors/* ActionError */.lZ(`${candidates.length} executions wait at ${where} and none has a Git commit to tell them apart, so nothing was sent: answer the one you mean in the CodePipeline console.`);
            }
            return {
                notYet: new errors/* Refusal */.P_(`None of the ${candidates.length} executions waiting at ${where} is for the commit the request vouches for (${describeClaim(claim.requirements)}); they are for ${describeExecutions(candidates)}, so nothing was sent: name the reviewed commit ("${command} <sha>") or wait until the pipeline reaches it.`, { notWaiting: true })
            };
        }
        if (candidates.length === 1) {
            const [{ approval, commits }] = candidates;
            return found(approval, commits, checkCommit(revisionCheck, claim, commits, where, command));
        }
        throw new errors/* ActionError */.lZ(`${candidates.length} executions wait at ${where} (${describeExecutions(candidates)}) and the request names no commit, so nothing was sent: name the reviewed commit ("${command} <sha>") or set revision to choose one.`);
    }
    /** One look: the declaration once (beside the first state), then the pending approvals. */
    async function look() {
        let snapshot;
        if (!layout) {
            // The state is read alongside the declaration: one round trip fewer for
            // SUPERSEDED and QUEUED pipelines (PARALLEL ones list executions instead).
            const [declaration, state] = await Promise.all([api.getPipeline(request.pipelineName), api.getPipelineState(request.pipelineName)]);
            const read = readLayout(declaration);
            targets = resolveTargets(read, request.stageName, request.actionName);
            layout = read;
            snapshot = await readPendingApprovals(api, layout, targets, state);
        }
        else {
            snapshot = await readPendingApprovals(api, layout, targets);
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
                group.start(`Waiting up to ${request.waitTimeoutSeconds} s for ${targets.length > 0 ? targets.map(describeApproval).join(', ') : 'the approval'} in ${pipeline}`);
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
        .map(({ approval, commits }) => `${approval.pipelineExecutionId ?? 'unknown execution'} at ${commits.length > 0 ? shortList(commits) : 'no commit'}`)
        .join(', ');
}
/** What happened, without what to do: the part before ", so nothing was sent" (or the last colon). */
function firstClause(message) {
    const [before = message, after] = message.split(', so nothing was sent');
    return after === undefined ? before.replace(/: [^:]*$/, '') : before;
}

;// CONCATENATED MODULE: ./src/codepipeline/send-approval.ts


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
        if (!(error instanceof codepipeline_api/* CodePipelineError */.S) || !ANSWERED.has(error.code) || error.attempts < 2)
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
        const details = await listAllActionExecutions(api, approval.pipelineName, approval.pipelineExecutionId);
        const detail = details.find((candidate) => candidate.stageName === approval.stageName && candidate.actionName === approval.actionName);
        return detail && { status: detail.status, summary: detail.output?.executionResult?.externalExecutionSummary, at: detail.lastUpdateTime };
    }
    const latest = latestInState(await api.getPipelineState(approval.pipelineName), approval);
    return latest && { status: latest.status, summary: latest.summary, at: latest.lastStatusChange };
}

;// CONCATENATED MODULE: ./src/github/errors.ts
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

;// CONCATENATED MODULE: ./src/github/authorize.ts


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
        throw new errors/* PersonRefused */.w7('The event names nobody who acted, so nothing was sent: check the workflow trigger.');
    if (sender && !sameLogin(sender.login, actor.login)) {
        throw new errors/* PersonRefused */.w7(`${who} wrote the command but @${sender.login} sent the event, so nothing was sent: ${who} should post the command again.`);
    }
    const rerunner = rerun && rerun.attempt > 1 ? rerun.triggeringActor : undefined;
    if (rerun && rerun.attempt > 1 && !rerunner?.login) {
        throw new errors/* PersonRefused */.w7(`This is attempt ${rerun.attempt} of a run for ${who}'s request and GITHUB_TRIGGERING_ACTOR is empty, so whoever re-ran it cannot be checked and nothing was sent: ask ${who} or another approver to act again.`);
    }
    const checkRerunner = rerunner && !sameLogin(rerunner.login, actor.login);
    // Both people are looked up side by side: one round trip, not two.
    const [actorCheck, rerunCheck] = await Promise.all([
        checkPerson(clients, actor, request, policy),
        checkRerunner ? checkPerson(clients, rerunner, request, policy) : undefined
    ]);
    if ('message' in actorCheck)
        throw new errors/* PersonRefused */.w7(actorCheck.message);
    if (rerunCheck && 'message' in rerunCheck) {
        throw new errors/* PersonRefused */.w7(`@${rerunner.login} re-ran ${who}'s request (run attempt ${rerun.attempt}), and ${rerunCheck.reason}, so nothing was sent: ask ${who} or another approver to act.`);
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
        if (httpStatus(error) === 404)
            return 'unseen';
        throw new errors/* ActionError */.lZ(`Could not read @${username}'s role on ${repo.owner}/${repo.repo}: ${describeGitHubFailure(error)}.`, {
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
        const status = httpStatus(error);
        // A rate limit says nothing about membership: fail, rather than deny.
        if (!rateLimit(error) && (status === 403 || status === 404))
            return `HTTP ${status}`;
        throw new errors/* ActionError */.lZ(`Could not read the members of ${teamName(team)}: ${describeGitHubFailure(error, tokenInput)}.`, { cause: error });
    }
}
function sameLogin(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}
function teamName(team) {
    return `${team.org}/${team.slug}`;
}

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

;// CONCATENATED MODULE: ./src/github/commit-pull-requests.ts



/**
 * The pull requests of the given commits (whose head, commits or merge
 * commit they are), each read in full: the listing has no merged_by.
 */
async function pullRequestsOfCommits(client, repo, commits) {
    try {
        const listings = await Promise.all(commits.map((commit_sha) => client.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha, per_page: 100 })));
        const numbers = [...new Set(listings.flatMap(({ data }) => data.map((pull) => pull.number)))].sort((a, b) => a - b);
        const pulls = await Promise.all(numbers.map((pull_number) => client.rest.pulls.get({ ...repo, pull_number })));
        return pulls.map(({ data }) => pullRequestState(data));
    }
    catch (error) {
        throw new errors/* ActionError */.lZ(`Could not read the pull requests of commit ${commits.map((commit) => commit.slice(0, 7)).join(', ')}: ${describeGitHubFailure(error)}.`, {
            cause: error
        });
    }
}
function pullRequestState(data) {
    const merged = data.merged === true;
    const mergedBy = merged && data.merged_by ? { login: data.merged_by.login, isBot: data.merged_by.type === 'Bot' || isBotLogin(data.merged_by.login) } : undefined;
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

;// CONCATENATED MODULE: ./src/report/reply-text.ts
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
            const status = httpStatus(error);
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
            await Promise.all([seen, react('rocket'), comment(replyText(answered, options.runUrl))]);
        },
        async deferred(deferred) {
            await Promise.all([seen, comment(replyText(deferred, options.runUrl))]);
        },
        async failed(error) {
            const reply = error instanceof errors/* PersonRefused */.w7 ? Promise.resolve() : comment(replyText({ outcome: 'failed', publicMessage: (0,errors/* publicMessage */.jA)(error) }, options.runUrl));
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
        throw new errors/* ActionError */.lZ(`Could not read pull request #${pullRequest.number}: ${describeGitHubFailure(error)}.`, { cause: error });
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
        throw new errors/* ActionError */.lZ(`Could not read the commits of pull request #${pullNumber} to check the pinned commit: ${describeGitHubFailure(error)}.`, {
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

;// CONCATENATED MODULE: ./src/github/approval-notice.ts
const approval_notice_PER_PAGE = 100;
const MAX_PAGES = 10;
/**
 * The hidden line that finds a notice again, so a repeated event or sweep
 * edits it rather than posting another. Names are CodePipeline names and the
 * id a UUID: nothing in it can close the HTML comment.
 */
function noticeMarker(key) {
    return `<!-- codepipeline-approval-action notice: ${key.pipelineName}/${key.stageName}/${key.actionName} execution ${key.pipelineExecutionId} -->`;
}
/**
 * The notice on a pull request: the oldest comment with its marker, one a
 * bot posted first. An execution id cannot be guessed before the notice shows
 * it, so a copy posted later never takes its place.
 */
async function findNotice(client, repo, issueNumber, key) {
    const marker = noticeMarker(key);
    const found = [];
    for (let page = 1; page <= MAX_PAGES; page++) {
        const { data } = await client.rest.issues.listComments({ ...repo, issue_number: issueNumber, per_page: approval_notice_PER_PAGE, page });
        found.push(...data.filter((comment) => comment.body?.includes(marker)));
        if (data.length < approval_notice_PER_PAGE)
            break;
    }
    const notice = found.find((comment) => comment.user?.type === 'Bot') ?? found[0];
    return notice && { id: notice.id, body: notice.body ?? '' };
}
/** Posts the notice, or edits it when it is there and says something else. */
async function upsertNotice(client, repo, issueNumber, key, text, existing) {
    const body = `${text}\n\n${noticeMarker(key)}`;
    const notice = existing ?? (await findNotice(client, repo, issueNumber, key));
    if (!notice) {
        const { data } = await client.rest.issues.createComment({ ...repo, issue_number: issueNumber, body });
        return { id: data.id, created: true, changed: true };
    }
    if (notice.body === body)
        return { id: notice.id, created: false, changed: false };
    await client.rest.issues.updateComment({ ...repo, comment_id: notice.id, body });
    return { id: notice.id, created: false, changed: true };
}

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
        description: truncate(status.description, DESCRIPTION_LIMIT),
        ...(status.targetUrl && { target_url: status.targetUrl })
    });
}

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
            const status = httpStatus(error);
            warn(`Could not ${what} (${status ? `HTTP ${status}` : (0,errors/* errorMessage */.gJ)(error)}): give the workflow ${permission}, or set ${input} to false; the outcome is unchanged.`);
            return undefined;
        }
    };
    const notices = telling.notify
        ? telling.notices.map(({ number, text }) => attempt(`update the notice on pull request #${number}`, 'pull-requests: write', 'notify', async () => {
            if (telling.mode === 'edit') {
                const existing = await findNotice(client, repo, number, key);
                if (!existing)
                    return undefined;
                await upsertNotice(client, repo, number, key, text, existing);
                return number;
            }
            await upsertNotice(client, repo, number, key, text);
            return number;
        }))
        : [];
    const statuses = telling.commitStatus && telling.status
        ? telling.commits.map((sha) => attempt(`set the commit status of ${sha.slice(0, 7)}`, 'statuses: write', 'commit-status', () => setCommitStatus(client, repo, sha, key, telling.status)))
        : [];
    const [told] = await Promise.all([Promise.all(notices), Promise.all(statuses)]);
    return told.filter((number) => number !== undefined);
}

;// CONCATENATED MODULE: ./src/report/notice-text.ts

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
    return defuseMentions(lines.join('\n'));
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
    return defuseMentions([`${where(subject)} ${outcome}.`, ...table, '', consoleLink(subject)].join('\n'));
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
    try {
        const ending = await answer(context, request, github, group);
        // Cosmetic calls come after the decision was sent, side by side.
        await Promise.all([
            ending.outcome === 'deferred' ? feedback?.deferred(ending) : feedback?.succeeded(ending),
            ending.outcome === 'sent' ? tellAnswered(context, github, ending) : undefined
        ]);
        return ending;
    }
    catch (error) {
        await feedback?.failed(error);
        throw error;
    }
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
            ? authorize({ permissions: github.main, teams: github.teams }, {
                decision: request.decision,
                actor: request.actor,
                sender: request.sender,
                repo: event.repo,
                pullRequest: request.pullRequest,
                rerun: {
                    attempt: event.runAttempt,
                    triggeringActor: event.triggeringActor ? { login: event.triggeringActor, isBot: isBotLogin(event.triggeringActor) } : undefined
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
async function answer(context, request, github, group) {
    const { inputs, event } = context;
    const { decision, actor } = request;
    // The AWS SDK loads only once the request is known to ask for something,
    // and while GitHub answers; no AWS request is made before authorization.
    const codepipeline = context.codepipeline();
    // Observed now, so a denial that returns early cannot leave it unhandled.
    codepipeline.catch(() => undefined);
    const { authorization, pullRequest, pinnedCommit } = await authorizeAndRead(context, request, github);
    if (authorization) {
        const { login, role, approvedBy, rerunBy } = authorization;
        context.log(`@${login} may ${decision === 'Approved' ? 'approve' : 'reject'}: role ${role}${approvedBy ? `, ${approvedBy}` : ''}${rerunBy ? `; re-run by @${rerunBy}, who may too` : ''}.`);
    }
    if (pinnedCommit)
        context.log(`The pinned commit ${request.pinnedCommit} is ${pinnedCommit}, a commit of pull request #${pullRequest?.number}.`);
    const api = await codepipeline;
    const claim = vouchedCommits({ ...request, pullRequest, pinnedCommit }, inputs.revision);
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
        (approval.commit ? ` for commit ${shortSha(approval.commit)}${approval.verdict.verified ? ', the commit the request vouches for' : ''}.` : '.'));
    if (approval.verdict.warning)
        context.warn(approval.verdict.warning);
    const summary = composeSummary({
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
    const sent = await sendApproval(api, approval, decision, summary, context.log);
    return { ...answered, outcome: 'sent', approvedAt: sent.approvedAt };
}
/**
 * The approval's notice (if the pull request has one) and its commit status
 * say what was sent: for a workflow step, on the pull requests of the commit.
 */
async function tellAnswered(context, github, answered) {
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
        consoleUrl: consoleUrl(await api.region(), approval.pipelineName, approval.pipelineExecutionId)
    };
    let numbers = answered.pullRequest ? [answered.pullRequest.number] : [];
    if (numbers.length === 0 && approval.commits.length > 0 && inputs.notify) {
        try {
            numbers = (await pullRequestsOfCommits(clients.main, event.repo, approval.commits)).map((pull) => pull.number);
        }
        catch (error) {
            context.warn(`${error.message.replace(/\.$/, '')}, so their notices still say the approval waits; the outcome is unchanged.`);
        }
    }
    await tellPullRequests(clients.main, {
        repo: event.repo,
        key: subject,
        notices: numbers.map((number) => ({ number, text: answeredNotice(subject, { status, summary: answered.summary }) })),
        mode: 'edit',
        commits: approval.commit ? [approval.commit] : [],
        status: approvalStatus(subject, status),
        notify: inputs.notify,
        commitStatus: inputs.commitStatus,
        warn: context.warn
    });
}
/** What happened, without what to do: the part before ", so nothing was sent". */
function answer_request_firstClause(message) {
    return (message.split(', so nothing was sent')[0] ?? message).replace(/\.$/, '');
}

;// CONCATENATED MODULE: ./src/clock.ts
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};

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

;// CONCATENATED MODULE: ./src/github/remove-labels.ts

/** Removes the labels that are there; one already gone (404) is no error. Returns what was removed. */
async function removeLabels(client, repo, issueNumber, labels) {
    const removed = await Promise.all(labels.map(async (name) => {
        try {
            await client.rest.issues.removeLabel({ ...repo, issue_number: issueNumber, name });
            return [name];
        }
        catch (error) {
            if (httpStatus(error) === 404)
                return [];
            throw error;
        }
    }));
    return removed.flat();
}

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
        const status = httpStatus(error);
        // Failing loudly: a label left in place would vouch for commits nobody reviewed.
        throw new errors/* ActionError */.lZ(`Could not remove ${labels.join(' and ')} from pull request #${pull.number} after new commits (${status ? `HTTP ${status}` : (0,errors/* errorMessage */.gJ)(error)}), so it may still vouch for them: give the workflow pull-requests: write, or remove the label by hand.`, { cause: error });
    }
    const head = pull.head?.sha ? ` (head now \`${pull.head.sha}\`)` : '';
    if (removed.length > 0 && inputs.reply) {
        const text = defuseMentions(`🏷️ Removed ${removed.map((name) => `\`${name}\``).join(' and ')}: new commits were pushed${head}, and a label never vouches for code pushed after it. Add it again once the new commits are reviewed.`);
        try {
            await github.main.rest.issues.createComment({ ...event.repo, issue_number: pull.number, body: text, request: { retries: 0 } });
        }
        catch (error) {
            context.warn(`Could not comment on pull request #${pull.number} (${httpStatus(error) ? `HTTP ${httpStatus(error)}` : (0,errors/* errorMessage */.gJ)(error)}): give the workflow pull-requests: write, or set reply to false; the labels are removed.`);
        }
    }
    const message = removed.length > 0
        ? `Removed ${removed.join(' and ')} from pull request #${pull.number}: new commits were pushed, and a label never vouches for code pushed after it.`
        : `${labels.join(' and ')} had already gone from pull request #${pull.number}.`;
    return { outcome: 'updated', messages: [message], pullRequests: [pull.number] };
}

;// CONCATENATED MODULE: ./src/flow-context.ts

/** Builds the context; each client is created once, the first time a flow asks for it. */
function createFlowContext(parts) {
    const { inputs, debug } = parts;
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
            github ??= Promise.all(/* import() */[__nccwpck_require__.e(392), __nccwpck_require__.e(584)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6584)).then(({ createGitHubClient }) => {
                const options = { debug, log: parts.log };
                const main = createGitHubClient(inputs.githubToken, options);
                return { main, teams: inputs.approversToken ? createGitHubClient(inputs.approversToken, options) : main };
            });
            return github;
        },
        codepipeline() {
            codepipeline ??= Promise.all(/* import() */[__nccwpck_require__.e(232), __nccwpck_require__.e(950)]).then(__nccwpck_require__.bind(__nccwpck_require__, 950)).then(({ createCodePipelineApi }) => createCodePipelineApi({ region: inputs.awsRegion, mask: parts.mask, debug }));
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

;// CONCATENATED MODULE: ./src/github/label-actor.ts



const label_actor_PER_PAGE = 100;
// A pull request with more label events than this is read no further: the
// label then vouches for nobody.
const label_actor_MAX_PAGES = 10;
/**
 * Who added `label` last, from the issue events API: the person a label
 * decides in the name of. Undefined when no event says so.
 */
async function lastLabeller(client, repo, issueNumber, label) {
    let last;
    try {
        for (let page = 1; page <= label_actor_MAX_PAGES; page++) {
            const { data } = await client.rest.issues.listEvents({ ...repo, issue_number: issueNumber, per_page: label_actor_PER_PAGE, page });
            for (const event of data) {
                if (event.label?.name?.toLowerCase() !== label.toLowerCase() || !event.actor)
                    continue;
                if (event.event === 'labeled') {
                    last = { person: { login: event.actor.login, isBot: event.actor.type === 'Bot' || isBotLogin(event.actor.login) }, at: event.created_at ?? '' };
                }
                else if (event.event === 'unlabeled') {
                    last = undefined;
                }
            }
            if (data.length < label_actor_PER_PAGE)
                return last;
        }
    }
    catch (error) {
        throw new errors/* ActionError */.lZ(`Could not read who labelled pull request #${issueNumber} ${label}: ${describeGitHubFailure(error)}.`, { cause: error });
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
    const layout = readLayout(await api.getPipeline(inputs.pipelineName));
    const targets = resolveTargets(layout, inputs.stageName, inputs.actionName);
    if (source.kind === 'dispatch') {
        const { event } = source;
        const target = targets.find((candidate) => candidate.stageName === event.stage && candidate.actionName === event.action);
        if (!target) {
            return {
                outcome: 'skipped',
                reason: `Skipped: ${event.stage}/${event.action} is not an approval this action answers in pipeline "${layout.pipelineName}" (${targets.map(describeApproval).join(', ')}).`
            };
        }
        const approval = await readSettled(context, api, layout, target, event);
        if (!approval.status) {
            return { outcome: 'skipped', reason: `Skipped: execution ${event.executionId} has not reached ${describeApproval(target)} in pipeline "${layout.pipelineName}".` };
        }
        return combine([await handle(context, api, approval)]);
    }
    const waiting = await readWaitingApprovals(api, layout, targets);
    if (waiting.length === 0) {
        return { outcome: 'skipped', reason: `Skipped: nothing waits for an answer at ${targets.map(describeApproval).join(', ')} in pipeline "${layout.pipelineName}".` };
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
        const approval = await readApprovalExecution(api, layout, target, event.executionId);
        if (agrees(event.state, approval.status) || attempt >= LAG_RETRIES)
            return approval;
        context.log(`CodePipeline shows ${describeApproval(target)} of execution ${event.executionId} as ${approval.status ?? 'not reached'}, and the event says ${event.state}; looking again in ${LAG_PAUSE_MS / 1000} s.`);
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
    const pulls = await pullRequestsOfCommits(github.main, context.event.repo, approval.commits);
    const subject = { ...approval, commit: approval.commits[0], consoleUrl: consoleUrl(await api.region(), approval.pipelineName, approval.pipelineExecutionId) };
    if (approval.status === 'InProgress')
        return handleWaiting(context, api, github, approval, pulls, subject);
    return handleAnswered(context, github, approval, pulls, subject);
}
/** A run that waits: answer what a merge or label already decided, or tell the pull requests. */
async function handleWaiting(context, api, github, approval, pulls, subject) {
    const { inputs, event } = context;
    const where = `${describeApproval(approval)} in pipeline "${approval.pipelineName}"`;
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
    const told = await tellPullRequests(github.main, {
        repo: event.repo,
        key: approval,
        notices: pulls.map((pull) => ({ number: pull.number, text: waitingNotice(subject, { approve: inputs.approveCommand, reject: inputs.rejectCommand }, notes.get(pull.number)) })),
        mode: 'post',
        commits: approval.commits,
        status: approvalStatus(subject, 'InProgress'),
        notify: inputs.notify,
        commitStatus: inputs.commitStatus,
        warn: context.warn
    });
    const commit = subject.commit ? ` for commit ${shortSha(subject.commit)}` : '';
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
        const authorization = await authorize({ permissions: github.main, teams: github.teams }, { decision, actor: person, repo: event.repo, pullRequest: { number: pullRequest.number, author: pullRequest.author } }, { ...inputs, teamTokenInput: inputs.approversToken ? 'approvers-token' : 'github-token' });
        context.log(`@${authorization.login} ${how} pull request #${pullRequest.number} and may ${decision === 'Approved' ? 'approve' : 'reject'}: role ${authorization.role}${authorization.approvedBy ? `, ${authorization.approvedBy}` : ''}.`);
    }
    catch (error) {
        if (!(error instanceof errors/* PersonRefused */.w7))
            throw error;
        context.warn(`@${person.login} ${how} pull request #${pullRequest.number}, but may not decide, so nothing was sent: ${error.message}`);
        notes.set(pullRequest.number, `@${person.login} ${how} this pull request but may not ${decision === 'Approved' ? 'approve' : 'reject'} it: ${error.message}`);
        return undefined;
    }
    const summary = composeSummary({ decision, actor: person.login, link: pullRequest.url, commit: early.commit, how, note: inputs.summary });
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
    const sent = await sendApproval(api, located, decision, summary, context.log);
    const status = decision === 'Approved' ? 'Succeeded' : 'Failed';
    const subject = { ...approval, commit: early.commit, consoleUrl: consoleUrl(await api.region(), approval.pipelineName, approval.pipelineExecutionId) };
    await tellPullRequests(github.main, {
        repo: event.repo,
        key: approval,
        notices: [{ number: pullRequest.number, text: answeredNotice(subject, { status, summary }) }],
        mode: 'post',
        commits: [early.commit],
        status: approvalStatus(subject, status),
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
    const told = await tellPullRequests(github.main, {
        repo: event.repo,
        key: approval,
        notices: pulls.map((pull) => ({ number: pull.number, text: answeredNotice(subject, { status, summary: approval.summary, updatedBy: approval.updatedBy }) })),
        mode: 'edit',
        commits: approval.commits,
        status: approvalStatus(subject, status),
        notify: inputs.notify,
        commitStatus: inputs.commitStatus,
        warn: context.warn
    });
    const by = approval.updatedBy ? ` by ${approval.updatedBy}` : '';
    const message = `${describeApproval(approval)} in pipeline "${approval.pipelineName}" is ${status}${by} in execution ${approval.pipelineExecutionId}; ${told.length > 0 ? `updated the notice on ${told.map((number) => `#${number}`).join(', ')}` : 'no notice to update'}.`;
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













const main_PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
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
            return 'skip' in reading ? { outcome: 'skipped', reason: reading.skip } : notifyWaiting(context, { kind: 'dispatch', event: reading.event });
        }
        if (eventName === 'schedule' || eventName === 'workflow_dispatch')
            return notifyWaiting(context, { kind: 'sweep' });
        if (main_PULL_REQUEST_EVENTS.has(eventName) && payload.action === 'synchronize')
            return expireLabels(context);
    }
    const interpretation = interpretEvent(event, inputs);
    if (!interpretation.act)
        return { outcome: 'skipped', reason: interpretation.reason };
    asked(interpretation.request);
    return answerRequest(context, interpretation.request, { start: startGroup, end: endGroup });
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
