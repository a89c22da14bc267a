'use client';
import dynamic from 'next/dynamic';

/**
 * The coach's and the tutor's tabs exist only with a key, and show their
 * content only when opened: their code loads then (or when the browser is
 * idle after the workspace has loaded), never for a learner without a key.
 */
const loadCoach = () => import('./CoachPanel');
const loadTutor = () => import('./TutorPanel');

export const CoachPanel = dynamic(() => loadCoach().then((module) => module.CoachPanel), { loading: () => null });
export const TutorPanel = dynamic(() => loadTutor().then((module) => module.TutorPanel), { loading: () => null });

export function preloadAiPanels(): void {
  void Promise.all([loadCoach(), loadTutor()]).catch(() => undefined);
}
