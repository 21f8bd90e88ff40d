import { useState } from 'react';
import { useEditableDraft } from '../consoles/useEditableDraft';
import { query } from '../../api/client';
import { getSession } from '../account/session';
import type { Problems } from '../consoles/form-rules';
import { runPayload, submitForm } from '../consoles/run';
import { publishAskingIfDuplicate } from '../organizations/duplicate-question';
import { COURSE_FIELD_NAMES, COURSE_FIELDS, courseInputOf, courseProblems, draftFromCourse, emptyCourseDraft, type CourseDraft } from './course-form';
import { EditCourseQuery, PostCourseMutation, UpdateCourseMutation } from './operations';

/**
 * The course form: a new course for `organizationId`, or an existing one (`courseId`) filled in
 * as it is now. Checked with the server's rules before sending; the server's own answers land
 * on the same fields.
 */
export function useCourseForm(organizationId: string | null, courseId: string | undefined) {
  const me = getSession().user;
  const { draft, setDraft, loading, version, error, setError } = useEditableDraft({
    id: courseId,
    empty: () => emptyCourseDraft(me?.name ?? '', me?.phone ?? ''),
    load: async (id) => (await query(EditCourseQuery, { id }, { asViewer: true })).course,
    toDraft: draftFromCourse,
    notFound: '这个课程找不到了',
  });
  const [problems, setProblems] = useState<Problems>({});
  const [saving, setSaving] = useState(false);

  const change = (next: Partial<CourseDraft>) => {
    setDraft((d) => ({ ...d, ...next }));
    setProblems((p) => {
      const out = { ...p };
      for (const k of Object.keys(next)) delete out[k === 'leadsTo' ? 'leadsToEmployerIds' : k];
      return out;
    });
  };

  /** Resolves to true when the course was saved. */
  const save = async (): Promise<boolean> =>
    (await submitForm(
      courseProblems(draft),
      COURSE_FIELDS,
      async () => {
        const input = courseInputOf(draft);
        if (courseId) await runPayload(UpdateCourseMutation, { id: courseId, input }, 'updateCourse');
        else if (!(await publishAskingIfDuplicate((ask) => runPayload(PostCourseMutation, { organizationId: organizationId ?? '', input, askIfDuplicate: ask }, 'postCourse')))) return null;
        return true;
      },
      { setProblems, setError, setSaving },
      COURSE_FIELD_NAMES,
    )) ?? false;

  return { draft, change, problems, error, saving, save, loading, version, editing: !!courseId };
}
