/**
 * A component whose code is a chunk of its own, fetched on demand (issue 14: the window's first
 * load carries only what its first paint shows).
 *
 * `React.lazy` alone suspends the first time each component renders, even when its chunk is
 * already fetched, which shows the Suspense fallback for a frame. A component made here renders
 * at once when its chunk was fetched before (`preload`, called when the person is about to need
 * it), and through `lazy` otherwise. The choice is made once per mount, so a panel is never
 * remounted (losing its focus or what was typed) when the chunk arrives.
 */
import { lazy, useState, type ComponentType } from 'react';

export interface OnDemand<P extends object> {
  (props: P): React.JSX.Element;
  /** Fetches the chunk now; a later render then needs no Suspense. */
  preload(): Promise<unknown>;
}

export function onDemand<P extends object>(load: () => Promise<ComponentType<P>>): OnDemand<P> {
  let loaded: ComponentType<P> | null = null;
  const preload = (): Promise<ComponentType<P>> => load().then((component) => (loaded = component));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Component(props: P) {
    const [Chosen] = useState<ComponentType<P>>(() => loaded ?? Lazy);
    return <Chosen {...props} />;
  }
  return Object.assign(Component, { preload });
}
