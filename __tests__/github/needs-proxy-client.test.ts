import { describe, expect, it } from '@jest/globals'
import { needsProxyClient } from '../../src/github/needs-proxy-client.js'

describe('needsProxyClient', () => {
  it.each(['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy'])('is true when %s is set', (name) => {
    expect(needsProxyClient({ [name]: name.toLowerCase().startsWith('no') ? 'internal.example.com' : 'http://proxy.example.com:3128' })).toBe(true)
  })

  it('is false without proxy variables, or with empty ones', () => {
    expect(needsProxyClient({ PATH: '/usr/bin', GITHUB_API_URL: 'https://api.github.com' })).toBe(false)
    expect(needsProxyClient({ HTTPS_PROXY: '', https_proxy: '', HTTP_PROXY: '', http_proxy: '', NO_PROXY: '', no_proxy: '' })).toBe(false)
  })

  it('is true when one spelling is empty and the other is set, as @actions/http-client falls through to it', () => {
    expect(needsProxyClient({ https_proxy: '', HTTPS_PROXY: 'http://proxy.example.com:3128' })).toBe(true)
  })
})
