import type { Tenant } from '@linkki/domain';
import type { TenantRepository } from '@linkki/db';
import { describe, expect, it, vi } from 'vitest';
import { createTenantDirectory } from './tenant-directory';

const lappi: Tenant = { slug: 'lappi', code: '21', name: { fi: 'Lappi', sv: 'Lappland', en: 'Lapland' }, municipalities: [], status: 'active' };

const repositoryWith = (list: TenantRepository['list']) => ({ list }) as unknown as TenantRepository;

describe('tenant directory', () => {
  it('reads the registry once per time-to-live', async () => {
    let clock = 0;
    const list = vi.fn(async () => [lappi]);
    const directory = createTenantDirectory(repositoryWith(list), { ttlMs: 1000, now: () => clock });
    await directory.find('lappi');
    await directory.all();
    expect(list).toHaveBeenCalledTimes(1);
    clock = 1001;
    expect(await directory.find('lappi')).toEqual(lappi);
    expect(list).toHaveBeenCalledTimes(2);
    expect(await directory.find('kainuu')).toBeNull();
  });

  it('reads an inactive county again after two seconds, so its first coordinator is not kept out for a minute', async () => {
    let clock = 0;
    const kainuu: Tenant = { ...lappi, slug: 'kainuu', status: 'onboarding' };
    const list = vi
      .fn<TenantRepository['list']>()
      .mockResolvedValueOnce([lappi, kainuu])
      .mockResolvedValue([lappi, { ...kainuu, status: 'active' }]);
    const directory = createTenantDirectory(repositoryWith(list), { ttlMs: 60_000, now: () => clock });
    expect((await directory.find('kainuu'))?.status).toBe('onboarding');
    clock = 1000;
    expect((await directory.find('kainuu'))?.status).toBe('onboarding');
    clock = 2001;
    expect((await directory.find('kainuu'))?.status).toBe('active');
    expect(list).toHaveBeenCalledTimes(2);
  });

  it('forgets the registry when this container changed it', async () => {
    const list = vi.fn(async () => [lappi]);
    const directory = createTenantDirectory(repositoryWith(list));
    await directory.all();
    directory.forget();
    await directory.all();
    expect(list).toHaveBeenCalledTimes(2);
  });

  it('does not keep a failed read', async () => {
    const list = vi.fn<TenantRepository['list']>().mockRejectedValueOnce(new Error('unreachable')).mockResolvedValue([lappi]);
    const directory = createTenantDirectory(repositoryWith(list));
    await expect(directory.all()).rejects.toThrow('unreachable');
    expect(await directory.all()).toEqual([lappi]);
  });
});
