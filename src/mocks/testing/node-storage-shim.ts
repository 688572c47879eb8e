/**
 * The shared test setup clears `localStorage`/`sessionStorage` after each test, which Node 20
 * lacks. Node-environment suites import this first so that cleanup has something to clear.
 */
class MemoryStorage implements Storage {
  private items = new Map<string, string>()
  get length(): number {
    return this.items.size
  }
  clear(): void {
    this.items.clear()
  }
  getItem(key: string): string | null {
    return this.items.get(key) ?? null
  }
  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null
  }
  removeItem(key: string): void {
    this.items.delete(key)
  }
  setItem(key: string, value: string): void {
    this.items.set(key, String(value))
  }
}

const scope = globalThis as { localStorage?: Storage; sessionStorage?: Storage }
scope.localStorage ??= new MemoryStorage()
scope.sessionStorage ??= new MemoryStorage()
