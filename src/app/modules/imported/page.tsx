import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ImportedModule } from '@/features/modules';
import { Msg } from '@/features/shell';
import { ModuleWords } from '../ModuleWords';

export const metadata: Metadata = { title: 'Imported pack' };

export default function ImportedModulePage() {
  return (
    <div className="mx-auto w-full max-w-5xl px-4 py-6 sm:px-6 lg:py-8">
      <Suspense fallback={<p className="text-sm"><Msg k="common.loading" /></p>}>
        <ModuleWords>
          <ImportedModule catalog={{ modules: [], problems: [] }} />
        </ModuleWords>
      </Suspense>
    </div>
  );
}
