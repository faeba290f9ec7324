// End-to-end: runs the committed bundle (dist/index.js) as child processes
// against the local CodePipeline and GitHub stand-ins.
import unit from './jest.config.js'

export default {
  ...unit,
  roots: ['<rootDir>/__tests__/e2e'],
  testPathIgnorePatterns: [],
  testTimeout: 120_000,
  // The cases mostly wait on child processes and timeouts, not on the CPU.
  maxWorkers: 4
}
