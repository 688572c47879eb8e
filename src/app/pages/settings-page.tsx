import { ConnectionSettings } from '@/features/connection/connection-settings'
import { DemoSettings } from '@/features/connection/demo-settings'
import { PageHeader } from '@/components/ui/page-header'

export function SettingsPage() {
  return (
    <>
      <PageHeader
        title="Settings"
        description="Where the console gets its content, and how the demo behaves."
      />
      <div className="space-y-10">
        <ConnectionSettings />
        <DemoSettings />
      </div>
    </>
  )
}
