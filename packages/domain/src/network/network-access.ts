import type { Role } from '../identity/role.schema';
import { type MemberRef, memberRefOf, type PostAuthor } from './network-post.schema';

/** Who reads the network, who writes to it and who moderates it. */
export const networkReaderRoles: readonly Role[] = ['networkMember', 'coordinator', 'nationalPublisher', 'platformAdmin'];
export const networkPosterRoles: readonly Role[] = ['networkMember', 'coordinator', 'nationalPublisher'];
export const networkModeratorRoles: readonly Role[] = ['coordinator', 'platformAdmin'];

export interface NetworkViewer {
  member: MemberRef;
  roles: readonly Role[];
}

export const isNetworkModerator = (viewer: NetworkViewer): boolean => viewer.roles.some((role) => networkModeratorRoles.includes(role));

export const authorRefOf = (author: PostAuthor): MemberRef => memberRefOf(author.region, author.userId);

/** The region a member belongs to: the part of `<region>/<userId>` before the slash. */
export const regionOfMember = (member: MemberRef): string => member.slice(0, member.indexOf('/'));

/**
 * Platform administrators moderate every post; a county's coordinator only the posts of that
 * county's own members, so one county cannot silence (or restore) another's.
 */
export const canModeratePost = (viewer: NetworkViewer, post: { author: PostAuthor }): boolean =>
  viewer.roles.includes('platformAdmin') || (viewer.roles.includes('coordinator') && post.author.region === regionOfMember(viewer.member));

/** The author and the co-authors a practice names may edit it; nobody else. */
export const canEditPost = (viewer: NetworkViewer, post: { author: PostAuthor; coAuthors: readonly MemberRef[] }): boolean =>
  authorRefOf(post.author) === viewer.member || post.coAuthors.includes(viewer.member);

/** Hidden content is seen only by moderators and by its author, who sees why it was hidden. */
export const canSeePost = (viewer: NetworkViewer, post: { author: PostAuthor; hidden: boolean }): boolean => !post.hidden || isNetworkModerator(viewer) || authorRefOf(post.author) === viewer.member;
