// @vitest-environment node
/**
 * After lockdown() no route from Python reaches JavaScript: starting from
 * everything learner code can name (builtins, every module, every class and
 * its subclasses, the import machinery), a walk over every reference the
 * interpreter holds finds no JS proxy and no function able to make one.
 * Also checks the sealed helpers look up no globals at all.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPyodide, type PyodideAPI } from 'pyodide';
import type { PyProxy } from 'pyodide/ffi';
import type { PythonClient } from '@/adapters/python/client';
import { startPython } from '../python';

let pyodide: PyodideAPI;
let harness: PyProxy;

beforeAll(async () => {
  pyodide = await loadPyodide();
  harness = pyodide.globals.get('dict')() as PyProxy;
  pyodide.runPython(readFileSync('workers/harness.py', 'utf8'), { globals: harness, filename: 'harness.py' });
  // What counts as a bridge, taken before lockdown hides it.
  pyodide.runPython(
    `import _pyodide_core, pyodide.ffi\n_bridge_types = (pyodide.ffi.JsProxy,)\n_bridge_ids = {id(v) for v in vars(_pyodide_core).values() if callable(v)}\ndel _pyodide_core`,
  );
  pyodide.unregisterJsModule('js');
  pyodide.unregisterJsModule('pyodide_js');
  (harness.get('lockdown') as () => string)();
}, 120_000);

const WALK = `
import gc, sys, builtins
def _walk(limit=400000):
    roots = [builtins, sys, sys.modules, sys.meta_path, sys.path_hooks, sys.path_importer_cache,
             sys.stdout, sys.stderr, sys.stdin, sys.excepthook, sys.displayhook, sys.unraisablehook, sys.breakpointhook]
    roots += list(sys.modules.values())
    types_seen = set()
    stack = [object]
    while stack:
        t = stack.pop()
        if id(t) in types_seen:
            continue
        types_seen.add(id(t))
        roots.append(t)
        try:
            stack.extend(type.__subclasses__(t))
        except TypeError:
            pass
    seen = set()
    found = []
    queue = list(roots)
    while queue and len(seen) < limit:
        obj = queue.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        # Classes stay reachable through object.__subclasses__(); what matters
        # is that no JS value or proxy-making function is (see the next test
        # for the classes themselves).
        if isinstance(obj, _bridge_types) or (id(obj) in _bridge_ids and not isinstance(obj, type)):
            found.append(type(obj).__name__ + ': ' + repr(obj)[:80])
            continue
        queue.extend(gc.get_referents(obj))
    return len(seen), found
_walk()
`;

describe('lockdown', () => {
  it('leaves no JS proxy and no proxy-making function reachable from learner-visible roots', () => {
    const [visited, found] = (pyodide.runPython(WALK) as PyProxy).toJs() as [number, string[]];
    expect(visited).toBeGreaterThan(10_000);
    expect(found).toEqual([]);
  });

  it('refuses to import the bridges again, by any route', () => {
    const attempts = pyodide.runPython(`
out = []
for src in ["import js", "import pyodide_js", "import pyodide.ffi", "import _pyodide_core", "import pyodide.http", "import micropip",
            "import importlib; importlib.import_module('js')", "__import__('_pyodide_core')",
            "import _imp, importlib.machinery as m; _imp.create_builtin(m.ModuleSpec('_pyodide_core', m.BuiltinImporter))"]:
    try:
        exec(src, {})
        out.append('imported: ' + src)
    except BaseException as e:
        pass
out
`) as PyProxy;
    expect(attempts.toJs()).toEqual([]);
  });

  it('keeps the builtin gate working after an exception inside it (Stop or the time limit landing there)', () => {
    const after = pyodide.runPython(`
import _imp, importlib.machinery as m
class Spec:
    @property
    def name(self):
        raise KeyboardInterrupt
raised = None
try:
    _imp.create_builtin(Spec())
except KeyboardInterrupt:
    raised = 'KeyboardInterrupt'
made = _imp.create_builtin(m.ModuleSpec('math', m.BuiltinImporter))
(raised, type(made).__name__, hasattr(made, 'sqrt'))
`) as PyProxy;
    const [raised, typeName, hasSqrt] = after.toJs() as [string, string, boolean];
    expect(raised).toBe('KeyboardInterrupt');
    // math is builtin in Pyodide; when a build makes it an extension the gate refuses it with an ImportError instead.
    expect([typeName, hasSqrt]).toEqual(['module', true]);
  });

  it('a gate that has ended hands over to the next, and with none left imports fail with a clear error', () => {
    const after = pyodide.runPython(`
import _imp, types, importlib.machinery as m
sends = _imp.create_builtin.__self__
gate = _imp.create_builtin.__func__
def ended():
    yield None
dead = ended()
next(dead)
dead.close()  # a gate an interrupt ended: sending to it raises StopIteration
spec = m.ModuleSpec('math', m.BuiltinImporter)
made = types.MethodType(gate, (dead.send,) + sends)(spec)
try:
    types.MethodType(gate, (dead.send,))(spec)
    last = 'imported'
except ImportError as error:
    last = str(error)
(len(sends), type(made).__name__, last)
`) as PyProxy;
    const [gates, typeName, last] = after.toJs() as [number, string, string];
    expect(gates).toBeGreaterThan(1);
    expect(typeName).toBe('module');
    expect(last).toContain('restart Python');
  });

  it("hands an interrupt that lands in one of the harness's services back to the caller, and the service lives on", () => {
    // A service that ended would leave every later test of the interpreter
    // failing with StopIteration (a time limit landing mid-restore did this).
    const after = pyodide.runPython(
      `
def step(value):
    if value == 'boom':
        raise KeyboardInterrupt
    return value * 2
svc = _service(step)
first = svc(2)
ok, exc = svc('boom')
thrown = svc.__self__.throw(KeyboardInterrupt())
later = svc(3)
restore_thrown = _restore_send.__self__.throw(KeyboardInterrupt())
restore_later = _restore_send(None)
(first, ok, type(exc).__name__, thrown[0], type(thrown[1]).__name__, later, restore_thrown[0], restore_later)
`,
      { globals: harness },
    ) as PyProxy;
    expect(after.toJs()).toEqual([[true, 4], false, 'KeyboardInterrupt', false, 'KeyboardInterrupt', [true, 6], false, [true, undefined]]);
  });

  it('refuses to install signal handlers: a handler would be handed the frame an interrupt lands in', () => {
    const after = pyodide.runPython(`
import signal
try:
    signal.signal(signal.SIGINT, lambda signum, frame: None)
    refused = ''
except RuntimeError as error:
    refused = str(error)
(refused, signal.getsignal(signal.SIGINT) is signal.default_int_handler)
`) as PyProxy;
    const [refused, unchanged] = after.toJs() as [string, boolean];
    expect(refused).toContain('signal handlers are not available');
    expect(unchanged).toBe(true);
  });

  it("refuses CPython's test and debugging modules, which reach under the audit hook", () => {
    const after = pyodide.runPython(`
import _imp, importlib.machinery as m, sys
loaded = []
for name in ['_testcapi', '_testclinic', '_testlimitedcapi', '_testbuffer', '_testinternalcapi', '_xxtestfuzz', 'xxsubtype', '_remote_debugging']:
    for how in ('import', 'create_builtin'):
        try:
            if how == 'import':
                __import__(name)
            else:
                _imp.create_builtin(m.ModuleSpec(name, None, origin='built-in'))
            loaded.append(name + ' by ' + how)
        except ImportError:
            pass
(loaded, [n for n in sys.modules if n.startswith('_test')])
`) as PyProxy;
    expect(after.toJs()).toEqual([[], []]);
  });

  it('loads no extension module from a file: a wasm side module would share the interpreter\'s memory and import its functions', () => {
    const after = pyodide.runPython(`
import _imp, os, importlib.machinery as m
name = b'dylink.0'
payload = bytes([len(name)]) + name + bytes([1, 4, 0, 0, 0, 0])
os.makedirs('/tmp/side', exist_ok=True)
with open('/tmp/side/side.so', 'wb') as f:
    f.write(b'\\0asm' + bytes([1, 0, 0, 0, 0, len(payload)]) + payload)
spec = m.ModuleSpec('side', m.ExtensionFileLoader('side', '/tmp/side/side.so'), origin='/tmp/side/side.so')
messages = []
for attempt in (lambda: _imp.create_dynamic(spec), lambda: spec.loader.create_module(spec)):
    try:
        attempt()
        messages.append('loaded')
    except ImportError as error:
        messages.append(str(error))
messages
`) as PyProxy;
    for (const message of after.toJs() as string[]) expect(message).toContain('extension modules are not available');
  });

  it('lets no class that wraps JS values be instantiated from Python', () => {
    const made = (pyodide.runPython(`
made = []
seen = set()
pending = [object]
while pending:
    cls = pending.pop()
    if id(cls) in seen:
        continue
    seen.add(id(cls))
    try:
        pending.extend(type.__subclasses__(cls))
    except TypeError:
        pass
    module = str(getattr(cls, '__module__', ''))
    if not ('pyodide' in module or 'Js' in cls.__name__):
        continue
    for args in [(), ('x',), ('x', 'y'), (1,), (None, None)]:
        try:
            obj = cls(*args)
        except BaseException:
            continue
        if hasattr(obj, 'constructor') or isinstance(obj, _bridge_types):
            made.append(cls.__name__)
made
`) as PyProxy).toJs();
    expect(made).toEqual([]);
  });

  it('refuses gc.unfreeze, from the module and from a fresh copy of it', () => {
    const after = pyodide.runPython(`
import gc, sys
out = []
try:
    gc.unfreeze()
    out.append('unfroze')
except RuntimeError as error:
    out.append(str(error))
saved = sys.modules.pop('gc')
try:
    import gc as fresh
    out.append('fresh copy: ' + str(fresh is saved))
except ImportError:
    out.append('no fresh copy')
finally:
    sys.modules['gc'] = saved
out
`) as PyProxy;
    expect(after.toJs()).toEqual(['gc.unfreeze is not available in PyDojo', 'no fresh copy']);
  });

  it('keeps ordinary builtin imports working', () => {
    expect(pyodide.runPython('import math, itertools, _imp\nmath.sqrt(16)')).toBe(4);
  });

  it('seals every helper it hands out: no global lookups, private globals', () => {
    const report = (pyodide.runPython(
      `
import dis, types
_bad = []
for obj in _seal_report():
    fns = []
    if isinstance(obj, types.FunctionType):
        fns.append(obj)
    elif isinstance(obj, type):
        fns.extend(v for v in vars(obj).values() if isinstance(v, types.FunctionType))
    for fn in fns:
        if fn.__globals__.get('_state') is not None:
            _bad.append(fn.__name__ + ' has the harness globals')
        for ins in dis.get_instructions(fn):
            if ins.opname in ('LOAD_GLOBAL', 'LOAD_NAME', 'STORE_GLOBAL', 'DELETE_GLOBAL', 'LOAD_DEREF', 'LOAD_FROM_DICT_OR_GLOBALS'):
                _bad.append(f'{fn.__name__}: {ins.opname} {ins.argval}')
_bad
`,
      { globals: pyodide.toPy({ _seal_report: harness.get('sealed_functions') }) },
    ) as PyProxy).toJs();
    expect(report).toEqual([]);
  });
});

// The app's interpreters start from the build's memory snapshot, in which
// every object is frozen (see parkHarnessForSnapshot): the collector skips
// them, and so does gc.get_objects().
describe('lockdown of an interpreter restored from the snapshot', () => {
  let client: PythonClient;
  beforeAll(async () => {
    client = startPython();
    await client.ready();
  }, 120_000);
  afterAll(() => client.dispose());

  async function output(code: string): Promise<string> {
    let text = '';
    const result = await client.run(code, { onOutput: (_stream, chunk) => (text += chunk) });
    expect(result.status).toBe('ok');
    return text.trim();
  }

  it('leaves nothing from the bridges to find in gc.get_objects() or in what a collection saves', async () => {
    const found = await output(`
import gc
def bridge(obj):
    kind = type(obj)
    home = str(getattr(obj, '__module__', '') if callable(obj) else '') + ' ' + str(getattr(obj, '__name__', '') if kind.__name__ == 'module' else '')
    return 'Js' in kind.__name__ or 'pyodide' in str(kind.__module__) or 'pyodide' in home
gc.set_debug(gc.DEBUG_SAVEALL)
gc.collect()
print([repr(o)[:80] for o in gc.get_objects() + gc.garbage if bridge(o)])
gc.set_debug(0)
gc.garbage.clear()
`);
    expect(found).toBe('[]');
  });

  it("keeps the snapshot's objects frozen: no collection walks them and none may be unfrozen", async () => {
    const report = await output(`
import gc
frozen = gc.get_freeze_count()
try:
    gc.unfreeze()
    refused = False
except RuntimeError:
    refused = True
print(frozen > 10000, gc.get_freeze_count() == frozen, refused)
`);
    expect(report).toBe('True True True');
  });
});
