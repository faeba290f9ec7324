import type * as coreTypes from '@actions/core'
import * as actual from '@actions/core'
import { jest } from '@jest/globals'

// Inputs are read for real (from INPUT_* variables); everything the action
// writes is captured. Load with jest.unstable_mockModule('@actions/core', ...).
export const getInput = jest.fn(actual.getInput)
export const getBooleanInput = jest.fn(actual.getBooleanInput)
export const setOutput = jest.fn<typeof coreTypes.setOutput>()
export const setFailed = jest.fn<typeof coreTypes.setFailed>()
export const setSecret = jest.fn<typeof coreTypes.setSecret>()
export const info = jest.fn<typeof coreTypes.info>()
export const notice = jest.fn<typeof coreTypes.notice>()
export const warning = jest.fn<typeof coreTypes.warning>()
export const debug = jest.fn<typeof coreTypes.debug>()
export const startGroup = jest.fn<typeof coreTypes.startGroup>()
export const endGroup = jest.fn<typeof coreTypes.endGroup>()
// The job summary is written for real, to GITHUB_STEP_SUMMARY.
export const summary = actual.summary
