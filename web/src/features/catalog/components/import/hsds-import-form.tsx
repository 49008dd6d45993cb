import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../../components/ui/error-alert';
import { ErrorSummary, TextField } from '../../../../components/ui/form-fields';
import { useImportHsds } from '../../api/hsds-import';
import { type HsdsFileProblem, maxImportServices, readHsdsFile } from '../../utils/hsds-file';
import { ImportReport } from './import-report';

const fileFieldId = 'hsds-file';

type FileProblem = HsdsFileProblem | { problem: 'noFile' } | { problem: 'unreadable' };

/** The file's services, or why it cannot be imported; the file is read here in the browser. */
const servicesOf = async (file: File | null): Promise<{ services: unknown[] } | FileProblem> => {
  if (!file) return { problem: 'noFile' };
  try {
    return readHsdsFile(await file.text());
  } catch {
    return { problem: 'unreadable' };
  }
};

/** The coordinator picks an HSDS file; it is checked as a whole here, each service by the API, and the report follows. */
export const HsdsImportForm = ({ tenant }: { tenant: string }) => {
  const { t } = useTranslation();
  const importer = useImportHsds();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<FileProblem | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [sent, setSent] = useState<unknown[]>([]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    importer.reset();
    const read = await servicesOf(file);
    if ('problem' in read) {
      setProblem(read);
      return;
    }
    setProblem(null);
    setSent(read.services);
    importer.mutate({ services: read.services });
  };

  const error = problem ? t(`catalog.import.errors.${problem.problem}`, { count: problem.problem === 'tooMany' ? problem.count : 0, max: maxImportServices }) : undefined;
  return (
    <>
      <form className="form import-form" onSubmit={(event) => void submit(event)} noValidate>
        <ErrorSummary errors={error ? [{ id: fileFieldId, message: error }] : []} attempt={attempt} />
        <TextField
          id={fileFieldId}
          type="file"
          accept=".json,application/json"
          label={t('catalog.import.fileLabel')}
          hint={t('catalog.import.fileHint')}
          error={error}
          required
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setProblem(null);
          }}
        />
        <button type="submit" className="button" disabled={importer.isPending}>
          {importer.isPending ? t('catalog.import.importing') : t('catalog.import.submit')}
        </button>
      </form>
      {importer.isError && <ErrorAlert error={importer.error} title={t('catalog.import.failed')} />}
      {importer.data && <ImportReport key={importer.submittedAt} tenant={tenant} report={importer.data} services={sent} />}
    </>
  );
};
