import { useTranslation } from 'react-i18next';
import type { PathwayContent } from '../utils/content-editing';
import { useText } from '../utils/use-text';

/** The pathway roughly as residents see it: introduction, then each stage with its items. */
export const PathwayPreview = ({ content }: { content: PathwayContent }) => {
  const { t } = useTranslation();
  const text = useText();
  return (
    <section className="publisher-card" aria-labelledby="pp-preview-heading">
      <h2 id="pp-preview-heading">{t('pathwayPublisher.preview.heading')}</h2>
      <p className="hint">{t('pathwayPublisher.preview.note')}</p>
      <h3>{text(content.title)}</h3>
      <p>{t(`pathways.targetGroups.${content.targetGroup}`)}</p>
      <p>{text(content.introduction)}</p>
      <ol>
        {content.stages.map((stage) => (
          <li key={stage.id}>
            <h4>{text(stage.title)}</h4>
            <p>{text(stage.description)}</p>
            <ul>
              {stage.items.map((item) => (
                <li key={item.id}>
                  <strong>{text(item.title)}</strong> ({t(`pathways.itemKinds.${item.kind}`)}, {item.providerName || t(`pathways.providerKinds.${item.providerKind}`)})
                  {item.cost.free && `, ${t('pathwayPublisher.preview.free')}`}
                  {item.description?.fi && <p>{text(item.description)}</p>}
                  {item.url && (
                    <p>
                      <a href={item.url}>{t('pathwayPublisher.preview.open', { name: text(item.title) })}</a>
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
};
