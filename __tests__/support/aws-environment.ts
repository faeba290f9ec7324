/**
 * Points the AWS SDK at a stand-in with fake credentials, and away from
 * anything on this machine (profiles, instance metadata).
 */
export function awsEnvironment(endpoint: string, overrides: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string | undefined> = {
    AWS_ENDPOINT_URL_CODEPIPELINE: endpoint,
    AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    AWS_REGION: 'us-east-1',
    AWS_EC2_METADATA_DISABLED: 'true',
    AWS_CONFIG_FILE: '/nonexistent/aws-config',
    AWS_SHARED_CREDENTIALS_FILE: '/nonexistent/aws-credentials',
    ...overrides
  }
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined))
}

const AWS_VARIABLES = /^AWS_/

/** Sets the AWS variables of this process for a test, restoring them afterwards. */
export function useAwsEnvironment(endpoint: string, overrides: Record<string, string | undefined> = {}): () => void {
  const saved = Object.fromEntries(Object.entries(process.env).filter(([key]) => AWS_VARIABLES.test(key)))
  for (const key of Object.keys(process.env)) if (AWS_VARIABLES.test(key)) delete process.env[key]
  Object.assign(process.env, awsEnvironment(endpoint, overrides))
  return () => {
    for (const key of Object.keys(process.env)) if (AWS_VARIABLES.test(key)) delete process.env[key]
    Object.assign(process.env, saved)
  }
}
