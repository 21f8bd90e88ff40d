import { useEffect, useRef, useState } from 'react';
import { messageFor } from '../../api/client';
import { errorsByField, UserErrorsError } from '../../api/user-errors';
import type { MeFieldsFragment, ProfileInput } from '../../gql/graphql';
import { length, nameProblem, normalizePhone, phoneProblem, updateProfile } from './contact';
import { refreshMe, useSession } from './session';

export const PLACE_MAX = 20;
export const LIST_MAX = 10;
export const ITEM_MAX = 20;

export interface ProfileDraft {
  name: string;
  phone: string;
  homeTown: string;
  homeVillage: string;
  /** Four digits or empty: the bureau calls villagers over 50. */
  birthYear: string;
  skills: string[];
  preferredDestinations: string[];
}

function draftOf(user: MeFieldsFragment | null): ProfileDraft {
  return {
    name: user?.name ?? '',
    phone: user?.phone ?? '',
    homeTown: user?.homeTown ?? '',
    homeVillage: user?.homeVillage ?? '',
    birthYear: user?.birthYear ? String(user.birthYear) : '',
    skills: user?.skills ?? [],
    preferredDestinations: user?.preferredDestinations ?? [],
  };
}

/** The server's rules for each field, in plain Chinese; empty when the draft can be saved. */
export function profileProblems(d: ProfileDraft): Record<string, string> {
  const out: Record<string, string> = {};
  // Name and phone may stay empty here; applying asks for them when needed.
  if (d.name.trim()) {
    const p = nameProblem(d.name);
    if (p) out.name = p;
  }
  if (d.phone.trim()) {
    const p = phoneProblem(d.phone);
    if (p) out.phone = p;
  }
  if (length(d.homeTown.trim()) > PLACE_MAX) out.homeTown = `最多${PLACE_MAX}个字`;
  if (length(d.homeVillage.trim()) > PLACE_MAX) out.homeVillage = `最多${PLACE_MAX}个字`;
  const year = d.birthYear.trim();
  const now = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
  if (year && (!/^\d{4}$/.test(year) || Number(year) < 1930 || Number(year) > now)) out.birthYear = `出生年份要在1930到${now}年之间，不想填可以空着`;
  if (d.skills.length > LIST_MAX || d.skills.some((s) => length(s) > ITEM_MAX)) out.skills = `最多选${LIST_MAX}个，每个不超过${ITEM_MAX}个字`;
  if (d.preferredDestinations.length > LIST_MAX || d.preferredDestinations.some((s) => length(s) > ITEM_MAX)) {
    out.preferredDestinations = `最多选${LIST_MAX}个，每个不超过${ITEM_MAX}个字`;
  }
  return out;
}

/** Only what changed, with empty text sent as null (clears the field). */
export function profileChanges(d: ProfileDraft, user: MeFieldsFragment | null): ProfileInput {
  const before = draftOf(user);
  const input: ProfileInput = {};
  const text = (v: string) => (v.trim() ? v.trim() : null);
  if (d.name.trim() !== before.name) input.name = text(d.name);
  if (normalizePhone(d.phone) !== before.phone) input.phone = text(normalizePhone(d.phone));
  if (d.homeTown.trim() !== before.homeTown) input.homeTown = text(d.homeTown);
  if (d.homeVillage.trim() !== before.homeVillage) input.homeVillage = text(d.homeVillage);
  if (d.birthYear.trim() !== before.birthYear) input.birthYear = d.birthYear.trim() ? Number(d.birthYear.trim()) : null;
  if (d.skills.join('\n') !== before.skills.join('\n')) input.skills = d.skills;
  if (d.preferredDestinations.join('\n') !== before.preferredDestinations.join('\n')) input.preferredDestinations = d.preferredDestinations;
  return input;
}

/** The profile edit form: starts from the saved profile, saves only what changed. */
export function useProfileForm() {
  const { user, signedIn } = useSession();
  const [draft, setDraft] = useState<ProfileDraft>(() => draftOf(user));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // A ref, because the profile's answer arrives after the effect that asked for it.
  const touched = useRef(false);
  /** Changes when the boxes are refilled from the server, so the page can draw them anew. */
  const [version, setVersion] = useState(0);

  // The freshest profile, unless the villager has started typing.
  useEffect(() => {
    if (!signedIn) return;
    refreshMe()
      .then((fresh) => {
        if (fresh && !touched.current) {
          setDraft(draftOf(fresh));
          setVersion((v) => v + 1);
        }
      })
      .catch(() => undefined);
  }, [signedIn]);

  const change = (next: Partial<ProfileDraft>) => {
    touched.current = true;
    setDraft((d) => ({ ...d, ...next }));
  };

  /** Resolves true when saved (or nothing changed). */
  const save = async (): Promise<boolean> => {
    const found = profileProblems(draft);
    setProblems(found);
    setError(null);
    if (Object.keys(found).length) return false;
    const input = profileChanges(draft, user);
    if (!Object.keys(input).length) return true;
    setSaving(true);
    try {
      const saved = await updateProfile(input);
      setDraft(draftOf(saved));
      touched.current = false;
      return true;
    } catch (e) {
      if (e instanceof UserErrorsError) {
        const { fields, general } = errorsByField(e.errors);
        setProblems(fields);
        setError(general.join('；') || null);
      } else {
        setError(messageFor(e));
      }
      return false;
    } finally {
      setSaving(false);
    }
  };

  return { signedIn, draft, version, change, problems, error, saving, save };
}
