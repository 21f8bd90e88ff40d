import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { messageFor } from '../../api/client';
import { UserErrorsError } from '../../api/user-errors';
import { ActionButton, FormError, Sheet, SheetActions } from '../../shared/components/Sheet';
import { formatDayRange } from '../../shared/format';
import { ContactSheet } from '../account/ContactSheet';
import { saveContactIfChanged } from '../account/contact';
import { SignInSheet } from '../account/SignInSheet';
import { getSession, refreshMe } from '../account/session';
import { useSignIn } from '../account/useSignIn';
import { FavoriteButton } from '../favorites/FavoriteButton';
import { BottomActionBar } from '../../shared/components/BottomActionBar';
import type { useCourseEnrollment } from './useCourseEnrollment';

interface Props {
  course: { id: string; title: string; status: string; seatsLeft: number; startDate: string; endDate: string; trainer: { name: string } };
  enrollment: ReturnType<typeof useCourseEnrollment>;
}

type Outcome =
  | { kind: 'enrolled' }
  | { kind: 'waitlisted' }
  | { kind: 'full' }
  | { kind: 'manage' }
  | { kind: 'confirmCancel' }
  | { kind: 'cancelled' };

/**
 * The bottom bar of a course: 收藏 and 我要报名. A full course offers the waiting list; an
 * enrolled villager sees 已报名 or her place in the queue, and can give the seat back.
 */
export function CourseEnrollBar({ course, enrollment }: Props) {
  const { ensureSignedIn, signingIn, sheet } = useSignIn();
  const { viewer, enroll, cancel, setFavorite } = enrollment;
  // The contact form asks for a phone first; then this enrolment (seat or waiting list) goes.
  const [contactFor, setContactFor] = useState<'seat' | 'waitlist' | 'relative' | null>(null);
  /** Whom she just enrolled, when it was a relative. */
  const [helped, setHelped] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const mine = viewer?.myEnrollment ?? null;
  const holding = mine && (mine.status === 'ENROLLED' || mine.status === 'WAITLISTED');
  const status = viewer?.status ?? course.status;
  const seatsLeft = viewer?.seatsLeft ?? course.seatsLeft;
  const full = status === 'FULL' || (status === 'OPEN' && seatsLeft <= 0);
  const closed = status === 'CLOSED' || status === 'CANCELLED';

  const run = async (joinWaitlist: boolean) => {
    setBusy(true);
    setError(null);
    try {
      await enroll(joinWaitlist);
      setOutcome(joinWaitlist ? { kind: 'waitlisted' } : { kind: 'enrolled' });
    } catch (e) {
      if (e instanceof UserErrorsError && e.codes.includes('COURSE_FULL')) setOutcome({ kind: 'full' });
      else {
        setError(messageFor(e));
        setOutcome((o) => o ?? { kind: 'manage' });
      }
    } finally {
      setBusy(false);
    }
  };

  const start = async (joinWaitlist: boolean) => {
    if (!(await ensureSignedIn())) return;
    let user = getSession().user;
    if (!user) {
      // A session from an earlier visit may not have the profile in memory yet.
      try {
        user = await refreshMe();
      } catch (e) {
        setError(messageFor(e));
        setOutcome((o) => o ?? { kind: 'manage' });
        return;
      }
    }
    // The trainer calls before the course starts: ask for a phone the first time only.
    if (!user?.phone || !user?.name) {
      setOutcome(null);
      setContactFor(joinWaitlist ? 'waitlist' : 'seat');
      return;
    }
    await run(joinWaitlist);
  };

  const forRelative = async () => {
    setError(null);
    if (closed || !(await ensureSignedIn())) return;
    setOutcome(null);
    setContactFor('relative');
  };

  const tap = () => {
    setError(null);
    setHelped(null);
    if (mine?.status === 'COMPLETED') return;
    if (holding) return setOutcome({ kind: 'manage' });
    if (closed) return;
    if (full) return setOutcome({ kind: 'full' });
    void start(false);
  };

  let mainLabel = '我要报名上课';
  if (mine?.status === 'ENROLLED') mainLabel = '已报名上课';
  else if (mine?.status === 'WAITLISTED') mainLabel = mine.waitlistPosition ? `候补第${mine.waitlistPosition}位` : '排队候补中';
  else if (mine?.status === 'COMPLETED') mainLabel = '已结业';
  else if (status === 'CANCELLED') mainLabel = '课程已取消';
  else if (status === 'CLOSED') mainLabel = '报名已结束';
  else if (full) mainLabel = '名额已满 · 排队候补';
  else if (mine?.status === 'CANCELLED') mainLabel = '已取消 · 重新报名';
  if (busy && !outcome) mainLabel = '正在报名…';
  if (signingIn) mainLabel = '正在登录…';

  const dates = formatDayRange(course.startDate, course.endDate);
  const position = mine?.status === 'WAITLISTED' ? mine.waitlistPosition : null;

  return (
    <View className='bottom-bar'>
      <BottomActionBar
        aside={<FavoriteButton kind='COURSE' id={course.id} saved={viewer?.isFavorite ?? false} ensureSignedIn={ensureSignedIn} onChange={setFavorite} />}
        action='enroll'
        state={mine?.status ?? (full ? 'FULL' : 'none')}
        done={!!holding}
        off={closed && !holding}
        label={mainLabel}
        onTap={() => !busy && tap()}
      />
      {!closed ? (
        <Text className='bottom-bar__helper' data-action='enroll-relative' onClick={() => void forRelative()}>
          帮家人报名上课
        </Text>
      ) : null}

      <SignInSheet {...sheet} />

      <ContactSheet
        open={contactFor !== null}
        title={`报名：${course.title}`}
        intro='留个电话，开课前培训老师会打电话通知你。'
        submitLabel='提交报名'
        withNote={false}
        allowOnBehalf={contactFor === 'relative'}
        onClose={() => setContactFor(null)}
        onSubmit={async (values) => {
          await saveContactIfChanged(values, getSession().user);
          if (values.onBehalf) {
            // The form shows the server's answer (a full course, a wrong number) itself.
            await enroll(false, values.onBehalf);
            setContactFor(null);
            setHelped(values.onBehalf.name);
            setOutcome({ kind: 'enrolled' });
            return;
          }
          setHelped(null);
          const waitlist = contactFor === 'waitlist';
          setContactFor(null);
          await run(waitlist);
        }}
      />

      <Sheet open={outcome?.kind === 'enrolled'} title='报名成功' name='enrolled' onClose={() => setOutcome(null)}>
        <Text className='sheet__text' data-state='enrolled'>{`${helped ? `已经为${helped}留了一个名额。` : '已经为你留了一个名额。'}${dates ? `${dates}上课，` : ''}开课前“${course.trainer.name}”的老师会打电话通知${helped ? `${helped}或你` : '你'}。`}</Text>
        <SheetActions>
          <ActionButton tone='primary' label='好的' onTap={() => setOutcome(null)} />
        </SheetActions>
      </Sheet>

      <Sheet open={outcome?.kind === 'waitlisted'} title='已排队候补' name='waitlisted' onClose={() => setOutcome(null)}>
        <Text className='sheet__text' data-state='waitlisted'>
          {`${position ? `你排在候补第${position}位。` : '你已经在排队候补了。'}有人退出时按排队顺序补上，补上了会通知你。`}
        </Text>
        <SheetActions>
          <ActionButton tone='primary' label='好的' onTap={() => setOutcome(null)} />
        </SheetActions>
      </Sheet>

      <Sheet open={outcome?.kind === 'full'} title='名额已满' name='course-full' onClose={() => setOutcome(null)}>
        <Text className='sheet__text' data-state='course-full'>这期课程的名额已经报满了。可以排队候补：有人退出时，按排队顺序补上，补上了会通知你。</Text>
        <FormError message={error} />
        <SheetActions>
          <ActionButton tone='primary' label='排队候补' busy={busy} busyLabel='正在排队…' action='join-waitlist' onTap={() => void start(true)} />
          <ActionButton label='算了' onTap={() => setOutcome(null)} />
        </SheetActions>
      </Sheet>

      <Sheet open={outcome?.kind === 'manage'} title={mine?.status === 'WAITLISTED' ? '排队候补中' : holding ? '已报名上课' : '没有报上'} name='enrollment' onClose={() => setOutcome(null)}>
        {mine?.status === 'ENROLLED' ? <Text className='sheet__text'>{`你已经报名了。${dates ? `${dates}上课，` : ''}开课前培训老师会打电话通知你。`}</Text> : null}
        {mine?.status === 'WAITLISTED' ? (
          <Text className='sheet__text'>{`${position ? `你排在候补第${position}位。` : ''}有人退出时按顺序补上，补上了会通知你。`}</Text>
        ) : null}
        <FormError message={error} />
        <SheetActions>
          <ActionButton tone='primary' label='好的' onTap={() => setOutcome(null)} />
          {holding ? <ActionButton tone='danger' label={mine?.status === 'WAITLISTED' ? '不排了' : '取消报名'} action='cancel-enrollment' onTap={() => setOutcome({ kind: 'confirmCancel' })} /> : null}
        </SheetActions>
      </Sheet>

      <Sheet open={outcome?.kind === 'confirmCancel'} title='确定要取消吗？' name='confirm-cancel' onClose={() => setOutcome(null)}>
        <Text className='sheet__text'>取消以后，这个名额会让给排队的人。想再报名要重新排。</Text>
        <FormError message={error} />
        <SheetActions>
          <ActionButton
            tone='danger'
            label='确定取消'
            busy={busy}
            busyLabel='正在取消…'
            action='confirm-cancel'
            onTap={() => {
              setBusy(true);
              setError(null);
              cancel().then(
                () => setOutcome({ kind: 'cancelled' }),
                (e: unknown) => setError(messageFor(e)),
              ).finally(() => setBusy(false));
            }}
          />
          <ActionButton label='不取消' onTap={() => setOutcome(null)} />
        </SheetActions>
      </Sheet>

      <Sheet open={outcome?.kind === 'cancelled'} title='已取消' name='cancelled' onClose={() => setOutcome(null)}>
        <Text className='sheet__text'>已经取消了报名。以后想学，可以再来报名。</Text>
        <SheetActions>
          <ActionButton tone='primary' label='好的' onTap={() => setOutcome(null)} />
        </SheetActions>
      </Sheet>
    </View>
  );
}
