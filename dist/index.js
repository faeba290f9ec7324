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
    constructor(message, options) {
        super(message, options);
        this.name = 'ActionError';
        this.publicMessage = options?.publicMessage ?? message;
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
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1335);

await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1335:
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
    const head = `${parts.decision} by @${parts.actor}${parts.rerunBy ? ` (re-run by @${parts.rerunBy})` : ''} via ${parts.link}` +
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

;// CONCATENATED MODULE: ./src/clock.ts
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};

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
    return new errors/* Refusal */.P_(`The approval ${where} waits for commit ${waiting}, but ${describeClaim(named)}, so nothing was sent: if ${waiting} was reviewed, name it ("${command} ${shortSha(approvalCommits[0] ?? '')}" or the revision input), otherwise wait until the pipeline reaches ${shortSha(named[0]?.commits[0] ?? '')}.`);
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

;// CONCATENATED MODULE: ./src/report/reply-text.ts
/**
 * The comment left on the pull request: what was sent (or would be, in a
 * dry run), or why nothing was. Mentions are defused so a reply never pings
 * the people a message names.
 */
function replyText(ending, runUrl) {
    const run = `[Workflow run](${runUrl})`;
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
    reply: 'reply'
};
// CodePipeline's own rule for pipeline, stage and action names.
const PIPELINE_NAME = /^[A-Za-z0-9.@\-_]{1,100}$/;
const COMMIT = /^[0-9a-f]{7,40}$/i;
const LOGIN = /^[A-Za-z\d](?:[A-Za-z\d]|-(?=[A-Za-z\d])){0,38}(?:\[bot\])?$/;
const TEAM_SLUG = /^[A-Za-z\d][A-Za-z\d_.-]{0,99}$/;
const REGION = /^[a-z]{2,}(?:-[a-z]+)+-\d{1,2}$/;
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
    const awsRegion = text(INPUT.awsRegion);
    if (awsRegion && !REGION.test(awsRegion)) {
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
        reply: flag(INPUT.reply)
    };
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
    error: 'error'
};
/** Sets every output, so later steps (and `if: failure()` ones) can read them whatever happened. */
function reportOutcome(reporter, outcome) {
    if (sentNothing(outcome)) {
        const { request } = outcome;
        setOutputs(reporter, {
            [OUTPUT.outcome]: outcome.outcome,
            [OUTPUT.error]: outcome.message,
            [OUTPUT.actor]: request?.actor.login ?? '',
            [OUTPUT.pullRequest]: request?.pullRequest ? String(request.pullRequest.number) : ''
        });
        return;
    }
    if (outcome.outcome === 'skipped') {
        reporter.notice(outcome.reason);
        setOutputs(reporter, { [OUTPUT.outcome]: 'skipped' });
        return;
    }
    const { approval } = outcome;
    const where = `${approval.stageName}/${approval.actionName} in pipeline "${approval.pipelineName}"`;
    reporter.info(outcome.outcome === 'sent'
        ? `Sent ${outcome.decision} for ${where}: ${outcome.summary}`
        : `Dry run: would send ${outcome.decision} for ${where}: ${outcome.summary}`);
    setOutputs(reporter, {
        [OUTPUT.decision]: outcome.decision,
        [OUTPUT.outcome]: outcome.outcome,
        [OUTPUT.approvedAt]: outcome.approvedAt?.toISOString() ?? '',
        [OUTPUT.pipelineExecutionId]: approval.pipelineExecutionId ?? '',
        [OUTPUT.revision]: approval.commit ?? '',
        [OUTPUT.summary]: outcome.summary,
        [OUTPUT.actor]: outcome.actor,
        [OUTPUT.pullRequest]: outcome.pullRequest ? String(outcome.pullRequest.number) : ''
    });
}
function sentNothing(ending) {
    return ending.outcome === 'refused' || ending.outcome === 'failed';
}
function setOutputs(reporter, values) {
    for (const name of Object.values(OUTPUT))
        reporter.setOutput(name, values[name] ?? '');
}

// EXTERNAL MODULE: ./src/codepipeline/api.ts
var codepipeline_api = __nccwpck_require__(3359);
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
            commits = api
                .getPipelineExecution(request.pipelineName, id)
                .then((execution) => gitCommits((execution.artifactRevisions ?? []).flatMap((revision) => revision.revisionId ?? [])));
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
                notYet: new errors/* ActionError */.lZ(`Nothing waits for an answer at ${targets.map(describeApproval).join(', ')} in ${pipeline} (${notPending.join('; ')}), so nothing was sent: check that the pipeline run reached the approval, or set wait-timeout to wait for it.`)
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
                notYet: new errors/* Refusal */.P_(`None of the ${candidates.length} executions waiting at ${where} is for the commit the request vouches for (${describeClaim(claim.requirements)}); they are for ${describeExecutions(candidates)}, so nothing was sent: name the reviewed commit ("${command} <sha>") or wait until the pipeline reaches it.`)
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
    // "Nothing waits" reads "nothing waits" mid-sentence; "CodePipeline" stays as it is.
    const sentence = (message) => `After waiting ${seconds} s, ${/^[A-Z][a-z]+\b/.test(message) ? message.charAt(0).toLowerCase() + message.slice(1) : message}`;
    const options = { cause: last, publicMessage: sentence(last.publicMessage) };
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

;// CONCATENATED MODULE: ./src/main.ts
















/**
 * event -> request -> authorized request -> located approval -> result -> report.
 * Every failure ends in the single setFailed below.
 */
async function run() {
    // Pass only the functions used: handing over the whole namespace would
    // bundle all of @actions/core, and with it undici, into every start-up.
    const reporter = { setOutput: setOutput, info: info, notice: notice };
    const warn = (message) => warning(message);
    let event;
    let request;
    let feedback;
    const summarize = (ending) => writeJobSummary(summary, ending, { eventName: event?.eventName ?? '', runUrl: event?.runUrl ?? '' }, warn);
    try {
        const inputs = readInputs({ getInput: getInput, getBooleanInput: getBooleanInput });
        event = readEventContext();
        const interpretation = interpretEvent(event, inputs);
        if (!interpretation.act) {
            const skipped = { outcome: 'skipped', reason: interpretation.reason };
            reportOutcome(reporter, skipped);
            await summarize(skipped);
            return;
        }
        request = interpretation.request;
        const github = await gitHubFor(inputs, request);
        if (github) {
            feedback = startFeedback(github.main, { repo: event.repo, request, reactions: inputs.reactions, reply: inputs.reply, runUrl: event.runUrl, warn });
        }
        const answered = await answer(inputs, event, request, github);
        reportOutcome(reporter, answered);
        // Cosmetic calls come after the decision was sent, side by side.
        await Promise.all([feedback?.succeeded(answered), summarize(answered)]);
    }
    catch (error) {
        const message = (0,errors/* errorMessage */.gJ)(error);
        const failed = { outcome: (0,errors/* failureKind */.zU)(error), message, request };
        reportOutcome(reporter, failed);
        await Promise.all([feedback?.failed(error), summarize(failed)]);
        setFailed(message);
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
/** Octokit, loaded only when the request needs GitHub: most runs skip and never do. */
async function gitHubFor(inputs, request) {
    const authorizes = request.trigger !== 'input';
    if (!authorizes && !readsPullRequest(inputs, request))
        return undefined;
    if (!inputs.githubToken) {
        throw new errors/* ActionError */.lZ(`Input github-token is empty, but ${authorizes ? `checking @${request.actor.login}'s permission` : 'reading the pull request'} needs it: leave github-token at its default, \${{ github.token }}.`);
    }
    const { createGitHubClient } = await Promise.all(/* import() */[__nccwpck_require__.e(392), __nccwpck_require__.e(584)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6584));
    const options = { debug: (message) => debug(message), log: (message) => info(message) };
    const main = createGitHubClient(inputs.githubToken, options);
    return { main, teams: inputs.approversToken ? createGitHubClient(inputs.approversToken, options) : main };
}
/**
 * Who may act, and what the pull request says now, read side by side. No AWS
 * request is made before the person is authorized.
 */
async function authorizeAndRead(inputs, event, request, github) {
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
        warning(`This is a re-run of a comment that names no commit, so it vouches for the pull request's head as it is now (${pullRequest.headSha}), which may be newer than the comment: pin the reviewed commit ("/approve-deploy <sha>") to be sure.`);
    }
    return { authorization: authorization.value, pullRequest, pinnedCommit };
}
async function answer(inputs, event, request, github) {
    const { decision, actor } = request;
    // The AWS SDK loads only once the request is known to ask for something,
    // and while GitHub answers; no AWS request is made before authorization.
    const codepipelineClient = Promise.all(/* import() */[__nccwpck_require__.e(232), __nccwpck_require__.e(950)]).then(__nccwpck_require__.bind(__nccwpck_require__, 950));
    // Observed now, so a denial that returns early cannot leave it unhandled.
    codepipelineClient.catch(() => undefined);
    const { authorization, pullRequest, pinnedCommit } = await authorizeAndRead(inputs, event, request, github);
    if (authorization) {
        const { login, role, approvedBy, rerunBy } = authorization;
        info(`@${login} may ${decision === 'Approved' ? 'approve' : 'reject'}: role ${role}${approvedBy ? `, ${approvedBy}` : ''}${rerunBy ? `; re-run by @${rerunBy}, who may too` : ''}.`);
    }
    if (pinnedCommit)
        info(`The pinned commit ${request.pinnedCommit} is ${pinnedCommit}, a commit of pull request #${pullRequest?.number}.`);
    const { createCodePipelineApi } = await codepipelineClient;
    const api = createCodePipelineApi({ region: inputs.awsRegion, mask: (secret) => setSecret(secret), debug: (message) => debug(message) });
    const approval = await locateApproval(api, {
        pipelineName: inputs.pipelineName,
        stageName: inputs.stageName,
        actionName: inputs.actionName,
        claim: vouchedCommits({ ...request, pullRequest, pinnedCommit }, inputs.revision),
        revisionCheck: inputs.revisionCheck,
        command: decision === 'Approved' ? inputs.approveCommand : inputs.rejectCommand,
        waitTimeoutSeconds: inputs.waitTimeoutSeconds,
        pollIntervalSeconds: inputs.pollIntervalSeconds
    }, { clock: systemClock, log: (message) => info(message), group: { start: startGroup, end: endGroup } });
    info(`${approval.stageName}/${approval.actionName} in pipeline "${approval.pipelineName}" waits in execution ${approval.pipelineExecutionId ?? '(unknown)'}` +
        (approval.commit ? ` for commit ${shortSha(approval.commit)}${approval.verdict.verified ? ', the commit the request vouches for' : ''}.` : '.'));
    if (approval.verdict.warning)
        warning(approval.verdict.warning);
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
    const sent = await sendApproval(api, approval, decision, summary, (message) => info(message));
    return { ...answered, outcome: 'sent', approvedAt: sent.approvedAt };
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
