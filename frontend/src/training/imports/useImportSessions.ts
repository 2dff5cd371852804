import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { input } from 'zod';
import type { ImportReport, importSessionsBody } from '../../../../functions/training/import-schemas';
import { keys } from '../../api/keys';
import { unwrap } from '../../api/typed-client';
import { useApp } from '../../app/context';
import { refreshProjections } from '../useSessions';

export type { ImportReport };
export type ImportRequest = input<typeof importSessionsBody>;

/** POST /training/imports; once something was imported, History, records and Forge refetch. */
export function useImportSessions() {
  const { http } = useApp();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ImportRequest) => unwrap(http.POST('/training/imports', { body })),
    onSuccess: (report) => {
      if (report.imported === 0) return;
      void client.invalidateQueries({ queryKey: [...keys.sessions, 'list'] });
      void client.invalidateQueries({ queryKey: keys.forge.all });
      refreshProjections(client);
    },
  });
}
