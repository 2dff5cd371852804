import { useEffect, type RefObject } from 'react';

/**
 * After a failed submission (each new `error`), moves focus to the form's first invalid control
 * (`aria-invalid="true"`, in document order) and scrolls it into view; when no control is marked,
 * to the form's error alert, so a keyboard or screen-reader user lands on what to fix.
 */
export function useFocusFirstError(form: RefObject<HTMLElement | null>, error: unknown): void {
  useEffect(() => {
    if (!error || !form.current) return;
    const target = form.current.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form.current.querySelector<HTMLElement>('[role="alert"]');
    if (!target) return;
    target.focus({ preventScroll: true });
    target.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [form, error]);
}
