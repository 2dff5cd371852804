import { useEffect } from 'react';

/** "<screen> · TwinForge" in the tab and the history list; back to the plain name when the screen goes. */
export function usePageTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · TwinForge` : 'TwinForge';
    return () => {
      document.title = 'TwinForge';
    };
  }, [title]);
}
