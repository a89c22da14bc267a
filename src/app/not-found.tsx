import { LazyNotFound } from './LazyNotFound';

/** An address with no page (or a module, lesson or project that does not exist), in the learner's language (see NotFoundView). */
export default function NotFound() {
  return <LazyNotFound />;
}
