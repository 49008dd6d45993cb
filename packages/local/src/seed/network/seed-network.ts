import { createHash } from 'node:crypto';
import { backfillFeedDescriptors, createNetworkInteractionRepository, createNetworkMemberRepository, createNetworkPostRepository, type TableAccess } from '@linkki/db';
import { memberRefOf, nationalRegion, nationalRegionName, type PostAuthor, wellbeingCounties } from '@linkki/domain';
import { demoPersonas } from '../demo-personas';
import { demoNetworkMembers, demoNetworkPosts } from './demo-network-posts';
import type { DemoAuthor, DemoNetworkPost } from './demo-network.types';

const dayMs = 24 * 60 * 60 * 1000;

const seedIdOf = (key: string) => createHash('sha256').update(`network-seed:${key}`).digest('hex').slice(0, 20);

const regionOf = (author: DemoAuthor) => author.tenant ?? nationalRegion;

const authorBlockOf = (author: DemoAuthor): PostAuthor => {
  const persona = demoPersonas.find((candidate) => candidate.tenant === author.tenant && candidate.user === author.user);
  if (!persona) throw new Error(`No demo persona ${author.tenant ?? nationalRegion}/${author.user}`);
  const county = wellbeingCounties.find((candidate) => candidate.slug === author.tenant);
  return { userId: author.user, displayName: persona.displayName, organisation: persona.organisation, region: regionOf(author), regionName: county?.name.fi ?? nationalRegionName.fi };
};

/** The post, then its comments and marks, an hour apart so the conversation reads in order. */
const seedPost = async (tables: TableAccess, demo: DemoNetworkPost, now: Date): Promise<boolean> => {
  const id = seedIdOf(demo.key);
  const postedAt = new Date(now.getTime() - demo.daysAgo * dayMs);
  const coAuthors = demo.content.kind === 'practice' ? demo.content.practice.coAuthors : [];
  const outcome = await createNetworkPostRepository(tables.platform).create({ id, content: demo.content, author: authorBlockOf(demo.author), coAuthors }, postedAt.toISOString());
  if (outcome === 'duplicate') return false;
  const interactions = createNetworkInteractionRepository(tables.platform);
  for (const [index, comment] of (demo.comments ?? []).entries()) {
    const at = new Date(postedAt.getTime() + (index + 1) * 60 * 60 * 1000).toISOString();
    await interactions.addComment({ postId: id, commentId: seedIdOf(`${demo.key}:comment:${index}`), body: comment.body, author: authorBlockOf(comment.author), now: at });
  }
  for (const marker of demo.usefulFrom ?? []) {
    await interactions.markUseful({ postId: id, member: memberRefOf(regionOf(marker), marker.user), now: postedAt.toISOString() });
  }
  return true;
};

/**
 * The network's demo posts and members' follows. A post that exists is left as it is (with
 * whatever people have since done to it), so a restart changes nothing.
 */
export const seedNetwork = async (tables: TableAccess, now = new Date()): Promise<{ created: number; existing: number }> => {
  const outcomes = await Promise.all(demoNetworkPosts.map((demo) => seedPost(tables, demo, now)));
  // Data kept on disk from before the merged feed carried tags, regions and kinds gets them here.
  await backfillFeedDescriptors(tables.platform);
  const members = createNetworkMemberRepository(tables.platform);
  await Promise.all(
    demoNetworkMembers.map(async ({ author, followedTags, email }) => {
      const member = { region: regionOf(author), userId: author.user };
      if (await members.get(member)) return;
      await members.save(member, { followedTags, followedRegions: [], weeklyDigest: true }, 0, email);
    }),
  );
  const created = outcomes.filter(Boolean).length;
  return { created, existing: outcomes.length - created };
};
