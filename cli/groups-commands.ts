/**
 * `regroup groups` and `regroup refresh --user --verify`: the group-insight service behind the
 * command line. It returns the core's data; `main.ts` words it (groups-format.ts) or writes it as
 * JSON.
 */
import { createGroupsService, type GroupsService } from '../core/groups/service';
import { verifyRefresh } from '../core/groups/verify';
import type { GroupsCommands } from './main';

export interface GroupsCommandsOptions {
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  /** Tests build the service with fake tools. */
  create?: (dc: string | null) => GroupsService;
}

export function createGroupsCommands(options: GroupsCommandsOptions = {}): GroupsCommands {
  const create =
    options.create ??
    ((dc: string | null) =>
      createGroupsService({
        platform: options.platform ?? process.platform,
        env: options.env ?? process.env,
        dc,
      }));
  return {
    report: ({ dc }) => create(dc).read(),
    verifyRefresh: ({ dc, refresh }) => verifyRefresh(create(dc), refresh),
  };
}
