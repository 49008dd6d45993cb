import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Notice } from '../../../../components/ui/notice';
import { useCreateOrganisation, useUpdateOrganisation } from '../../api/organisation-register';
import type { Organisation } from '../../api/organisations';
import type { Vocabularies } from '../../../../lib/vocabularies';
import { emptyOrganisationForm, organisationFormOf, sameOrganisationDetails } from '../../utils/organisation-form-values';
import { OrganisationForm } from './organisation-form';

interface Context {
  tenant: { slug: string; municipalities: readonly string[] };
  vocabularies: Vocabularies;
}

/** What the form takes from the county and from the save in progress. */
const formContextOf = ({ tenant, vocabularies }: Context, save: { isPending: boolean; error: unknown }) => ({
  municipalities: tenant.municipalities,
  vocabularies,
  saving: save.isPending,
  error: save.error,
});

/** A new organisation; its page opens once it is saved, for adding its editors. */
export const NewOrganisationEditor = ({ tenant, vocabularies }: Context) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [requestId] = useState(() => crypto.randomUUID());
  const initial = useMemo(emptyOrganisationForm, []);
  const create = useCreateOrganisation();
  return (
    <OrganisationForm
      {...formContextOf({ tenant, vocabularies }, create)}
      initial={initial}
      restricted={false}
      submitLabel={t('organisations.form.create')}
      onSave={(organisation) =>
        create.mutate({ requestId, organisation }, { onSuccess: (created) => void navigate(`/${tenant.slug}/editor/organisations/${created.id}`, { state: { created: created.name.fi } }) })
      }
    />
  );
};

/**
 * An existing organisation at the version the form was filled from; a newer version shows only
 * when the user reloads, so nobody's change is overwritten unseen.
 */
export const EditOrganisationEditor = ({
  organisation,
  restricted,
  reload,
  tenant,
  vocabularies,
}: Context & { organisation: Organisation; restricted: boolean; reload: () => Promise<Organisation | undefined> }) => {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState({ base: organisation, generation: 0 });
  const { base } = loaded;
  const initial = useMemo(() => organisationFormOf(base), [base]);
  const update = useUpdateOrganisation();
  // A change of editors (on this page) bumps the version but not the details: the form follows it without a reload.
  useEffect(() => {
    setLoaded((current) => (organisation.version > current.base.version && sameOrganisationDetails(organisation, current.base) ? { ...current, base: organisation } : current));
  }, [organisation]);
  const restart = (fresh: Organisation) => setLoaded((current) => ({ base: fresh, generation: current.generation + 1 }));
  const onReload = () =>
    void reload().then((fresh) => {
      if (!fresh) return;
      update.reset();
      restart(fresh);
    });
  return (
    <>
      <OrganisationForm
        key={loaded.generation}
        {...formContextOf({ tenant, vocabularies }, update)}
        initial={initial}
        restricted={restricted}
        submitLabel={t('organisations.form.save')}
        onSave={(details) => update.mutate({ id: base.id, expectedVersion: base.version, organisation: details }, { onSuccess: restart })}
        onReload={onReload}
      />
      {/* Beside the button pressed, where the eye is. */}
      {update.isSuccess && <Notice kind="info">{t('organisations.register.saved')}</Notice>}
    </>
  );
};
