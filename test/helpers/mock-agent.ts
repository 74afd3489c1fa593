import { MockAgent, getGlobalDispatcher, setGlobalDispatcher, type Dispatcher } from 'undici'
import { afterEach, beforeEach } from 'vitest'

/**
 * An undici MockAgent as the global dispatcher for each test of a file, with the network off, and
 * the previous dispatcher back afterwards: for answers no real registry gives.
 */
export function useMockAgent(): { readonly agent: MockAgent } {
  const mock = {} as { agent: MockAgent }
  let previous: Dispatcher
  beforeEach(() => {
    previous = getGlobalDispatcher()
    mock.agent = new MockAgent()
    mock.agent.disableNetConnect()
    setGlobalDispatcher(mock.agent)
  })
  afterEach(async () => {
    setGlobalDispatcher(previous)
    await mock.agent.close()
  })
  return mock
}
