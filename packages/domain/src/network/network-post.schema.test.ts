import { describe, expect, it } from 'vitest';
import { canEditPost, canSeePost } from './network-access';
import { postContentSchema } from './network-post.schema';

const author = { userId: 'demo-developer', displayName: 'Olli Kangas', region: 'lappi', regionName: 'Lapin hyvinvointialue' };
const member = (ref: string, roles: ('networkMember' | 'coordinator' | 'platformAdmin')[] = ['networkMember']) => ({ member: ref, roles });

describe('network post content', () => {
  it('accepts each kind with its own fields and refuses an unknown tag or a repeated one', () => {
    const common = { title: 'Otsikko', body: 'Teksti', tags: ['osallisuus'] };
    expect(postContentSchema.safeParse({ kind: 'update', ...common }).success).toBe(true);
    expect(postContentSchema.safeParse({ kind: 'event', ...common, event: { startsAt: '2027-01-01T10:00:00+02:00', place: 'Kuopio' } }).success).toBe(true);
    expect(postContentSchema.safeParse({ kind: 'update', ...common, tags: ['tuntematon'] }).success).toBe(false);
    expect(postContentSchema.safeParse({ kind: 'update', ...common, tags: ['hyte', 'hyte'] }).success).toBe(false);
  });

  it('wants an event to say where it is, and a practice to carry the Innokylä fields', () => {
    const common = { title: 'Otsikko', body: 'Teksti', tags: ['hyte'] };
    expect(postContentSchema.safeParse({ kind: 'event', ...common, event: { startsAt: '2027-01-01T10:00:00+02:00' } }).success).toBe(false);
    expect(postContentSchema.safeParse({ kind: 'practice', ...common, practice: { summary: 'x', stage: 'piloted' } }).success).toBe(false);
  });
});

describe('who may see and edit a post', () => {
  const post = { author, coAuthors: ['pohjois-savo/demo-coordinator'], hidden: true };

  it('lets the author and the co-authors edit, nobody else', () => {
    expect(canEditPost(member('lappi/demo-developer'), post)).toBe(true);
    expect(canEditPost(member('pohjois-savo/demo-coordinator'), post)).toBe(true);
    expect(canEditPost(member('pohjois-savo/demo-developer'), post)).toBe(false);
    // The same user id in another county is another member.
    expect(canEditPost(member('keski-pohjanmaa/demo-developer'), post)).toBe(false);
  });

  it('shows a hidden post to its author and moderators only', () => {
    expect(canSeePost(member('lappi/demo-developer'), post)).toBe(true);
    expect(canSeePost(member('keski-pohjanmaa/demo-coordinator', ['coordinator']), post)).toBe(true);
    expect(canSeePost(member('national/demo-operator', ['platformAdmin']), post)).toBe(true);
    expect(canSeePost(member('pohjois-savo/demo-developer'), post)).toBe(false);
    expect(canSeePost(member('pohjois-savo/demo-developer'), { ...post, hidden: false })).toBe(true);
  });
});
