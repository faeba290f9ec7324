/** The variables @actions/http-client reads for a proxy; it tries each in lower case, then upper. */
const PROXY_VARIABLES = ['https_proxy', 'http_proxy', 'no_proxy']

/**
 * Whether the runner configures a proxy, so GitHub requests should go through
 * @actions/github's proxy-aware client rather than straight over node:https.
 * NO_PROXY alone counts too: its client is the one that interprets it.
 */
export function needsProxyClient(env: NodeJS.ProcessEnv): boolean {
  return PROXY_VARIABLES.some((name) => Boolean(env[name] || env[name.toUpperCase()]))
}
