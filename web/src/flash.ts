// A message for the next page, shown once (e.g. "Your connection was ordered" after the order form).
import { useEffect, useState } from 'react';

let pending = '';

export function setFlash(message: string): void {
  pending = message;
}

/** The message left for this page (once), and a setter for the page's own later notices. */
export function useFlash(): [string, (message: string) => void] {
  const [message, setMessage] = useState(() => pending);
  useEffect(() => {
    pending = '';
  }, []);
  return [message, setMessage];
}
