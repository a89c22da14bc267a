export * from './codec';
export * from './schema';
export * from './shared-pack';
