import { builtInCatalog } from '@/features/catalog/builtin';
import { Dashboard, slimCatalog } from '@/features/dashboard';

export default function DashboardPage() {
  return <Dashboard catalog={slimCatalog(builtInCatalog())} />;
}
