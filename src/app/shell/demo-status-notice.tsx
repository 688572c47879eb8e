import { Link } from 'react-router'
import { useActiveConnection } from '@/api/connection/active-connection'
import { useDemoStatus } from '@/api/connection/demo-runtime'
import { Notice } from '@/components/ui/status-views'

/** Explains, in plain words, why the demo's API is not running when it should be. */
export function DemoStatusNotice() {
  const connection = useActiveConnection()
  const demo = useDemoStatus()
  if (connection.kind !== 'demo') return null
  if (demo.state === 'unsupported' || demo.state === 'failed') {
    return (
      <div className="mb-6">
        <Notice tone="warning" title="The demo cannot run in this page">
          <p>
            {demo.state === 'unsupported'
              ? demo.reason
              : `The demo API failed to start: ${demo.message}`}
          </p>
          <p className="mt-2">
            <Link to="/settings" className="font-medium underline">
              Open connection settings
            </Link>
          </p>
        </Notice>
      </div>
    )
  }
  return null
}
