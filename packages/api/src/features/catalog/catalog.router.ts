import { router } from '../../trpc';
import { catalogEditorProcedures } from './catalog-editor.router';
import { catalogOrganisationProcedures } from './catalog-organisations.router';
import { catalogPublicProcedures } from './catalog-public.router';

export const catalogRouter = router({ ...catalogPublicProcedures, ...catalogEditorProcedures, ...catalogOrganisationProcedures });
