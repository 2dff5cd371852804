/**
 * PUTs a file to a presigned URL with XMLHttpRequest, the one browser API that reports upload
 * progress (fetch does not). Resolves on 2xx; rejects with the status otherwise (0: unreachable).
 */
export function uploadWithProgress(
  target: { url: string; method: 'PUT'; headers: Record<string, string> },
  file: Blob,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open(target.method, target.url);
    for (const [name, value] of Object.entries(target.headers)) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => (request.status >= 200 && request.status < 300 ? resolve() : reject(new UploadError(request.status)));
    request.onerror = () => reject(new UploadError(0));
    request.onabort = () => reject(new DOMException('Upload cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(file);
  });
}

export class UploadError extends Error {
  constructor(readonly status: number) {
    super(status === 0 ? 'The upload could not reach the storage' : `The storage refused the upload (${status})`);
    this.name = 'UploadError';
  }
}
