export interface HeaderRule {
  path: string;
  headers: Array<{ key: string; value: string }>;
}
export function configRules(manifestFile: string): HeaderRule[];
export function headersFileText(rules: HeaderRule[], comment: string[]): string;
export function writeHeadersFile(file: string, rules: HeaderRule[], comment: string[]): number;
