// OpenNext's configuration for the Cloudflare target (docs/deploy.md).
// Every page is prerendered and never revalidated, so the prerendered pages
// are read from the worker's static assets: no R2 bucket or KV namespace to
// create, nothing written at run time.
import { defineCloudflareConfig } from '@opennextjs/cloudflare';
import staticAssetsIncrementalCache from '@opennextjs/cloudflare/overrides/incremental-cache/static-assets-incremental-cache';

export default defineCloudflareConfig({
  incrementalCache: staticAssetsIncrementalCache,
});
