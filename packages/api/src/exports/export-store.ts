/**
 * Where the platform keeps files it makes for people to download (a county's export archive):
 * an S3 bucket in AWS, the local data folder on the local platform. Only short-lived links leave it.
 */
export interface ExportStore {
  save(key: string, body: Uint8Array, contentType: string): Promise<void>;
  /** Whether the file is (still) there: archives expire. */
  exists(key: string): Promise<boolean>;
  /** A link that downloads the file as `fileName` for a few minutes. */
  downloadLink(key: string, fileName: string): Promise<{ url: string; expiresAt: string }>;
}
