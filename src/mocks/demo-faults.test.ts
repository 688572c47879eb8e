import { describe, expect, it } from 'vitest'
import { FAULTS_STORAGE_KEY, loadDemoFaults, saveDemoFaults } from './demo-faults'
import { DEFAULT_FAULT_SETTINGS } from './faults'

describe('demo fault settings', () => {
  it('start from the calm defaults', () => {
    expect(loadDemoFaults('', localStorage)).toEqual(DEFAULT_FAULT_SETTINGS)
  })

  it('take what the settings panel saved, and the URL over that', () => {
    saveDemoFaults(localStorage, { ...DEFAULT_FAULT_SETTINGS, latencyMs: 900, jobSpeed: 4 })
    expect(loadDemoFaults('', localStorage)).toMatchObject({ latencyMs: 900, jobSpeed: 4 })
    expect(loadDemoFaults('?mock.latency=0&mock.errors=10%', localStorage)).toMatchObject({
      latencyMs: 0,
      transientErrorRate: 0.1,
      jobSpeed: 4,
    })
  })

  it('ignore unreadable or out-of-range saved values', () => {
    localStorage.setItem(FAULTS_STORAGE_KEY, '{not json')
    expect(loadDemoFaults('', localStorage)).toEqual(DEFAULT_FAULT_SETTINGS)
    localStorage.setItem(FAULTS_STORAGE_KEY, JSON.stringify({ dropRate: 7, latencyMs: 'soon' }))
    expect(loadDemoFaults('', localStorage)).toEqual({ ...DEFAULT_FAULT_SETTINGS, dropRate: 1 })
  })
})
