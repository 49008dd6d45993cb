import { useTranslation } from 'react-i18next';

interface MoveButtonsProps {
  /** What the buttons act on, for their accessible names ("Vaihe 2"). */
  name: string;
  index: number;
  count: number;
  onMove: (step: -1 | 1) => void;
  onRemove: () => void;
  removeLabel: string;
  /** False where the list may not get shorter (a pathway keeps at least one stage). */
  canRemove?: boolean;
}

/** Up, down and remove for one entry of an ordered list; the ends' buttons are disabled. */
export const MoveButtons = ({ name, index, count, onMove, onRemove, removeLabel, canRemove = true }: MoveButtonsProps) => {
  const { t } = useTranslation();
  return (
    <div className="publisher-actions">
      <button type="button" className="button button--secondary button--small" disabled={index === 0} onClick={() => onMove(-1)}>
        {t('pathwayPublisher.editor.moveUp', { name })}
      </button>
      <button type="button" className="button button--secondary button--small" disabled={index === count - 1} onClick={() => onMove(1)}>
        {t('pathwayPublisher.editor.moveDown', { name })}
      </button>
      <button type="button" className="button button--danger button--small" disabled={!canRemove} onClick={onRemove}>
        {removeLabel}
      </button>
    </div>
  );
};
