'use client';
import { useCallback, useEffect, useState } from 'react';
import { checkProblem } from '@/core/pack-check';
import { decodeShare, fragmentFromFile, type Share, type ShareRefusal } from '@/core/share';
import { usePython } from '@/features/runtime';

/** Why a share was not shown: the link's own fault, a file that is not a share file, or a reference that fails its tests. */
export type Refusal = ShareRefusal | { reason: 'notFile' } | { reason: 'failedCheck'; details: string[] };

export type Received =
  | { step: 'reading' }
  | { step: 'refused'; refusal: Refusal }
  /** Re-running the problem's reference solution against its tests. */
  | { step: 'checking'; share: Share }
  | { step: 'ready'; share: Share };

/**
 * The share this page was opened with: read from the fragment (which never
 * reaches a server) or from a dropped file, decoded and validated, and, for a
 * problem or a solution, checked in Python the way an imported pack is (the
 * reference passes every test, each wrong solution fails one) before it is
 * shown. A challenge's pack is checked when it is accepted, by the pack import.
 */
export function useReceivedShare() {
  const python = usePython();
  const [state, setState] = useState<Received>({ step: 'reading' });

  const receive = useCallback(async (input: string | null) => {
    if (input === null) {
      setState({ step: 'refused', refusal: { reason: 'notFile' } });
      return;
    }
    setState({ step: 'reading' });
    const result = await decodeShare(input);
    if (!result.ok) {
      const { ok: _ok, ...refusal } = result;
      setState({ step: 'refused', refusal });
    } else {
      setState(result.share.kind === 'challenge' ? { step: 'ready', share: result.share } : { step: 'checking', share: result.share });
    }
  }, []);

  useEffect(() => {
    const read = () => void receive(window.location.hash);
    read();
    window.addEventListener('hashchange', read);
    return () => window.removeEventListener('hashchange', read);
  }, [receive]);

  const checking = state.step === 'checking' ? state.share : null;
  useEffect(() => {
    if (!checking || checking.kind === 'challenge' || !python) return;
    let live = true;
    const { problem } = checking.data;
    void python
      .session((grade) => checkProblem(problem, (code, cases, load) => grade(code, cases, { load })))
      .then((check) => {
        if (!live) return;
        setState(check.ok ? { step: 'ready', share: checking } : { step: 'refused', refusal: { reason: 'failedCheck', details: check.problems.slice(0, 6) } });
      })
      .catch((error: Error) => {
        // Python itself failed (it crashed or could not start): nothing was checked, so nothing is shown.
        if (live) setState({ step: 'refused', refusal: { reason: 'failedCheck', details: [error.message] } });
      });
    return () => {
      live = false;
    };
  }, [checking, python]);

  const receiveFile = useCallback(async (file: File) => receive(fragmentFromFile(await file.text())), [receive]);
  return { state, receiveFile };
}
