"""PyDojo's Python harness: runs a learner's program and grades it case by case.

(One file on purpose, about 1,800 lines: it is executed as one private namespace,
and the boundary it draws is easiest to review in one place.)

The same file runs in the browser worker and in Node (Vitest and the pack
checker). The host (TypeScript) drives it one call at a time:

* ``lockdown()`` once after boot: cuts Python off from JavaScript.
* ``run_program(code, input_available)`` runs a program as ``__main__``.
* ``load_submission(code)`` executes a submission once before its cases.
* ``run_call(name, args_json, kwargs_json, in_place_arg)`` calls the entry point.
* ``run_io(code, stdin)`` runs the whole program with a fixed stdin.
* ``run_assert(test_code, entry)`` runs author-written assert code.
* ``run_generate(code, seed, n)`` runs an author's input generator (random tests).

Every call returns JSON text. Verdicts are *not* decided here: expected
values never enter the interpreter for call and io cases. Call cases return a
canonical JSON encoding of the learner's value which the host compares, io
cases are compared by the host on the captured stdout, and assert cases report
whether the author's assertions raised.

The boundary (see README, "Grading"):

* A grading interpreter is *sealed* by its first ``load_submission`` /
  ``run_io``: from then on the guard (an audit hook refusing frames, gc,
  tracing, code replacement, writes to sealed objects and the defaults of
  the standard library's functions) stays on for the rest of the
  interpreter's life, so no learner code ever runs unguarded —
  not in a ``__del__``, a ``__repr__`` or a metaclass ``__eq__``. The host
  throws a grading interpreter away after one submission.
* Nothing handed to learner or test code carries the harness's globals:
  ``plain``, the wrapped entry points, ``input`` in io cases and
  ``time.sleep`` are *sealed*: they look up no globals, their dependencies
  sit in immutable defaults or tuples, and replacing their defaults, code or
  class is refused. Test code runs with globals whose harness-given names
  (``plain``, builtins, the learner's wrapped functions) cannot be rebound.
* Nothing handed to learner code carries the test's globals either: every
  function and lambda of test code is a forwarder from birth (its
  ``__globals__`` and ``__closure__`` would otherwise give learner code the
  test namespace), so a learner's method called directly, a learner's
  ``__init_subclass__`` or metaclass seeing a test's subclass, or a test
  object's methods reveal nothing. Annotations in test code stay strings.
* ``lockdown()`` removes every route from Python to JavaScript (the ``js``
  and ``pyodide`` modules, their JS proxies and the builtin that makes new
  ones), so learner code cannot reach the worker's JavaScript at all.
  It also refuses signal handlers (one would be handed the frame an
  interrupt lands in, and every frame below it), CPython's test modules,
  extension modules loaded from files (wasm sharing the interpreter's memory)
  and gc.unfreeze (a snapshot's objects stay frozen, out of the collector's
  and gc.get_objects()'s reach).
* After every run of learner code the world is put back: builtins, the
  standard modules tests lean on, and the state inside the ones whose
  behaviour decides a comparison (copy's dispatch tables, re's caches and
  compiler, the classes of json, fractions, statistics…), all compared by
  identity, without running a single method of a program's objects.
* The harness's own capabilities that run Python (putting the world back,
  making forwarders) are generators that never end: an interrupt landing in
  one is handed back to its caller, not left to break every later test.
"""

import builtins
import gc
import json
import linecache
import sys
import time
import types

# Captured once, before any learner code runs, so patching builtins or the
# json module later cannot change how the harness behaves.
_builtins_snapshot = dict(builtins.__dict__)
_builtins_dict = builtins.__dict__
_type = type
_len = len
_repr = repr
_str = str
_int = int
_float = float
_bool = bool
_list = list
_tuple = tuple
_dict = dict
_set = set
_frozenset = frozenset
_id = id
_issubclass = issubclass
_callable = callable
_type_name = type.__dict__["__name__"].__get__
_AssertionError = AssertionError
_EOFError = EOFError
_SyntaxError = SyntaxError
_range = range
_exec = exec
_compile = compile
_BaseException = BaseException
_Exception = Exception
_KeyboardInterrupt = KeyboardInterrupt
_SystemExit = SystemExit
_RecursionError = RecursionError
_encode_str = json.encoder.encode_basestring
# The C scanner of a private decoder: no Python-level json code that a
# program could patch is involved in decoding case arguments.
_scan_json = json.JSONDecoder().scan_once
_ModuleType = types.ModuleType
_FunctionType = types.FunctionType
_sys_modules = sys.modules
_settrace = sys.settrace
_setprofile = sys.setprofile
_setrecursionlimit = sys.setrecursionlimit
_default_recursion_limit = sys.getrecursionlimit()
_orig_stdout = sys.stdout
_orig_stderr = sys.stderr
_orig_stdin = sys.stdin
# What the world is put back to, held by identity: a program may swap these
# attributes for objects of its own, whose methods must not run in a restore.
_orig_hooks = (sys.__excepthook__, sys.__displayhook__, sys.__unraisablehook__)
_importer_cache = sys.path_importer_cache
_gc_lists = (("callbacks", gc.callbacks), ("garbage", gc.garbage))
_linecache = linecache.cache
_monitoring = getattr(sys, "monitoring", None)
_gc_enable = gc.enable
_gc_disable = gc.disable
_gc_isenabled = gc.isenabled
_type_setattr = type.__setattr__
_type_delattr = type.__delattr__

import collections as _collections
import io as _io
import functools as _functools
import itertools as _itertools
import operator as _operator

_DICT_LIKE = (_collections.Counter, _collections.OrderedDict, _collections.defaultdict)
_deque = _collections.deque
_StringIO = _io.StringIO

FILENAME = "main.py"
TEST_FILENAME = "tests.py"
MAX_DEPTH = 60
MAX_ITEMS = 20000
MAX_REPR = 2000
# Each Python call also takes room on the browser worker's stack: measured in
# Chromium, a plain recursive function overflows it (crashing the worker) a
# little past 3,000 frames. Capped below that, a runaway recursion with a
# raised limit ends as a RecursionError showing the learner's frames.
MAX_RECURSION_LIMIT = 2500
# Spare builtin-import gates (see _gate_impl): each can be lost only to an interrupt landing on one jump.
GATES = 8

_state = {"guarded": False, "sealed": False, "permit": False, "locked": False, "phase": "load", "namespace": None, "protected": _frozenset()}

# Audit events refused while submitted code runs under grading: together they
# stop code from reaching the harness's frames, objects or tracing machinery.
_BLOCKED_EVENTS = frozenset(
    {
        "sys._getframe",
        "sys._current_frames",
        "sys._current_exceptions",
        "sys.settrace",
        "sys.setprofile",
        "sys.monitoring.register_callback",
        "gc.get_objects",
        "gc.get_referrers",
        "gc.get_referents",
        "code.__new__",
        # CPython does not verify bytecode: marshal makes code objects from
        # raw bytes (code.__new__ never fires), whose instructions can read
        # and write past their frame. Nothing here imports .pyc files: the
        # standard library is compiled from source.
        "marshal.loads",
        "marshal.load",
        "sys.addaudithook",
    }
)
_FRAME_ATTRS = frozenset({"tb_frame", "gi_frame", "cr_frame", "ag_frame", "f_back", "f_globals", "f_locals", "f_builtins", "f_code"})
# Modules that bridge Python and JavaScript: never importable after lockdown.
_BRIDGE_ROOTS = frozenset({"js", "pyodide_js", "pyodide", "_pyodide", "_pyodide_core", "micropip", "pyodide_http", "ctypes", "_ctypes"})
# Ids of harness-made classes and objects that nothing may modify.
# Every sealed function shares this globals dict; the guard refuses changes
# to the code, defaults or class of any function that uses it.
_SEALED_GLOBALS = {"__builtins__": {}}
_keep_alive = []
_bridge_classes = []
# Objects whose last reference learner code could drop while tests run: kept
# until the grading interpreter is thrown away, so no finalizer of theirs runs
# after the world was restored.
_graveyard = []


def _audit(event, args, _state=_state, _blocked=_BLOCKED_EVENTS, _frame_attrs=_FRAME_ATTRS, _bridges=_BRIDGE_ROOTS, _sealed=_SEALED_GLOBALS, _FunctionType=types.FunctionType, _len=len, _type=type, _str=str, _id=id):
    if event == "sys.addaudithook":
        raise RuntimeError("adding audit hooks is not allowed in PyDojo")
    if event == "import" and _state["locked"]:
        name = args[0]
        if _type(name) is _str and name.partition(".")[0] in _bridges:
            raise ImportError(f"{name} is not available in PyDojo")
    if not _state["guarded"] or _state["permit"]:
        return
    if event in _blocked or event.startswith("ctypes."):
        raise RuntimeError(f"{event} is not available while tests run")
    if event == "object.__getattr__" and _len(args) > 1:
        if args[1] in _frame_attrs:
            raise RuntimeError(f"reading {args[1]} is not available while tests run")
        # Reading code objects is harmless while a submission loads
        # (dataclasses and typing do it); while tests run it could reveal
        # the constants of a test function handed to learner code.
        if args[1] == "__code__" and _state["phase"] == "test":
            raise RuntimeError("reading __code__ is not available while tests run")
        # The defaults of the harness's functions and of every function the
        # standard library had at boot: test code calls the same functions
        # (copy.deepcopy's memo, json.dumps's keywords), so their defaults
        # are neither read (a dict or list in them could be changed in
        # place) nor replaced.
        if (args[1] == "__kwdefaults__" or args[1] == "__defaults__") and _type(args[0]) is _FunctionType and _id(args[0].__globals__) in _state["protected"]:
            raise RuntimeError(f"reading {args[1]} is not available while tests run")
    if (event == "object.__setattr__" or event == "object.__delattr__") and _len(args) > 1:
        if args[1] == "__code__" or (_type(args[0]) is _FunctionType and args[0].__globals__ is _sealed):
            raise RuntimeError(f"changing {args[1]} is not available while tests run")
        if (args[1] == "__kwdefaults__" or args[1] == "__defaults__") and _type(args[0]) is _FunctionType and _id(args[0].__globals__) in _state["protected"]:
            raise RuntimeError(f"changing {args[1]} is not available while tests run")
        if args[1] == "__class__" and _type(args[0]) is _FunctionType:
            raise RuntimeError("changing __class__ is not available while tests run")


sys.addaudithook(_audit)


def _seal(fn, defaults=None, name=None):
    """The same function with the shared sealed globals (its code must look up
    no globals: every dependency is a positional default or an argument)."""
    sealed = _FunctionType(fn.__code__, _SEALED_GLOBALS, name or fn.__name__, fn.__defaults__ if defaults is None else defaults)
    sealed.__kwdefaults__ = fn.__kwdefaults__
    _keep_alive.append(sealed)
    return sealed


def _bind(fn, state):
    """A sealed function bound to an immutable tuple of its dependencies: the
    method object is of an immutable type, the tuple cannot change."""
    return types.MethodType(fn, state)


# --------------------------------------------------------------------------
# Permits: the harness's own use of guarded features
# --------------------------------------------------------------------------


def _permit(fn, *args, **kwargs):
    """Run a harness-only operation that touches guarded features. No learner
    code can run meanwhile: garbage collection (which could call a learner
    __del__) is paused, and the caller keeps every object alive until after."""
    was_enabled = _gc_isenabled()
    _gc_disable()
    _state["permit"] = True
    try:
        return fn(*args, **kwargs)
    finally:
        _state["permit"] = False
        if was_enabled:
            _gc_enable()


def _guard_on():
    _state["permit"] = False
    _state["guarded"] = True


def _guard_off():
    # A sealed interpreter keeps its guard for the rest of its life.
    _state["permit"] = False
    _state["guarded"] = _state["sealed"]


def _seal_interpreter():
    _state["sealed"] = True
    _guard_on()


# --------------------------------------------------------------------------
# Lockdown: no way from Python to JavaScript
# --------------------------------------------------------------------------


def _sleep_impl(secs, /, _slice=0.02, _monotonic=time.monotonic, _float=float, _min=min, _TypeError=TypeError, _ValueError=ValueError, _checks=range(50), _orig=None):
    # Sleeps in short slices so Stop ends a long sleep at once. Under
    # Emscripten the interpreter reads the interrupt buffer only at every
    # 50th periodic check (a loop's jump back, a call, a resume), and one
    # slice makes only a few: the empty loop after each slice makes 50, so
    # Stop lands within one slice, not within ten.
    try:
        seconds = _float(secs)
    except (_TypeError, _ValueError):
        raise _TypeError("time.sleep() needs a number of seconds") from None
    if seconds < 0:
        raise _ValueError("sleep length must be non-negative")
    end = _monotonic() + seconds
    while True:
        left = end - _monotonic()
        if left <= 0:
            return None
        _orig(_min(left, _slice))
        for _ in _checks:
            pass


def _builtin_gate(create, allowed, /, _getattr=getattr, _type=type, _str=str, _ImportError=ImportError, _BaseException=BaseException, _Namespace=types.SimpleNamespace):
    """A generator that creates the builtin modules on an allowlist; the real
    ``_imp.create_builtin`` lives only in its frame. It must never finish: an
    exception raised anywhere inside it (Stop or the time limit landing on any
    bytecode, a hostile spec) is handed back as the reply, so later imports
    still work."""
    reply = None
    while True:
        try:
            while True:
                spec = yield reply
                name = _getattr(spec, "name", None)
                if _type(name) is not _str or name not in allowed:
                    reply = (False, _ImportError(f"{name} is not available in PyDojo"))
                else:
                    reply = (True, create(_Namespace(name=name, origin="built-in")))
        except _BaseException as exc:  # noqa: BLE001
            reply = (False, exc)


def _gate_impl(state, spec, /, _StopIteration=StopIteration, _ImportError=ImportError):
    """Ask the first gate still running. A gate can still end when a second
    interrupt lands on its loop's jump, between its try blocks; the next one
    (of a few made at lockdown) then takes over."""
    for send in state:
        try:
            ok, value = send(spec)
        except _StopIteration:
            continue
        if ok:
            return value
        raise value
    raise _ImportError("built-in modules cannot be imported any more: restart Python")


def lockdown():
    """Cut every route from Python to JavaScript. Called once per interpreter,
    after boot and before any learner code."""
    core = _sys_modules.get("_pyodide_core")
    jsproxy = None
    try:
        from pyodide.ffi import JsProxy as jsproxy  # noqa: F811
    except ImportError:  # pragma: no cover - outside Pyodide
        jsproxy = None
    jsproxy_types = (jsproxy,) if jsproxy is not None else ()
    # _pyodide_core's functions and classes, found among module values by
    # hash and equality: for these exact types both are C's identity (a
    # builtin function compares equal to another binding of the same C
    # function to the same module, itself as dangerous). id() would raise an
    # audit event, a Python call, for each of ten thousand values.
    dangerous = _set()
    if core is not None:
        for value in core.__dict__.values():
            if _callable(value):
                dangerous.add(value)
    dangerous_kinds = _frozenset(map(_type, dangerous))
    # time.sleep: Pyodide's version lives in pyodide.webloop; replace it with
    # a sealed one that Stop can interrupt.
    orig_sleep = getattr(time.sleep, "__globals__", {}).get("_orig_sleep", time.sleep)
    time.sleep = _seal(_FunctionType(_sleep_impl.__code__, {}, "sleep", _sleep_impl.__defaults__[:-1] + (orig_sleep,)))
    # isinstance(value, JsProxy) runs Pyodide's Python-level __instancecheck__,
    # which looks only at type(value): it is asked once per type, and the
    # values themselves are sorted in C loops (_scrub_namespace), about ten
    # thousand of them in a booted interpreter.
    js_types = {}

    def wraps_js(cls):
        known = js_types.get(cls)
        if known is None:
            known = js_types[cls] = _bool(jsproxy_types) and _issubclass(cls, jsproxy_types)
        return known

    # Drop the bridge modules and scrub every module of references to them.
    for name in _list(_sys_modules):
        if name.partition(".")[0] in _BRIDGE_ROOTS:
            module = _sys_modules.pop(name)
            namespace = getattr(module, "__dict__", None)
            if _type(namespace) is _dict and _type(module) is _ModuleType:
                _scrub_namespace(namespace, wraps_js, dangerous, dangerous_kinds, False)
    for name, module in _list(_sys_modules.items()):
        namespace = getattr(module, "__dict__", None)
        if _type(namespace) is _dict:
            _scrub_namespace(namespace, wraps_js, dangerous, dangerous_kinds, True)
    sys.meta_path[:] = [finder for finder in sys.meta_path if "pyodide" not in _str(getattr(_type(finder), "__module__", ""))]
    # The asyncio policy of Pyodide's event loop holds JS callbacks.
    try:
        import asyncio.events as _events

        _events._set_event_loop_policy(None) if hasattr(_events, "_set_event_loop_policy") else None
    except BaseException:  # noqa: BLE001
        pass
    # _imp.create_builtin could rebuild _pyodide_core from its saved state.
    import _imp

    # CPython's test and debugging modules reach under the audit hook
    # (_testcapi reads any function's code, globals and defaults through the
    # C API): none of them may load, whatever a later build compiles in.
    allowed = _frozenset(
        name for name in sys.builtin_module_names
        if name.partition(".")[0] not in _BRIDGE_ROOTS
        and name not in ("_imp", "sys", "builtins", "_pyodide_core", "_signal", "gc", "_remote_debugging")
        and not name.startswith(("_test", "_xx", "xx"))
    )
    for name in _list(_sys_modules):
        if name not in allowed and name in sys.builtin_module_names and name not in ("sys", "builtins", "_imp", "_signal", "gc"):
            _sys_modules.pop(name, None)
    gates = []
    for _ in range(GATES):
        gate_gen = _seal(_builtin_gate)(_imp.create_builtin, allowed)
        next(gate_gen)
        gates.append(gate_gen.send)
    _imp.create_builtin = _bind(_seal(_gate_impl, name="create_builtin"), _tuple(gates))
    # An extension module is a wasm side module, which Emscripten runs in the
    # interpreter's own memory and links to the main module's functions: one
    # written to the filesystem would reach every object and JavaScript.
    # Pyodide's standard library has none to load.
    _imp.create_dynamic = _seal(_no_extension_impl, name="create_dynamic")
    # A Python signal handler is called with the frame the signal lands in,
    # and from any frame f_back walks down to the harness. Stop and the time
    # limit arrive as SIGINT: no program may install a handler. (_signal is
    # kept off the builtin allowlist above, so no fresh copy can be made.)
    import _signal

    _signal.signal = _seal(_no_signal_impl, name="signal")
    # sys.setrecursionlimit: cap it below what the stack can take.
    sys.setrecursionlimit = _seal(_FunctionType(_limit_impl.__code__, {}, "setrecursionlimit", (_setrecursionlimit, MAX_RECURSION_LIMIT, _int)))
    _sys_hooks["setrecursionlimit"] = sys.setrecursionlimit
    # Classes that wrap JS values stay reachable through object.__subclasses__():
    # none of them may be instantiated from Python any more.
    refuse = _seal(_refuse_new_impl)
    pending = [object]
    seen = _set()
    while pending:
        cls = pending.pop()
        key = _id(cls)
        if key in seen:
            continue
        seen.add(key)
        try:
            pending.extend(_type.__subclasses__(cls))
        except TypeError:
            pass
        module = _str(getattr(cls, "__module__", ""))
        wraps_js = module == "pyodide.ffi" or _type(cls).__name__ == "_JsProxyMetaClass" or (module in ("builtins", "_pyodide") and "Js" in cls.__name__)
        bridge = wraps_js
        if bridge and not _issubclass(cls, _type) and not _issubclass(cls, _BaseException.__class__):
            try:
                _type_setattr(cls, "__new__", staticmethod(refuse))
            except (TypeError, AttributeError):
                pass  # immutable: cannot be instantiated from Python anyway
            _bridge_classes.append(cls)
    _refresh_watched()
    _BOOT["modules"] = _dict(_sys_modules)
    # Globals of the functions whose defaults the guard protects: every
    # module loaded by now (but __main__), the harness, the sealed helpers.
    _state["protected"] = _frozenset(
        [_id(module.__dict__) for name, module in _BOOT["modules"].items() if name != "__main__" and _type(getattr(module, "__dict__", None)) is _dict]
        + [_id(_SEALED_GLOBALS), _id(globals())]
    )
    # importlib's own modules and classes, put back before test code imports.
    import_modules = [_sys_modules[name] for name in ("_frozen_importlib", "_frozen_importlib_external", "zipimport") if name in _sys_modules]
    _BOOT["import_modules"] = _tuple((module.__dict__, _dict(module.__dict__)) for module in import_modules)
    import_classes = {}
    for module in import_modules:
        for value in module.__dict__.values():
            if isinstance(value, _type) and getattr(value, "__module__", None) in ("_frozen_importlib", "_frozen_importlib_external", "zipimport"):
                import_classes[_id(value)] = (value, _dict(value.__dict__))
    _BOOT["import_classes"] = _tuple(import_classes.values())
    _BOOT["meta_path"] = (sys.meta_path, _list(sys.meta_path))
    _BOOT["path_hooks"] = (sys.path_hooks, _list(sys.path_hooks))
    _BOOT["path"] = (sys.path, _list(sys.path))
    # Collect what boot left unreachable, so no program finds it in
    # gc.garbage or gc.get_objects(). An interpreter restored from a snapshot
    # has every object the snapshot held frozen (see parkHarnessForSnapshot):
    # the collector never looks at those, and nothing may unfreeze them (gc,
    # like _signal, is kept off the builtin allowlist: no fresh copy of the
    # module, with its own unfreeze, can be made).
    gc.unfreeze = _seal(_no_unfreeze_impl, name="unfreeze")
    gc.collect()
    _state["locked"] = True
    return _reply({"status": "ok"})


def _scrub_namespace(namespace, wraps_js, dangerous, dangerous_kinds, modules, /):
    """Set to None each value of `namespace` that wraps a JS value (by its
    type: `wraps_js`), is one of the `dangerous` objects (looked up only for
    values of their exact types, `dangerous_kinds`) or, with `modules`, is a
    bridge module. The values are sorted in C (map and compress): a Python
    loop over every value took most of lockdown's time."""
    compress = _itertools.compress
    keys = _list(namespace)
    values = _list(namespace.values())
    kinds = _list(map(_type, values))
    suspects = _list(map(dangerous_kinds.__contains__, kinds))
    drop = _set(compress(compress(keys, suspects), map(dangerous.__contains__, compress(values, suspects))))
    js_kinds = {kind for kind in _set(kinds) if wraps_js(kind)}
    if js_kinds:
        drop.update(compress(keys, map(js_kinds.__contains__, kinds)))
    if modules and _ModuleType in kinds:
        is_module = _list(map(_functools.partial(_operator.is_, _ModuleType), kinds))
        for key, value in zip(compress(keys, is_module), compress(values, is_module)):
            if value.__name__.partition(".")[0] in _BRIDGE_ROOTS:
                drop.add(key)
    for key in drop:
        namespace[key] = None


def _no_signal_impl(signalnum, handler, /, _RuntimeError=RuntimeError):
    raise _RuntimeError("signal handlers are not available in PyDojo (Stop and the time limit use SIGINT)")


def _no_unfreeze_impl(_RuntimeError=RuntimeError):
    raise _RuntimeError("gc.unfreeze is not available in PyDojo")


def _no_extension_impl(spec, file=None, /, _ImportError=ImportError):
    raise _ImportError("extension modules are not available in PyDojo")


def _refuse_new_impl(*args, _TypeError=TypeError, **kwargs):
    raise _TypeError("JavaScript objects are not available in PyDojo")


def _limit_impl(limit, /, _set=None, _max=0, _int=int):
    value = _int(limit)
    return _set(value if value < _max else _max)


# Modules test code commonly leans on: restored after every learner execution,
# so patching math.isclose (say) cannot bend an assertion.
_WATCHED_NAMES = (
    "math", "cmath", "collections", "collections.abc", "itertools", "functools", "operator", "re", "string",
    "heapq", "bisect", "json", "json.decoder", "json.encoder", "random", "statistics", "fractions", "decimal",
    "copy", "textwrap", "dataclasses", "typing", "enum", "datetime", "array", "time", "types",
    "re._compiler", "re._parser", "re._constants", "re._casefix", "copyreg", "json.scanner",
)
# What the interpreter looked like after lockdown: the import machinery and
# every module then loaded, put back after each run of learner code.
_BOOT = {}
_WATCHED = {}
_WATCHED_CLASSES = []
_WATCHED_CONTAINERS = []
# Their dicts and class mappingproxies, lists and sets, with what they held at lockdown (see _same_contents).
_WATCHED_CONTENTS = [(), (), (), (), (), ()]
# Watched modules whose classes and containers are checked too: the ones
# whose state decides what test code's comparisons, copies, regular
# expressions and JSON do.
_DEEP_MODULES = frozenset({
    "collections", "re", "re._compiler", "re._parser", "re._constants", "re._casefix", "string", "json", "json.decoder",
    "json.encoder", "json.scanner", "random", "statistics", "fractions", "copy", "copyreg", "textwrap",
})
# Their classes whose methods test code's comparisons, copies and parsing run.
_DEEP_CLASSES = {
    "collections": ("Counter",), "fractions": ("Fraction",), "json.decoder": ("JSONDecoder",), "json.encoder": ("JSONEncoder",),
    "re._parser": ("State", "SubPattern", "Tokenizer"), "string": ("Template", "Formatter"), "textwrap": ("TextWrapper",),
    "random": ("Random",), "statistics": ("NormalDist",),
}
# Py_TPFLAGS_HEAPTYPE without Py_TPFLAGS_IMMUTABLETYPE: a class whose dict can change.
_HEAP_TYPE = 1 << 9
_MUTABLE_TYPE = _HEAP_TYPE | 1 << 8
_sys_hooks = {"setrecursionlimit": sys.setrecursionlimit}


def _same_contents(mappings, others, lengths, keys, values, items, /, _tuple=tuple, _map=map, _len=len, _all=all, _is=_operator.is_, _chain=_itertools.chain.from_iterable, _values=_operator.methodcaller("values")):
    """Whether `mappings` (dicts and class mappingproxies) and `others` (lists
    and sets) still hold, in order, the very objects they held when
    `lengths`, `keys`, `values` and `items` were taken: one pass in C loops,
    without hashing or comparing a single key."""
    return (
        _tuple(_map(_len, mappings)) + _tuple(_map(_len, others)) == lengths
        and _all(_map(_is, _chain(mappings), keys))
        and _all(_map(_is, _chain(_map(_values, mappings)), values))
        and _all(_map(_is, _chain(others), items))
    )


def _contents_of(mappings, others, /):
    chain = _itertools.chain.from_iterable
    lengths = _tuple(map(_len, mappings)) + _tuple(map(_len, others))
    return (mappings, others, lengths, _tuple(chain(mappings)), _tuple(chain(m.values() for m in mappings)), _tuple(chain(others)))


def _refresh_watched():
    _WATCHED.clear()
    for name in _WATCHED_NAMES:
        try:
            __import__(name)
            module = _sys_modules[name]
        except ImportError:  # pragma: no cover
            continue
        _WATCHED[name] = (module, _dict(module.__dict__))
    # The classes test code leans on (type.__setattr__ raises no audit event:
    # a program could rewrite re's parser or Fraction's methods), and every
    # watched module's own lists, sets and dicts. Each is checked after every
    # call of learner code, so the list is kept to what tests use.
    classes = {}
    containers = {}
    skip = {_id(_builtins_dict), _id(_sys_modules)}
    from abc import ABCMeta

    for name, (module, snapshot) in _WATCHED.items():
        for key, value in snapshot.items():
            t = _type(value)
            # __all__ only steers star imports.
            if name not in _DEEP_MODULES or key == "__all__":
                continue
            if (t is _type or t is ABCMeta) and key in _DEEP_CLASSES.get(name, ()) and value.__flags__ & _MUTABLE_TYPE == _HEAP_TYPE:
                classes[_id(value)] = value
            elif (t is _dict or t is _list or t is _set) and _id(value) not in skip:
                containers[_id(value)] = value
    _WATCHED_CLASSES[:] = [(cls, _dict(cls.__dict__)) for cls in classes.values()]
    _WATCHED_CONTAINERS[:] = [(c, _dict(c) if _type(c) is _dict else _list(c) if _type(c) is _list else _set(c)) for c in containers.values()]
    mappings = _tuple(cls.__dict__ for cls in classes.values()) + _tuple(c for c in containers.values() if _type(c) is _dict)
    others = _tuple(c for c in containers.values() if _type(c) is not _dict)
    _WATCHED_CONTENTS[:] = _contents_of(mappings, others)


_refresh_watched()


# --------------------------------------------------------------------------
# Replies: JSON text, built here from exact types only
# --------------------------------------------------------------------------


def _json_value(value):
    t = _type(value)
    if value is None:
        return "null"
    if t is _bool:
        return "true" if value else "false"
    if t is _int:
        return _int.__repr__(value)
    if t is _str:
        return _encode_str(value)
    if t is _dict:
        return "{" + ",".join(_encode_str(k) + ":" + _json_value(v) for k, v in value.items()) + "}"
    if t is _list or t is _tuple:
        return "[" + ",".join(_json_value(v) for v in value) + "]"
    return _encode_str(_str.__str__(_str(t)))


def _reply(result):
    return _json_value(result)


# --------------------------------------------------------------------------
# Isolation between runs
# --------------------------------------------------------------------------


def _reset_tracing(keep):
    # Whatever the learner installed is handed to `keep`, never dropped here:
    # dropping it could run its __del__ while the permit is on.
    keep.append(sys.gettrace())
    keep.append(sys.getprofile())
    _settrace(None)
    _setprofile(None)
    if _monitoring is not None:
        for tool in _range(6):
            try:
                name = _monitoring.get_tool(tool)
                if name is not None:
                    keep.append(name)
                    for event in _MONITORING_EVENTS:
                        keep.append(_monitoring.register_callback(tool, event, None))
                    _monitoring.set_events(tool, 0)
                    _monitoring.free_tool_id(tool)
            except _BaseException:
                pass


_MONITORING_EVENTS = tuple(getattr(_monitoring.events, name) for name in dir(_monitoring.events) if name.isupper() and name not in ("NO_EVENTS",)) if _monitoring else ()
_GC_THRESHOLD = gc.get_threshold()


def _unchanged(namespace, snapshot, /, _len=len, _all=all, _map=map, _is=_operator.is_):
    """Whether a dict (or a class's mappingproxy) still holds exactly the
    snapshot's keys and values, in the same order, compared by identity in C
    loops: no key is hashed or compared (a key a program added could run its
    own __eq__), and this runs after every call of learner code."""
    return _len(namespace) == _len(snapshot) and _all(_map(_is, namespace, snapshot)) and _all(_map(_is, namespace.values(), snapshot.values()))


def _put_back_containers(pairs, keep):
    """Lists, sets and dicts a module keeps (copy's dispatch tables, re's
    caches): their contents as they were at lockdown."""
    for container, snapshot in pairs:
        t = _type(container)
        if t is _dict:
            if _unchanged(container, snapshot):
                continue
            keep.append(_dict(container))
            container.clear()
            container.update(snapshot)
        elif t is _list:
            if _len(container) == _len(snapshot) and all(map(_operator.is_, container, snapshot)):
                continue
            keep.append(_list(container))
            container[:] = snapshot
        else:
            if _set(map(_id, container)) == _set(map(_id, snapshot)):
                continue
            keep.append(_set(container))
            container.clear()
            container.update(snapshot)


def _restore_world(full=True):
    """Put back what learner code may have changed. In a grading interpreter
    nothing the learner made is released here: the old values go to the
    graveyard, so no finalizer runs after the restore. Between call and io
    cases (compared outside Python) a light restore is enough: builtins,
    standard streams, tracing and limits. Before test code runs, and around
    plain runs, everything is put back."""
    keep = _graveyard if _state["sealed"] else []
    _permit(_reset_tracing, keep)
    if not _unchanged(_builtins_dict, _builtins_snapshot):
        keep.append(_dict(_builtins_dict))
        for key in _list(_builtins_dict):
            if key not in _builtins_snapshot:
                del _builtins_dict[key]
        _builtins_dict.update(_builtins_snapshot)
    if not full:
        keep.append((sys.stdout, sys.stderr, sys.stdin, sys.setrecursionlimit))
        sys.stdout = _orig_stdout
        sys.stderr = _orig_stderr
        sys.stdin = _orig_stdin
        sys.setrecursionlimit = _sys_hooks["setrecursionlimit"]
        _setrecursionlimit(_default_recursion_limit)
        if _state["sealed"]:
            _gc_disable()
        del keep
        return
    for name, (module, snapshot) in _WATCHED.items():
        if _sys_modules.get(name) is not module:
            keep.append(_sys_modules.get(name))
            _sys_modules[name] = module
        namespace = module.__dict__
        if _unchanged(namespace, snapshot):
            continue
        keep.append(_dict(namespace))
        namespace.clear()
        namespace.update(snapshot)
    # Their classes and containers: one pass in C finds whether anything
    # changed; only then is each one looked at.
    if not _same_contents(*_WATCHED_CONTENTS):
        _put_back_classes(_WATCHED_CLASSES, keep)
        _put_back_containers(_WATCHED_CONTAINERS, keep)
    if _BOOT:
        for name, module in _BOOT["modules"].items():
            if _sys_modules.get(name) is not module:
                keep.append(_sys_modules.get(name))
                _sys_modules[name] = module
        for attr in ("meta_path", "path_hooks", "path"):
            original, items = _BOOT[attr]
            current_list = getattr(sys, attr)
            if current_list is not original or _len(original) != _len(items) or any(a is not b for a, b in zip(original, items)):
                keep.append((current_list, _list(original)))
                original[:] = items
                setattr(sys, attr, original)
        if sys.path_importer_cache is not _importer_cache:
            keep.append(sys.path_importer_cache)
            sys.path_importer_cache = _importer_cache
        if _importer_cache:
            keep.append(_dict(_importer_cache))
            _importer_cache.clear()
    keep.append((sys.stdout, sys.stderr, sys.stdin, sys.setrecursionlimit, sys.excepthook, sys.displayhook, sys.unraisablehook))
    sys.stdout = _orig_stdout
    sys.stderr = _orig_stderr
    sys.stdin = _orig_stdin
    sys.excepthook, sys.displayhook, sys.unraisablehook = _orig_hooks
    sys.__excepthook__, sys.__displayhook__, sys.__unraisablehook__ = _orig_hooks
    sys.setrecursionlimit = _sys_hooks["setrecursionlimit"]
    _setrecursionlimit(_default_recursion_limit)
    # The garbage collector's own hooks: callbacks, debug flags, saved garbage.
    for name, original in _gc_lists:
        current = getattr(gc, name)
        if current is not original:
            keep.append(current)
            setattr(gc, name, original)
        keep.append(_list(original))
        original.clear()
    gc.set_debug(0)
    gc.set_threshold(*_GC_THRESHOLD)
    if _state["sealed"]:
        # No cyclic collection in a grading interpreter: a learner object in a
        # cycle must not get to run its __del__ between two test lines.
        _gc_disable()
    del keep


def _put_back_classes(pairs, keep):
    for cls, snapshot in pairs:
        current = cls.__dict__
        if _unchanged(current, snapshot):
            continue
        keep.append(_dict(current))
        for key in _list(current):
            if key not in snapshot:
                _type_delattr(cls, key)
        for key, value in snapshot.items():
            if key not in ("__dict__", "__weakref__") and current.get(key) is not value:
                _type_setattr(cls, key, value)


def _fresh_module(code_text, filename):
    module = _ModuleType("__main__")
    module.__dict__["__builtins__"] = builtins
    module.__dict__["__file__"] = filename
    _sys_modules["__main__"] = module
    lines = code_text.splitlines(True)
    _linecache[filename] = (_len(code_text), None, lines, filename)
    return module



# --------------------------------------------------------------------------
# Errors
# --------------------------------------------------------------------------


def _guarded(fn, *args):
    """Call something that may run learner code (a __str__ or __repr__) under the guard."""
    previous = _state["guarded"]
    _guard_on()
    try:
        return fn(*args)
    finally:
        _state["guarded"] = previous or _state["sealed"]


def _safe_str(value):
    try:
        text = _guarded(_str, value)
    except _BaseException:
        text = "<unprintable>"
    if _type(text) is not _str:
        text = "<unprintable>"
    return text[:MAX_REPR]


def _walk_traceback(tb, own_files, keep):
    frames = []
    while tb is not None:
        keep.append(tb)
        code = tb.tb_frame.f_code
        if code.co_filename in own_files:
            frames.append((code.co_filename, tb.tb_lineno, code.co_name))
        tb = tb.tb_next
    return frames


def _describe_syntax_error(exc, name):
    filename = exc.filename if _type(exc.filename) is _str else "main.py"
    line_no = exc.lineno if _type(exc.lineno) is _int else None
    text = exc.text if _type(exc.text) is _str else None
    offset = exc.offset if _type(exc.offset) is _int else None
    message = _safe_str(exc.msg)
    lines = []
    if line_no:
        lines.append(f'  File "{filename}", line {line_no}')
    if text:
        stripped = text.rstrip("\n")
        indent = _len(stripped) - _len(stripped.lstrip())
        lines.append("    " + stripped.strip())
        if offset is not None and offset >= 1:
            lines.append("    " + " " * max(0, offset - 1 - indent) + "^")
    body = "\n".join(lines)
    header = body + "\n" if body else ""
    return {"type": name, "message": message, "line": line_no, "traceback": f"{header}{name}: {message}"}


def _source_line(filename, lineno, sources):
    lines = sources.get(filename)
    if lines is None:
        entry = _linecache.get(filename)
        lines = entry[2] if _type(entry) is _tuple and _len(entry) > 2 else ()
    if _type(lines) is not _list or not 0 < lineno <= _len(lines):
        return ""
    line = lines[lineno - 1]
    return _str.strip(line) if _type(line) is _str else ""


def _describe_error(exc, own_files=(FILENAME,), sources=None):
    """Trim a traceback to frames of the learner's (and test) code. Source
    lines of test code come from `sources`, never from linecache, so learner
    code running meanwhile (an exception's __str__) cannot read them."""
    sources = sources or {}
    etype = _type(exc)
    name = "TypeError" if etype is _Unsupported else _type_name(etype)
    if _issubclass(etype, _SyntaxError):
        return _describe_syntax_error(exc, name)
    message = _safe_str(exc)
    keep = []
    frames = _permit(_walk_traceback, exc.__traceback__, own_files, keep)
    del keep
    lines = []
    line_no = None
    if frames:
        lines.append("Traceback (most recent call last):")
        shown = frames if _len(frames) <= 20 else frames[:3] + [None] + frames[-16:]
        for frame in shown:
            if frame is None:
                lines.append(f"  [... {_len(frames) - 19} more calls of the same kind ...]")
                continue
            filename, lineno, func = frame
            lines.append(f'  File "{filename}", line {lineno}, in {func}')
            source = _source_line(filename, lineno, sources)
            if source:
                lines.append("    " + source)
        for filename, lineno, _func in reversed(frames):
            if filename == FILENAME:
                line_no = lineno
                break
    lines.append(f"{name}: {message}" if message else name)
    return {"type": name, "message": message, "line": line_no, "traceback": "\n".join(lines)}


def _outcome_for(exc):
    """Map an exception escaping learner code to (status, extra fields).
    Whether an interrupt was Stop or the time limit, the host knows."""
    etype = _type(exc)
    if _issubclass(etype, _KeyboardInterrupt):
        return "interrupted", {"error": {"type": "KeyboardInterrupt", "message": "", "line": None, "traceback": "KeyboardInterrupt"}}
    if _issubclass(etype, _SystemExit):
        code = exc.code
        exit_code = 0 if code is None else code if _type(code) is _int else 1
        return "exit", {"exitCode": exit_code}
    return "error", {"error": _describe_error(exc)}


# --------------------------------------------------------------------------
# Plain runs (the running interpreter; never used for grading)
# --------------------------------------------------------------------------


def _input_unavailable(prompt=""):
    raise RuntimeError(
        "input() is unavailable: this page is not cross-origin isolated, so the "
        "editor cannot pause Python to wait for your typing. Reload the page, or "
        "use a host that sends the COOP/COEP headers."
    )


def _uncalled_functions(code_text):
    """Names of the top-level functions of a program whose top level calls nothing."""
    import ast

    try:
        tree = ast.parse(code_text)
    except _BaseException:  # noqa: BLE001
        return []
    names = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            names.append(node.name)
        elif isinstance(node, (ast.ClassDef, ast.Import, ast.ImportFrom, ast.Pass)):
            continue
        elif isinstance(node, (ast.Assign, ast.AnnAssign, ast.Expr)):
            if any(isinstance(inner, (ast.Call, ast.Await)) for inner in ast.walk(node)):
                return []
        else:
            return []
    return names


def _run_program(code_text, input_available=True):
    """Run a whole program as __main__. Replies {status, error?, exitCode?, defined?}."""
    if _state["sealed"]:
        return _reply({"status": "error", "error": {"type": "RuntimeError", "message": "this interpreter only grades", "line": None, "traceback": ""}})
    _restore_world()
    module = _fresh_module(code_text, FILENAME)
    if not input_available:
        _builtins_dict["input"] = _input_unavailable
    result = {"status": "ok"}
    try:
        compiled = _compile(code_text, FILENAME, "exec")
        _exec(compiled, module.__dict__)
    except _BaseException as exc:  # noqa: BLE001 - learner code may raise anything
        status, extra = _outcome_for(exc)
        result = {"status": status}
        result.update(extra)
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except _BaseException:
            pass
        _restore_world()
    if result["status"] == "ok":
        result["defined"] = _uncalled_functions(code_text)
    return _reply(result)


# --------------------------------------------------------------------------
# Canonical values: a JSON text the host compares with expected values
# --------------------------------------------------------------------------


class _Unsupported(_Exception):
    pass




def _encode(value):
    """JSON text for a value made of exact builtin types (see plain)."""
    t = _type(value)
    if value is None:
        return "null"
    if t is _bool:
        return "true" if value else "false"
    if t is _int:
        if -(2**53) < value < 2**53:
            return _int.__repr__(value)
        return '{"$int":"' + _int.__repr__(value) + '"}'
    if t is _float:
        if value != value:
            return '{"$float":"nan"}'
        if value in (_float("inf"), _float("-inf")):
            return '{"$float":"' + ("inf" if value > 0 else "-inf") + '"}'
        return '{"$float":' + _float.__repr__(value) + "}"
    if t is _str:
        return _encode_str(value)
    if t is _list:
        return "[" + ",".join(_encode(item) for item in value) + "]"
    if t is _tuple:
        return '{"$tuple":[' + ",".join(_encode(item) for item in value) + "]}"
    if t is _set or t is _frozenset:
        return '{"$set":[' + ",".join(_encode(item) for item in value) + "]}"
    return '{"$dict":[' + ",".join("[" + _encode(k) + "," + _encode(v) + "]" for k, v in value.items()) + "]}"


def _to_plain_impl(
    value, depth, seen, budget, recurse, /,
    _type=type, _issubclass=issubclass, _int=int, _float=float, _str=str, _bool=bool, _list=list, _tuple=tuple,
    _dict=dict, _set=set, _frozenset=frozenset, _id=id, _slice=slice, _deque=_deque, _dict_like=_DICT_LIKE,
    _Unsupported=_Unsupported, _type_name=_type_name, _max_depth=MAX_DEPTH,
):
    """Rebuild a value from exact builtin types only (sealed: no globals)."""
    budget[0] -= 1
    if budget[0] < 0:
        raise _Unsupported("the returned value is too large to compare")
    if depth > _max_depth:
        raise _Unsupported("the returned value is nested too deeply")
    t = _type(value)
    if value is None or t is _bool:
        return value
    if t is _int or (_issubclass(t, _int) and not _issubclass(t, _bool)):
        return _int.__int__(value)
    if t is _float or _issubclass(t, _float):
        return _float.__float__(value)
    if t is _str or _issubclass(t, _str):
        return _str.__str__(value)
    key = _id(value)
    if key in seen:
        raise _Unsupported("the returned value contains itself")
    seen.add(key)
    try:
        if t is _list or _issubclass(t, _list) or t is _deque:
            items = _list.copy(value) if t is not _deque else _list(value)
            return [recurse(item, depth + 1, seen, budget, recurse) for item in items]
        if t is _tuple or _issubclass(t, _tuple):
            return _tuple([recurse(item, depth + 1, seen, budget, recurse) for item in _tuple.__getitem__(value, _slice(None))])
        if _issubclass(t, _set):
            return _set([recurse(item, depth + 1, seen, budget, recurse) for item in _set.copy(value)])
        if _issubclass(t, _frozenset):
            return _frozenset([recurse(item, depth + 1, seen, budget, recurse) for item in _frozenset.copy(value)])
        if t is _dict or t in _dict_like or _issubclass(t, _dict):
            pairs = [(recurse(k, depth + 1, seen, budget, recurse), recurse(v, depth + 1, seen, budget, recurse)) for k, v in _list(_dict.items(value))]
            return _dict(pairs)
    finally:
        seen.discard(key)
    raise _Unsupported(f"returned a {_type_name(t)} object; return plain values (numbers, strings, lists, tuples, dicts, sets, None)")


_to_plain_sealed = _seal(_to_plain_impl)


def _plain_impl(value, /, _impl=_to_plain_sealed, _set=set, _max=MAX_ITEMS):
    """plain(x): x rebuilt from exact builtin types, for comparing in tests."""
    return _impl(value, 0, _set(), [_max], _impl)


plain = _seal(_plain_impl)
plain.__name__ = "plain"
_plain = plain


def canonical(value):
    """The learner's value as tagged JSON text, for the host to compare."""
    return _encode(_plain(value))


def _decode_json(text):
    value, end = _scan_json(text, 0)
    return value


def _json_to_value(node):
    t = _type(node)
    if t is _list:
        return [_json_to_value(item) for item in node]
    if t is _dict:
        if "$int" in node:
            return _int(node["$int"])
        if "$float" in node:
            return _float(node["$float"])
        if "$tuple" in node:
            return _tuple(_json_to_value(item) for item in node["$tuple"])
        if "$set" in node:
            return _set(_json_to_value(item) for item in node["$set"])
        if "$dict" in node:
            return {_json_to_value(k): _json_to_value(v) for k, v in node["$dict"]}
    return node


def _safe_repr(value):
    try:
        text = _guarded(_repr, value)
        if _type(text) is not _str:
            return "<unrepresentable>"
    except _BaseException:
        return "<unrepresentable>"
    if _len(text) > MAX_REPR:
        text = text[: MAX_REPR - 3] + "..."
    return text


# --------------------------------------------------------------------------
# Sealed wrappers between test code and learner code
# --------------------------------------------------------------------------


def _service_gen(step, /, _BaseException=BaseException):
    """A generator that answers each value sent to it with (True, step(value)),
    or with (False, exc) when anything is raised inside it: holders get only
    its bound ``send``, never the harness function itself. It must not end:
    a time limit landing on any of its bytecodes (mid-restore, say) would
    otherwise leave every later test a StopIteration. The caller raises what
    it is handed back."""
    reply = None
    while True:
        try:
            while True:
                value = yield reply
                reply = (True, step(value))
        except _BaseException as exc:  # noqa: BLE001
            reply = (False, exc)


def _service(step):
    generator = _service_gen(step)
    generator.send(None)
    return generator.send


def _forward_entry(*args, **kwargs):
    # A template: each forwarder gets a copy of this code whose marker
    # constant is replaced by (test function, the append of the failure list, AssertionError).
    # Constants of code cannot be read while tests run, nor passed in by a
    # caller, and the function can be re-entered (a memoised recursion).
    state = "__PYDOJO_FORWARD_STATE__"
    try:
        return state[0](*args, **kwargs)
    except state[2] as exc:
        state[1](exc)
        raise


_FORWARD_CODE = _forward_entry.__code__
_FORWARD_MARKER = _FORWARD_CODE.co_consts.index("__PYDOJO_FORWARD_STATE__")


def _call_impl(state, /, *args, **kwargs):
    """A learner function as test code sees it: test functions given to it are
    forwarded, the world is restored after it (what it returned is kept alive,
    so no finalizer of its runs later), and the result is either rebuilt from
    plain types (entry points) or, when a relay returns one of the learner's
    functions, wrapped the same way."""
    fn, plain, restore, shield, relay, is_learner_fn, call_impl, make, keep = state
    args = shield(args)
    kwargs = shield(kwargs)
    try:
        result = fn(*args, **kwargs)
    finally:
        restored, failure = restore(None)
        if not restored:
            raise failure
    keep(result)
    if not relay:
        return plain(result)
    if is_learner_fn(result):
        return make(result, state[1:])
    return result


def _call_entry(*args, __pydojo_state__=None, **kwargs):
    # The state sits in this function's keyword defaults, which the guard
    # keeps unreadable and unchangeable.
    return __pydojo_state__[6](__pydojo_state__, *args, **kwargs)


def _make_wrapper_impl(fn, rest, /, _FunctionType=_FunctionType, _code=_call_entry.__code__, _globals=_SEALED_GLOBALS, _getattr=getattr, _setattr=setattr, _type=type, _str=str, _BaseException=BaseException):
    """A function that calls `fn` through _call_impl, named and documented
    like it (tests read __name__ and __doc__)."""
    state = (fn,) + rest
    wrapper = _FunctionType(_code, _globals, "wrapper", None, None, {"__pydojo_state__": state})
    for attr in ("__name__", "__qualname__", "__doc__"):
        try:
            value = _getattr(fn, attr, None)
        except _BaseException:  # noqa: BLE001
            continue
        if _type(value) is _str:
            try:
                _setattr(wrapper, attr, value)
            except _BaseException:  # noqa: BLE001
                pass
    return wrapper


def _make_forwarder(fn, /):
    """A test-defined function as learner code sees it: a call, nothing else.
    A failed assertion inside it is recorded: learner code that catches it
    still fails the test. (Harness code: reached only through the shield.)"""
    consts = _list(_FORWARD_CODE.co_consts)
    # The record is a plain list append: no Python frame, so nothing (not
    # even an interrupt) can land between the failure and its record.
    consts[_FORWARD_MARKER] = (fn, _failures.append, _AssertionError)
    code = _permit(_FORWARD_CODE.replace, co_consts=_tuple(consts))
    forwarder = _FunctionType(code, _SEALED_GLOBALS, "forward")
    for attr in ("__name__", "__qualname__", "__doc__"):
        try:
            value = getattr(fn, attr, None)
        except _BaseException:  # noqa: BLE001
            continue
        if _type(value) is _str:
            setattr(forwarder, attr, value)
    _keep_alive.append(forwarder)
    return forwarder


def _shield_impl(
    value, depth, recurse, /,
    _type=type, _tuple=tuple, _list=list, _dict=dict, _set=set, _frozenset=frozenset, _callable=callable,
    _FunctionType=_FunctionType, _isinstance=isinstance, _getattr=getattr,
    _safe_types=None, _make_forwarder=None,
):
    """Values on their way from test code into learner code: every callable
    the test made (functions, lambdas, partials, bound methods, callable
    objects), at any depth of lists, tuples, sets and dicts, is replaced by an
    opaque forwarder. Builtin functions, classes and the learner's own
    functions pass as they are; containers without test callables pass
    unchanged (the same objects)."""
    t = _type(value)
    if t is _tuple or t is _list or t is _dict or t is _set or t is _frozenset:
        # Containers keep their identity (tests check what the learner did to
        # them) unless they hold a test callable among their first items.
        if depth >= 4:
            return value
        items = value.values() if t is _dict else value
        count = 0
        changed = False
        for item in items:
            count += 1
            if count > 200:
                break
            if recurse(item, depth + 1, recurse) is not item:
                changed = True
                break
        if not changed:
            return value
        if t is _dict:
            return {key: recurse(item, depth + 1, recurse) for key, item in value.items()}
        return t([recurse(item, depth + 1, recurse) for item in value]) if t is not _list else [recurse(item, depth + 1, recurse) for item in value]
    if not _callable(value) or t in _safe_types or _isinstance(value, _type) or _getattr(t, "__module__", None) == "__main__":
        return value
    if t is _FunctionType and _type(value.__globals__) is _dict and value.__globals__.get("__name__") == "__main__":
        return value
    made, forwarder = _make_forwarder(value)
    if not made:
        raise forwarder
    return forwarder


def _shield_entry(value, /, _impl=None):
    return _impl(value, 0, _impl)


def _is_learner_fn_impl(value, /, _type=type, _FunctionType=_FunctionType, _dict=dict):
    return _type(value) is _FunctionType and _type(value.__globals__) is _dict and value.__globals__.get("__name__") == "__main__"


def _restore_all(_):
    _restore_world()


_restore_send = _service(_restore_all)
_failures = []
_SAFE_CALLABLES = (
    types.BuiltinFunctionType, types.MethodWrapperType, types.WrapperDescriptorType,
    types.MethodDescriptorType, types.ClassMethodDescriptorType,
)
# The sealed shield holds only a service's send, never _make_forwarder itself.
_forward_send = _service(_make_forwarder)
_shield_sealed = _seal(_shield_impl, defaults=_shield_impl.__defaults__[:-2] + (_SAFE_CALLABLES, _forward_send))
_shield = _seal(_shield_entry, defaults=(_shield_sealed,))
_is_learner_fn = _seal(_is_learner_fn_impl)
_call_sealed = _seal(_call_impl)
_make_wrapper = _seal(_make_wrapper_impl)


def _wrap_candidate(fn, relay=False):
    return _make_wrapper(fn, (_plain, _restore_send, _shield, relay, _is_learner_fn, _call_sealed, _make_wrapper, _graveyard.append))


# --------------------------------------------------------------------------
# Grading (a sealed interpreter, thrown away after one submission)
# --------------------------------------------------------------------------


def _error(type_name, message, traceback=None, **extra):
    result = {"status": "error", "error": {"type": type_name, "message": message, "line": None, "traceback": traceback if traceback is not None else f"{type_name}: {message}"}}
    result.update(extra)
    return result


def _exec_sealed(code_text, filename, namespace):
    compiled = _compile(code_text, filename, "exec")
    _seal_interpreter()
    try:
        _exec(compiled, namespace)
    finally:
        _guard_off()
        _restore_world()


def _load_submission(code_text):
    """Execute a submission once; later cases call into its namespace."""
    # A session that grades several submissions (checking a problem's
    # reference and wrong solutions) lets the previous one's objects go now,
    # before the world is restored for this one.
    del _graveyard[:]
    _restore_world()
    _state["namespace"] = None
    _state["phase"] = "load"
    module = _fresh_module(code_text, FILENAME)
    try:
        _exec_sealed(code_text, FILENAME, module.__dict__)
    except _EOFError:
        # The program reached input() at its top level (an interactive
        # program's main loop). Loading has no input, so the tests see what
        # the program defined up to there; io cases give it input.
        pass
    except _BaseException as exc:  # noqa: BLE001
        status, extra = _outcome_for(exc)
        result = {"status": status}
        result.update(extra)
        return _reply(result)
    _state["namespace"] = module.__dict__
    return _reply({"status": "ok"})


def _failure(exc):
    status, extra = _outcome_for(exc)
    result = {"status": status}
    result.update(extra)
    if status == "exit":
        result = _error("SystemExit", f"the program called exit({extra.get('exitCode', 0)}) during a test", "SystemExit")
    return result


def _lookup(name):
    namespace = _state["namespace"]
    if namespace is None:
        return None, _error("RuntimeError", "the submission did not load", "")
    fn = namespace.get(name)
    if fn is None:
        return None, _error("NameError", f"name '{name}' is not defined: define a function called {name}", f"NameError: name '{name}' is not defined")
    if not _callable(fn):
        return None, _error("TypeError", f"'{name}' is not a function", f"TypeError: '{name}' is not callable")
    return fn, None


def _run_call(name, args_json, kwargs_json, in_place_arg=-1):
    """Call the entry point with fresh copies of the case's arguments."""
    _state["phase"] = "test"
    fn, problem = _lookup(name)
    if problem is not None:
        return _reply(problem)
    args = _list(_json_to_value(_decode_json(args_json)))
    kwargs = _json_to_value(_decode_json(kwargs_json)) if kwargs_json else {}
    _seal_interpreter()
    try:
        returned = fn(*args, **kwargs)
    except _BaseException as exc:  # noqa: BLE001
        return _reply(_failure(exc))
    finally:
        _restore_world(full=False)
    value = args[in_place_arg] if 0 <= in_place_arg < _len(args) else returned
    try:
        text = canonical(value)
    except _Unsupported as exc:
        return _reply(_error("TypeError", _str(exc.args[0])))
    except _BaseException:  # noqa: BLE001 - odd objects must not crash the harness
        return _reply(_error("TypeError", "the returned value cannot be compared; return plain values"))
    return _reply({"status": "ok", "actual": text, "actualRepr": _safe_repr(value)})


GENERATOR_FILENAME = "generator.py"
MAX_GENERATED_ITEMS = 5_000_000


def _run_generate(code_text, seed, n):
    """Random tests: an author's ``generate(rng, n)`` → the argument list as
    canonical JSON (the format run_call reads back). Runs only author code, in
    an interpreter the host never hands learner code (or in the pack checker,
    where every solution is the author's)."""
    import random as _random

    _restore_world()
    namespace = {"__builtins__": builtins, "__name__": "__pydojo_generator__"}
    _linecache[GENERATOR_FILENAME] = (_len(code_text), None, code_text.splitlines(True), GENERATOR_FILENAME)
    try:
        _exec(_compile(code_text, GENERATOR_FILENAME, "exec"), namespace)
        generate = namespace.get("generate")
        if not _callable(generate):
            return _reply(_error("NameError", "the generator must define a function generate(rng, n)"))
        args = generate(_random.Random(seed), n)
    except _BaseException as exc:  # noqa: BLE001
        status, extra = _outcome_for(exc)
        if status == "error":
            extra = {"error": _describe_error(exc, own_files=(GENERATOR_FILENAME,))}
        result = {"status": "error" if status == "exit" else status}
        result.update(extra)
        return _reply(result)
    if _type(args) is not _list and _type(args) is not _tuple:
        return _reply(_error("TypeError", f"generate(rng, n) must return a list of arguments, not {_type_name(_type(args))}"))
    try:
        # Generated inputs may be far larger than a returned value (growth
        # measurement draws big ones): a budget of their own.
        text = _encode(_to_plain_sealed(_list(args), 0, _set(), [MAX_GENERATED_ITEMS], _to_plain_sealed))
    except _BaseException as exc:  # noqa: BLE001
        return _reply(_error("TypeError", f"the generated arguments are not plain values: {_safe_str(exc)}"))
    return _reply({"status": "ok", "actual": text, "actualRepr": _safe_repr(args)})


def _silent_input_impl(prompt="", /, _readline=None, _EOFError=EOFError):
    line = _readline()
    if line == "":
        raise _EOFError("EOF when reading a line")
    return line[:-1] if line.endswith("\n") else line


_SILENT_INPUT_CODE = _silent_input_impl.__code__


def _run_io(code_text, stdin_text):
    """Run the whole program with the case's stdin. input() prompts are not echoed."""
    _state["phase"] = "test"
    _restore_world()
    module = _fresh_module(code_text, FILENAME)
    stream = _StringIO(stdin_text)
    sys.stdin = stream
    silent_input = _permit(_FunctionType, _SILENT_INPUT_CODE, _SEALED_GLOBALS, "input", ("", stream.readline, EOFError))
    _keep_alive.append(silent_input)
    _builtins_dict["input"] = silent_input
    try:
        compiled = _compile(code_text, FILENAME, "exec")
        _seal_interpreter()
        _exec(compiled, module.__dict__)
        try:
            sys.stdout.flush()
        except _BaseException:
            pass
    except _SystemExit as exc:
        code = exc.code
        if code is None or code == 0:
            return _reply({"status": "ok"})
        return _reply(_error("SystemExit", f"the program exited with status {_safe_str(code)}", "SystemExit"))
    except _BaseException as exc:  # noqa: BLE001
        return _reply(_failure(exc))
    finally:
        _restore_world()
    return _reply({"status": "ok"})


def _test_import_impl(name, globals=None, locals=None, fromlist=(), level=0, /, _clones=None, _real=None, _type=type, _str=str):
    """import in test code: the common standard modules come from private
    copies learner code never sees, so nothing it patches reaches the test."""
    if level == 0 and _type(name) is _str:
        clone = _clones.get(name if fromlist else name.partition(".")[0])
        if clone is not None:
            return clone
    ok, value = _real((name, globals, locals, fromlist, level))
    if ok:
        return value
    raise value


def _fresh_import(request):
    """Any other import in test code: modules loaded since boot are out of
    sys.modules meanwhile and those loaded at boot are back under their
    names, so a program cannot serve the test its own calendar (or inspect)
    by putting it there first; what the import loads afresh is the test's
    alone and leaves sys.modules again, and the program's entries are put
    back. (Harness code: reached only through a service.)"""
    name, globals, locals, fromlist, level = request
    if not _BOOT:
        # Not locked down (a harness under test): there is no boot to go back to.
        return _builtins_snapshot["__import__"](name, globals, locals, fromlist, level)
    boot = _BOOT["modules"]
    # The import system as it was at boot: learner code that test code
    # calls with no wrapper around it (a constructor) is not followed by a
    # restore, and may have planted a finder or patched importlib itself.
    for namespace, snapshot in _BOOT["import_modules"]:
        if not _unchanged(namespace, snapshot):
            _graveyard.append(_dict(namespace))
            namespace.clear()
            namespace.update(snapshot)
    _put_back_classes(_BOOT["import_classes"], _graveyard)
    machinery = (sys.meta_path, sys.path_hooks, sys.path, sys.path_importer_cache)
    hidden = {}
    for key in _list(_sys_modules):
        if _type(key) is not _str or key not in boot:
            hidden[key] = _sys_modules.pop(key)
    for key, module in boot.items():
        if _sys_modules.get(key) is not module:
            if key in _sys_modules:
                hidden[key] = _sys_modules[key]
            _sys_modules[key] = module
    try:
        sys.meta_path = _list(_BOOT["meta_path"][1])
        sys.path_hooks = _list(_BOOT["path_hooks"][1])
        sys.path = _list(_BOOT["path"][1])
        sys.path_importer_cache = {}
        return _builtins_snapshot["__import__"](name, globals, locals, fromlist, level)
    finally:
        sys.meta_path, sys.path_hooks, sys.path, sys.path_importer_cache = machinery
        fresh = {}
        for key in _list(_sys_modules):
            if _type(key) is not _str or key not in boot:
                fresh[key] = _sys_modules.pop(key)
        _graveyard.append(fresh)
        _sys_modules.update(hidden)


def _private_modules():
    clones = {}
    for name, (module, snapshot) in _WATCHED.items():
        clone = _ModuleType(name)
        clone.__dict__.update(snapshot)
        clones[name] = clone
    originals = {_id(module): clones[name] for name, (module, _) in _WATCHED.items()}
    for clone in clones.values():
        for key, value in _list(clone.__dict__.items()):
            if _type(value) is _ModuleType and _id(value) in originals:
                clone.__dict__[key] = originals[_id(value)]
    return clones


def _test_namespace(namespace):
    """Test code sees the learner's names, but never their shadows of
    builtins: their callables through sealed wrappers, their classes and
    other values as they are."""
    test_ns = {}
    for key, value in namespace.items():
        if key in _builtins_snapshot or key.startswith("__"):
            continue
        if _type(value) is _ModuleType or isinstance(value, _type):
            pass
        elif _callable(value):
            value = _wrap_candidate(value)
        # Plain values stay the learner's own objects (tests watch them
        # change); tests compare them through plain().
        test_ns[key] = value
    # A private copy: patching the builtins module cannot reach test code, and
    # neither can patching the standard modules it imports.
    test_builtins = _dict(_builtins_snapshot)
    importer = _FunctionType(_TEST_IMPORT_CODE, _SEALED_GLOBALS, "__import__", (None, None, (), 0, _private_modules(), _fresh_import_send, _type, _str))
    _keep_alive.append(importer)
    test_builtins["__import__"] = importer
    test_builtins.update(_TEST_HELPERS)
    test_ns["__builtins__"] = test_builtins
    test_ns["__name__"] = "__pydojo_tests__"
    test_ns["plain"] = _plain
    return test_ns


_TEST_IMPORT_CODE = _test_import_impl.__code__
_fresh_import_send = _service(_fresh_import)


# Test code compares what learner code hands it. Calls of str/repr/format,
# isinstance/issubclass and reads of __name__/__qualname__ in test code are
# rewritten to these, which cannot be bent by a learner's str subclass, a
# faked __class__ or a metaclass with its own __instancecheck__.
def _test_forward_impl(fn, /, _make=None):
    made, forwarder = _make(fn)
    if not made:
        raise forwarder
    return forwarder


def _exact_text_impl(value, /, _type=type, _str=str, _isinstance=isinstance):
    if _type(value) is _str or not _isinstance(value, _str):
        return value
    return _str.__str__(value)


def _test_str_impl(*args, _convert=None, _str=str, **kwargs):
    return _convert(_str(*args, **kwargs))


def _test_repr_impl(value, /, _convert=None, _repr=repr):
    return _convert(_repr(value))


def _test_format_impl(value, spec="", /, _convert=None, _format=format):
    return _convert(_format(value, spec))


def _test_name_impl(value, attr, /, _convert=None, _getattr=getattr, _type=type, _isinstance=isinstance, _name=type.__dict__["__name__"].__get__, _qualname=type.__dict__["__qualname__"].__get__):
    if _isinstance(value, _type) and attr in ("__name__", "__qualname__"):
        return _convert(_name(value) if attr == "__name__" else _qualname(value))
    return _convert(_getattr(value, attr))


def _real_subclass_impl(cls, classinfo, recurse, /, _type=type, _issubclass=issubclass, _tuple=tuple, _getattr=getattr, _mro=type.__dict__["__mro__"].__get__):
    if _type(classinfo) is _tuple:
        for item in classinfo:
            if recurse(cls, item, recurse):
                return True
        return False
    meta = _type(classinfo)
    if meta is _type or _getattr(meta, "__module__", None) == "__main__":
        # By the real method resolution order: no __subclasscheck__ of the learner's.
        for base in _mro(cls):
            if base is classinfo:
                return True
        return False
    return _issubclass(cls, classinfo)


def _test_isinstance_impl(obj, classinfo, /, _type=type, _check=None):
    # By the object's real type, not a __class__ it claims.
    return _check(_type(obj), classinfo, _check)


def _test_issubclass_impl(cls, classinfo, /, _type=type, _isinstance=isinstance, _check=None, _TypeError=TypeError):
    if not _isinstance(cls, _type):
        raise _TypeError("issubclass() arg 1 must be a class")
    return _check(cls, classinfo, _check)


_exact_text = _seal(_exact_text_impl)
_real_subclass = _seal(_real_subclass_impl)
_TEST_HELPERS = {
    "__pydojo_str__": _seal(_test_str_impl),
    "__pydojo_repr__": _seal(_test_repr_impl, defaults=(_exact_text, repr)),
    "__pydojo_format__": _seal(_test_format_impl, defaults=("", _exact_text, format)),
    "__pydojo_name__": _seal(_test_name_impl, defaults=(_exact_text,) + _test_name_impl.__defaults__[1:]),
    "__pydojo_isinstance__": _seal(_test_isinstance_impl, defaults=(type, _real_subclass)),
    "__pydojo_issubclass__": _seal(_test_issubclass_impl, defaults=(type, isinstance, _real_subclass, TypeError)),
    "__pydojo_forward__": _seal(_test_forward_impl, defaults=(_forward_send,)),
}
_TEST_HELPERS["__pydojo_str__"].__kwdefaults__ = {"_convert": _exact_text, "_str": str}
_ANNOTATIONS_FLAG = __import__("__future__").annotations.compiler_flag
_REWRITTEN_CALLS = {"str": "__pydojo_str__", "repr": "__pydojo_repr__", "format": "__pydojo_format__", "isinstance": "__pydojo_isinstance__", "issubclass": "__pydojo_issubclass__"}


def _rewrite_test_code(test_code):
    """Test source → code whose comparisons cannot be bent (see above), and
    whose functions learner code only ever sees as forwarders: CPython lets
    anyone read a function's __globals__ and __closure__ (the test namespace,
    its hidden values, its plain), and test code hands its functions to
    learner code by many roads no wrapper stands on (a method called
    directly, a subclass of a learner's class, an object's methods)."""
    import ast

    tree = ast.parse(test_code, TEST_FILENAME)
    helpers = _list(_TEST_HELPERS)

    def forward(node):
        return ast.copy_location(ast.Call(ast.Name("__pydojo_forward__", ast.Load()), [node], []), node)

    def refuse_type_params(node):
        # A type statement's value and a type parameter's bound are lazily
        # evaluated by functions the compiler makes: test functions no
        # forwarder can stand in for.
        if isinstance(node, ast.TypeAlias) or getattr(node, "type_params", None):
            raise _SyntaxError("type statements and type parameters are not supported in tests", (TEST_FILENAME, node.lineno, node.col_offset + 1, None))

    class Rewriter(ast.NodeTransformer):
        def visit_TypeAlias(self, node):
            refuse_type_params(node)

        def visit_FunctionDef(self, node):
            refuse_type_params(node)
            self.generic_visit(node)
            # Innermost: other decorators (property, staticmethod, a
            # learner's) and the name's binding only see the forwarder.
            node.decorator_list.append(ast.copy_location(ast.Name("__pydojo_forward__", ast.Load()), node))
            return node

        visit_AsyncFunctionDef = visit_FunctionDef

        def visit_Lambda(self, node):
            self.generic_visit(node)
            return forward(node)

        def visit_ClassDef(self, node):
            refuse_type_params(node)
            self.generic_visit(node)
            # A class body looks names up in its namespace first, which a
            # learner's metaclass makes (__prepare__): the helpers are read
            # from the test's globals instead.
            first = node.body[0] if node.body else None
            docstring = isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str)
            node.body.insert(1 if docstring else 0, ast.copy_location(ast.Global(helpers), node))
            return node

        def visit_Call(self, node):
            self.generic_visit(node)
            if isinstance(node.func, ast.Name) and node.func.id in _REWRITTEN_CALLS and not node.keywords or (
                isinstance(node.func, ast.Name) and node.func.id == "str"
            ):
                node.func = ast.copy_location(ast.Name(_REWRITTEN_CALLS[node.func.id], ast.Load()), node.func)
            return node

        def visit_Attribute(self, node):
            self.generic_visit(node)
            if node.attr in ("__name__", "__qualname__") and isinstance(node.ctx, ast.Load):
                call = ast.Call(ast.Name("__pydojo_name__", ast.Load()), [node.value, ast.Constant(node.attr)], [])
                return ast.copy_location(call, node)
            return node

    tree = ast.fix_missing_locations(Rewriter().visit(tree))
    # Annotations stay strings: a class's lazy __annotate__ would be a test
    # function the class hands to any learner code that sees the class.
    return _compile(tree, TEST_FILENAME, "exec", _ANNOTATIONS_FLAG, True)


def _relay_main(namespace):
    """While tests run, __main__ is a view of the submission whose functions
    forward test functions opaquely and wrap functions they return."""
    view = _ModuleType("__main__")
    for key, value in namespace.items():
        if _type(value) is not _ModuleType and not isinstance(value, _type) and _callable(value) and not key.startswith("__"):
            value = _wrap_candidate(value, relay=True)
        view.__dict__[key] = value
    _sys_modules["__main__"] = view


def _run_assert(test_code, entry):
    """Run author assert code against the submission's namespace.

    If the test code defines check(candidate), it is called with the entry
    point wrapped so the learner's return values are rebuilt from plain builtin
    types before any comparison. The helper plain(x) does the same for
    objects the test inspects itself.
    """
    _state["phase"] = "test"
    namespace = _state["namespace"]
    if namespace is None:
        return _reply(_error("RuntimeError", "the submission did not load", ""))
    _restore_world()
    test_ns = _test_namespace(namespace)
    # The test source never reaches linecache: code under test must not be
    # able to read the assertions (failing lines are shown from `lines`).
    lines = test_code.splitlines(True)
    _linecache.pop(TEST_FILENAME, None)
    del _failures[:]
    try:
        compiled = _rewrite_test_code(test_code)
    except _SyntaxError as exc:
        result = {"status": "error", "error": _describe_error(exc), "testError": True}
        return _reply(result)
    try:
        _seal_interpreter()
        try:
            _relay_main(namespace)
            _exec(compiled, test_ns)
            check = test_ns.get("check")
            if check is not None and not entry:
                return _reply(_error("RuntimeError", "the test defines check(candidate) but the problem has no entryPoint to pass to it", "", testError=True))
            if check is not None:
                fn, problem = _lookup(entry)
                if problem is not None:
                    return _reply(problem)
                check(_wrap_candidate(fn))
        finally:
            _guard_off()
            _restore_world()
    except _AssertionError as exc:
        _graveyard.append(test_ns)
        return _reply({"status": "failed", "error": _describe_error(exc, own_files=(FILENAME, TEST_FILENAME), sources={TEST_FILENAME: lines})})
    except _BaseException as exc:  # noqa: BLE001
        _graveyard.append(test_ns)
        result = _failure(exc)
        if result.get("status") == "error" and not _issubclass(_type(exc), _SystemExit):
            result["error"] = _describe_error(exc, own_files=(FILENAME, TEST_FILENAME), sources={TEST_FILENAME: lines})
        return _reply(result)
    _graveyard.append(test_ns)
    if _failures:
        # An assertion failed inside a test function the learner's code called
        # (and the learner's code caught it): the test still fails.
        first = _failures[0]
        return _reply({"status": "failed", "error": _describe_error(first, own_files=(FILENAME, TEST_FILENAME), sources={TEST_FILENAME: lines})})
    return _reply({"status": "ok"})


def sealed_functions():
    """Every sealed function and class the harness hands out (for its tests)."""
    return _list(_keep_alive)


# --------------------------------------------------------------------------
# Entry points: whatever happens inside, the host gets a reply
# --------------------------------------------------------------------------


def _entry(fn, *args):
    try:
        return fn(*args)
    except _KeyboardInterrupt:
        # An interrupt that landed in the harness itself, between learner steps.
        return _reply({"status": "interrupted", "error": {"type": "KeyboardInterrupt", "message": "", "line": None, "traceback": "KeyboardInterrupt"}})
    except _RecursionError:
        return _reply(_error("RecursionError", "maximum recursion depth exceeded"))
    except _BaseException as exc:  # noqa: BLE001
        return _reply(_error(_type_name(_type(exc)), _safe_str(exc)))


def run_program(code_text, input_available=True):
    return _entry(_run_program, code_text, input_available)


def load_submission(code_text):
    return _entry(_load_submission, code_text)


def run_call(name, args_json, kwargs_json, in_place_arg=-1):
    return _entry(_run_call, name, args_json, kwargs_json, in_place_arg)


def run_io(code_text, stdin_text):
    return _entry(_run_io, code_text, stdin_text)


def run_assert(test_code, entry):
    return _entry(_run_assert, test_code, entry)


def run_generate(code_text, seed, n):
    return _entry(_run_generate, code_text, seed, n)
