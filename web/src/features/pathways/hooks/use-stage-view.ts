import { type RefObject, useEffect, useRef } from 'react';
import { useRecordView } from '../api/pathways';

/**
 * Counts one anonymous view of a stage once at least half of it has been on screen, once per
 * page visit. Without IntersectionObserver (old browsers) the stage counts as seen at once.
 */
export const useStageView = (element: RefObject<HTMLElement | null>, pathwayId: string, stageId: string): void => {
  const { mutate } = useRecordView();
  const recorded = useRef(false);
  useEffect(() => {
    const record = () => {
      if (recorded.current) return;
      recorded.current = true;
      mutate({ pathwayId, stageId });
    };
    const target = element.current;
    if (!target || typeof IntersectionObserver === 'undefined') {
      record();
      return undefined;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) {
          record();
          observer.disconnect();
        }
      },
      { threshold: 0.5 },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [element, mutate, pathwayId, stageId]);
};
