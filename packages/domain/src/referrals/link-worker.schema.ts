import * as z from 'zod';
import { userIdSchema } from '../identity/identity.schema';
import { languageSchema } from '../shared/localized-text.schema';

/** A link worker (hyvinvointilähetti) is county staff or a trained volunteer. */
export const linkWorkerKinds = ['staff', 'volunteer'] as const;

export const linkWorkerProfileSchema = z
  .object({
    displayName: z.string().trim().min(1).max(120),
    kind: z.enum(linkWorkerKinds),
    municipalities: z.array(z.string().trim().min(1).max(60)).min(1).max(30),
    languages: z
      .array(z.enum([...languageSchema.options, 'other']))
      .min(1)
      .max(4),
    /** How many open referrals they take at once. */
    capacity: z.number().int().min(0).max(100),
  })
  .strict();
export type LinkWorkerProfile = z.infer<typeof linkWorkerProfileSchema>;

export const saveLinkWorkerProfileInputSchema = z.object({ expectedVersion: z.number().int().min(0), profile: linkWorkerProfileSchema }).strict();

const dateSchema = z.iso.date();

export const trainingCourseSchema = z
  .object({ title: z.string().trim().min(1).max(200), provider: z.string().trim().max(200).optional(), completedOn: dateSchema, hours: z.number().min(0).max(500).optional() })
  .strict();
export const mentoringSessionSchema = z.object({ heldOn: dateSchema, mentor: z.string().trim().max(120).optional(), topic: z.string().trim().max(300).optional() }).strict();

/** Courses taken and mentoring sessions attended; volunteers need both regularly. */
export const trainingRecordSchema = z.object({ courses: z.array(trainingCourseSchema).max(200), mentoring: z.array(mentoringSessionSchema).max(500) }).strict();
export type TrainingRecord = z.infer<typeof trainingRecordSchema>;

export const saveTrainingRecordInputSchema = z.object({ expectedVersion: z.number().int().min(0), record: trainingRecordSchema }).strict();
export const linkWorkerIdInputSchema = z.object({ linkWorkerId: userIdSchema }).strict();

/** The link workers' survey about their work and training; each answer 1 (disagree) – 5 (agree). */
export const linkWorkerSurveyQuestions = ['training-sufficient', 'mentoring-sufficient', 'workload-manageable', 'supported-by-coordinator', 'would-continue'] as const;
export type LinkWorkerSurveyQuestion = (typeof linkWorkerSurveyQuestions)[number];

const surveyAnswer = z.number().int().min(1).max(5);

export const linkWorkerSurveyInputSchema = z
  .object({
    answers: z.object(Object.fromEntries(linkWorkerSurveyQuestions.map((question) => [question, surveyAnswer])) as Record<LinkWorkerSurveyQuestion, typeof surveyAnswer>).strict(),
    /** Free text is kept only in the answer, never shown with the aggregate. */
    comment: z.string().trim().max(1000).optional(),
  })
  .strict();
export type LinkWorkerSurveyInput = z.infer<typeof linkWorkerSurveyInputSchema>;
