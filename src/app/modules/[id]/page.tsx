import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { builtInCatalog } from '@/features/catalog/builtin';
import { ModuleDetail } from '@/features/modules';
import { Page } from '@/features/shell';
import { ModuleWords } from '../ModuleWords';

export const dynamicParams = false;

export function generateStaticParams() {
  return builtInCatalog().modules.map((m) => ({ id: m.id }));
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return { title: builtInCatalog().modules.find((m) => m.id === id)?.name ?? 'Module' };
}

export default async function ModulePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const catalog = builtInCatalog();
  const mod = catalog.modules.find((m) => m.id === id);
  if (!mod) notFound();
  // Only this module's problems travel to the browser.
  const slice = { modules: [mod], problems: catalog.problems.filter((p) => p.module === id) };
  return (
    <Page title={mod.name}>
      <ModuleWords>
        <ModuleDetail catalog={slice} moduleId={id} />
      </ModuleWords>
    </Page>
  );
}
