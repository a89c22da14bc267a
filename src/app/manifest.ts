import type { MetadataRoute } from 'next';
import { webManifest } from '@/features/offline';

export default function manifest(): MetadataRoute.Manifest {
  return webManifest();
}
