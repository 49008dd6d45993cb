import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/ui/page-heading';
import { useVocabularies } from '../../lib/vocabularies';
import { HsdsFileGuide } from '../../features/catalog/components/import/hsds-file-guide';
import { HsdsImportForm } from '../../features/catalog/components/import/hsds-import-form';
import { useLocalized } from '../../i18n';
import { useEditorRoute } from './editor-layout.route';

/** `/:tenant/editor/import`: a coordinator brings in services from another directory as an HSDS 3.0 file. */
export const HsdsImportRoute = () => {
  const { t } = useTranslation();
  const { tenant, isCoordinator } = useEditorRoute();
  const localized = useLocalized();
  const vocabularies = useVocabularies();
  return (
    <>
      <PageHeading documentTitle={[t('catalog.import.title'), localized(tenant.name)]}>{t('catalog.import.title')}</PageHeading>
      {!isCoordinator && <p>{t('editor.importCoordinatorsOnly')}</p>}
      {isCoordinator && (
        <>
          <p className="lead">{t('catalog.import.intro')}</p>
          <HsdsFileGuide municipalities={tenant.municipalities} vocabularies={vocabularies.data} />
          <HsdsImportForm tenant={tenant.slug} />
        </>
      )}
    </>
  );
};
