import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { keys } from '../api/keys';
import { unwrap } from '../api/typed-client';
import { useApp } from '../app/context';
import type { ImportJob } from './types';
import { uploadWithProgress } from './upload';

/** How often an import still in progress is asked about (the worker takes about a second). */
const POLL_MS = 1_000;

/** The formats the API reads, by extension (the file picker and the check before upload). */
export const IMPORT_EXTENSIONS = ['.fit', '.tcx', '.gpx'] as const;
export const hasImportExtension = (name: string) => IMPORT_EXTENSIONS.some((extension) => name.toLowerCase().endsWith(extension));

/**
 * One file's import: POST /wearables/imports (a job and its upload URL), PUT the bytes with
 * progress, then the job is polled (useImportJob) until completed or failed.
 */
export function useStartImport() {
  const { http } = useApp();
  const [progress, setProgress] = useState<number | null>(null);
  const mutation = useMutation({
    mutationFn: async (file: File) => {
      setProgress(0);
      const job = await unwrap(http.POST('/wearables/imports', { body: { fileName: file.name, sizeBytes: file.size } }));
      await uploadWithProgress(job.upload, file, setProgress);
      setProgress(1);
      return job;
    },
    onSettled: () => setProgress(null),
  });
  return { ...mutation, progress };
}

/** GET /wearables/imports/{id}, every second until the job is done; then Forge and the sessions refetch. */
export function useImportJob(id: string | null) {
  const { http } = useApp();
  const client = useQueryClient();
  return useQuery({
    queryKey: ['wearables', 'imports', id],
    enabled: id !== null,
    queryFn: async (): Promise<ImportJob> => {
      const job = await unwrap(http.GET('/wearables/imports/{id}', { params: { path: { id: id! } } }));
      if (job.status === 'completed') {
        void client.invalidateQueries({ queryKey: keys.forge.all });
        if (job.result?.sessionId) void client.invalidateQueries({ queryKey: keys.sessions });
      }
      return job;
    },
    refetchInterval: (query) => (query.state.data?.status === 'completed' || query.state.data?.status === 'failed' ? false : POLL_MS),
  });
}
