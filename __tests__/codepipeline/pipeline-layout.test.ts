import { describe, expect, it } from '@jest/globals'
import { readLayout, resolveTargets } from '../../src/codepipeline/pipeline-layout.js'
import { CODEBUILD, CodePipelineModel, type PipelineDefinition } from '../support/codepipeline-model.js'
import { shopPipeline } from '../support/pipelines.js'

function layoutOf(definition: PipelineDefinition) {
  const model = new CodePipelineModel().addPipeline(definition)
  const { pipeline } = model.handle('GetPipeline', { name: definition.name }) as { pipeline: Parameters<typeof readLayout>[0] }
  return readLayout(pipeline)
}

const twoApprovals: PipelineDefinition = {
  name: 'two',
  stages: [
    { name: 'Staging', actions: [{ name: 'Approve' }, { name: 'Deploy', type: CODEBUILD }] },
    { name: 'Prod', actions: [{ name: 'Approve' }, { name: 'SecurityReview' }] }
  ]
}

describe('readLayout', () => {
  it('reads the execution mode, defaulting to SUPERSEDED, and tells Manual approvals from other actions', () => {
    expect(layoutOf(shopPipeline('p', 'PARALLEL')).executionMode).toBe('PARALLEL')
    expect(readLayout({ name: 'p', roleArn: 'r', stages: [] }).executionMode).toBe('SUPERSEDED')
    expect(layoutOf(shopPipeline('p')).stages[2]).toEqual({
      name: 'Deploy',
      actions: [
        { name: 'Approve', kind: 'Manual approval' },
        { name: 'Release', kind: 'Build action' }
      ]
    })
  })
})

describe('resolveTargets', () => {
  it('finds the stage that holds action-name', () => {
    expect(resolveTargets(layoutOf(shopPipeline('p')), undefined, 'Approve')).toEqual([{ stageName: 'Deploy', actionName: 'Approve' }])
  })

  it('takes every Manual approval when no names are given, or those of stage-name', () => {
    const layout = layoutOf(twoApprovals)
    expect(resolveTargets(layout)).toEqual([
      { stageName: 'Staging', actionName: 'Approve' },
      { stageName: 'Prod', actionName: 'Approve' },
      { stageName: 'Prod', actionName: 'SecurityReview' }
    ])
    expect(resolveTargets(layout, 'Prod')).toHaveLength(2)
    expect(resolveTargets(layout, 'Prod', 'Approve')).toEqual([{ stageName: 'Prod', actionName: 'Approve' }])
  })

  it('refuses to guess when action-name is in several stages', () => {
    expect(() => resolveTargets(layoutOf(twoApprovals), undefined, 'Approve')).toThrow(
      'Action "Approve" is in several stages of pipeline "two" (Staging, Prod): set stage-name to choose one.'
    )
  })

  it('names what exists when a stage or action is not there', () => {
    const layout = layoutOf(shopPipeline('p'))
    expect(() => resolveTargets(layout, 'Prod')).toThrow(
      'There is no stage "Prod" in pipeline "p" (its stages: Source, Build, Deploy): check stage-name.'
    )
    expect(() => resolveTargets(layout, undefined, 'Approval')).toThrow(
      'There is no action "Approval" in pipeline "p" (its Manual approvals: Deploy/Approve): check action-name.'
    )
    expect(() => resolveTargets(layout, 'Build', 'Approve')).toThrow(
      'There is no action "Approve" in stage "Build" of pipeline "p" (its Manual approvals: Deploy/Approve): check action-name.'
    )
  })

  it('refuses an action that is not a Manual approval', () => {
    expect(() => resolveTargets(layoutOf(shopPipeline('p')), undefined, 'Release')).toThrow(
      'Action "Release" in stage "Deploy" of pipeline "p" is a Build action, not a Manual approval (its Manual approvals: Deploy/Approve): check action-name.'
    )
  })

  it('fails when there is no Manual approval at all', () => {
    const layout = layoutOf({ name: 'p', stages: [{ name: 'Build', actions: [{ name: 'Compile', type: CODEBUILD }] }] })
    expect(() => resolveTargets(layout)).toThrow(
      'There is no Manual approval action in pipeline "p" (its Manual approvals: none): check the names, or add a Manual approval to the pipeline.'
    )
    expect(() => resolveTargets(layoutOf(shopPipeline('q')), 'Build')).toThrow('There is no Manual approval action in stage "Build" of pipeline "q"')
  })
})
