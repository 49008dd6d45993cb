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

  it('does not keep a failed read', async () => {
    const list = vi.fn<TenantRepository['list']>().mockRejectedValueOnce(new Error('unreachable')).mockResolvedValue([lappi]);
    const directory = createTenantDirectory(repositoryWith(list));
    await expect(directory.all()).rejects.toThrow('unreachable');
    expect(await directory.all()).toEqual([lappi]);
  });
});
