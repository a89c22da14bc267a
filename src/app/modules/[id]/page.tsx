import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ProblemList, STARTER_PACK } from '@/features/catalog';
import { Page } from '@/features/shell';

export const dynamicParams = false;

export function generateStaticParams() {
  return [{ id: STARTER_PACK.id }];
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return { title: id === STARTER_PACK.id ? STARTER_PACK.title : 'Module' };
}

export default async function ModulePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (id !== STARTER_PACK.id) notFound();
  return (
    <Page title={STARTER_PACK.title} intro={STARTER_PACK.description}>
      <ProblemList problems={STARTER_PACK.problems} />
    </Page>
  );
}
