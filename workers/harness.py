"""PyDojo's Python harness: runs a learner's program and grades it case by case.

The same file runs in the browser worker and in Node (Vitest and the pack
checker). The host (TypeScript) drives it one call at a time:

* ``run_program(code, input_available)`` runs a program as ``__main__``.
* ``load_submission(code)`` executes a submission once before its cases.
* ``run_call(name, args_json, kwargs_json, in_place_arg)`` calls the entry point.
* ``run_io(code, stdin)`` runs the whole program with a fixed stdin.
* ``run_assert(test_code, entry)`` runs author-written assert code.

Every call returns a dict of plain strings/numbers. Verdicts are *not* decided
here: expected values never enter the interpreter. Call cases return a
canonical JSON encoding of the learner's value which the host compares, io
cases are compared by the host on the captured stdout, and assert cases report
whether the author's assertions raised. Learner code runs with a fresh
namespace, builtins restored afterwards, and (while grading) an audit hook that
refuses frame, gc and tracing introspection so it cannot reach the harness.
"""

import builtins
import json
import linecache
import sys
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
_isinstance = isinstance
_issubclass = issubclass
_callable = callable
_getattr = getattr
_type_name = type.__dict__["__name__"].__get__
_AssertionError = AssertionError
_SyntaxError = SyntaxError
_range = range
_sorted = sorted
_exec = exec
_compile = compile
_enumerate = enumerate
_BaseException = BaseException
_Exception = Exception
_KeyboardInterrupt = KeyboardInterrupt
_SystemExit = SystemExit
_RecursionError = RecursionError
_MemoryError = MemoryError
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
_getrecursionlimit = sys.getrecursionlimit
_default_recursion_limit = sys.getrecursionlimit()
_orig_stdout = sys.stdout
_orig_stderr = sys.stderr
_orig_stdin = sys.stdin
_linecache = linecache.cache
_monitoring = getattr(sys, "monitoring", None)

try:
    import collections as _collections

    _DICT_LIKE = (_collections.Counter, _collections.OrderedDict, _collections.defaultdict)
    _deque = _collections.deque
except ImportError:  # pragma: no cover - collections is always present
    _DICT_LIKE = ()
    _deque = None

import io as _io

# Modules test code commonly leans on: restored after every learner execution,
# so patching math.isclose (say) cannot bend an assertion.
_WATCHED = {}
for _name in (
    "math", "cmath", "collections", "collections.abc", "itertools", "functools", "operator", "re", "string",
    "heapq", "bisect", "json", "json.decoder", "json.encoder", "random", "statistics", "fractions", "decimal",
    "copy", "textwrap", "dataclasses", "typing", "enum", "datetime", "array",
):
    try:
        __import__(_name)
        _module = sys.modules[_name]
    except ImportError:  # pragma: no cover
        continue
    _WATCHED[_name] = (_module, dict(_module.__dict__))

# Python-level stdlib classes whose attributes a program could replace.
_WATCHED_CLASSES = []
for _cls in (_collections.Counter, json.JSONDecoder, json.JSONEncoder):
    _WATCHED_CLASSES.append((_cls, dict(_cls.__dict__)))
_type_setattr = type.__setattr__
_type_delattr = type.__delattr__

_StringIO = _io.StringIO

FILENAME = "main.py"
TEST_FILENAME = "tests.py"
MAX_DEPTH = 60
MAX_ITEMS = 20000
MAX_REPR = 2000

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
        "sys.addaudithook",
    }
)

_FRAME_ATTRS = frozenset({"tb_frame", "gi_frame", "cr_frame", "ag_frame", "f_back"})

_state = {"guarded": False, "namespace": None, "interrupt_reason": None}


def _audit(event, args, _state=_state, _blocked=_BLOCKED_EVENTS):
    if event == "sys.addaudithook":
        raise RuntimeError("adding audit hooks is not allowed in PyDojo")
    if _state["guarded"]:
        if event in _blocked or event.startswith("ctypes."):
            raise RuntimeError(f"{event} is not available while tests run")
        # Reading code objects is harmless (dataclasses and typing do it);
        # reaching a frame is not.
        if event == "object.__getattr__" and _len(args) > 1 and args[1] in _FRAME_ATTRS:
            raise RuntimeError(f"reading {args[1]} is not available while tests run")
        if event == "object.__setattr__" and _len(args) > 1 and args[1] == "__code__":
            raise RuntimeError("replacing __code__ is not available while tests run")


sys.addaudithook(_audit)


class _Timeout(_BaseException):
    pass


def set_interrupt_reason_getter(getter):
    """The host passes a callable returning 'timeout', 'stop' or None."""
    _state["interrupt_reason"] = getter


def _interrupt_kind():
    getter = _state["interrupt_reason"]
    if getter is None:
        return "stop"
    try:
        reason = getter()
    except _BaseException:
        return "stop"
    return "timeout" if reason == "timeout" else "stop"


# --------------------------------------------------------------------------
# Isolation between runs
# --------------------------------------------------------------------------


def _restore_world():
    _settrace(None)
    _setprofile(None)
    if _monitoring is not None:
        for tool in _range(6):
            try:
                if _monitoring.get_tool(tool) is not None:
                    _monitoring.set_events(tool, 0)
                    _monitoring.free_tool_id(tool)
            except _BaseException:
                pass
    current = _dict(_builtins_dict)
    for key in current:
        if key not in _builtins_snapshot:
            del _builtins_dict[key]
    _builtins_dict.update(_builtins_snapshot)
    for name, (module, snapshot) in _WATCHED.items():
        _sys_modules[name] = module
        namespace = module.__dict__
        namespace.clear()
        namespace.update(snapshot)
    for cls, snapshot in _WATCHED_CLASSES:
        current = cls.__dict__
        for key in _list(current):
            if key not in snapshot:
                _type_delattr(cls, key)
        for key, value in snapshot.items():
            if key not in ("__dict__", "__weakref__") and current.get(key) is not value:
                _type_setattr(cls, key, value)
    sys.stdout = _orig_stdout
    sys.stderr = _orig_stderr
    sys.stdin = _orig_stdin
    _setrecursionlimit(_default_recursion_limit)


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
    _state["guarded"] = True
    try:
        return fn(*args)
    finally:
        _state["guarded"] = previous


def _safe_str(value):
    try:
        text = _guarded(_str, value)
    except _BaseException:
        text = "<unprintable>"
    if _type(text) is not _str:
        text = "<unprintable>"
    return text[:MAX_REPR]


def _describe_error(exc, own_files=(FILENAME,)):
    """Trim a traceback to frames of the learner's (and test) code."""
    etype = _type(exc)
    name = "TypeError" if etype is _Unsupported else _type_name(etype)
    message = _safe_str(exc)
    lines = []
    line_no = None
    if etype is _SyntaxError or etype is IndentationError or etype is TabError:
        filename = exc.filename
        line_no = exc.lineno
        text = exc.text
        offset = exc.offset
        message = _safe_str(exc.msg)
        where = f'  File "{filename}", line {line_no}' if line_no else ""
        if where:
            lines.append(where)
        if text:
            stripped = text.rstrip("\n")
            indent = _len(stripped) - _len(stripped.lstrip())
            lines.append("    " + stripped.strip())
            if _type(offset) is _int and offset >= 1:
                caret_at = max(0, offset - 1 - indent)
                lines.append("    " + " " * caret_at + "^")
        body = "\n".join(lines)
        header = body + "\n" if body else ""
        return {
            "type": name,
            "message": message,
            "line": line_no if _type(line_no) is _int else None,
            "traceback": f"{header}{name}: {message}",
        }
    tb = exc.__traceback__
    frames = []
    while tb is not None:
        code = tb.tb_frame.f_code
        if code.co_filename in own_files:
            frames.append((code.co_filename, tb.tb_lineno, code.co_name))
        tb = tb.tb_next
    if frames:
        lines.append("Traceback (most recent call last):")
        for filename, lineno, func in frames[-20:]:
            lines.append(f'  File "{filename}", line {lineno}, in {func}')
            source = linecache.getline(filename, lineno).strip()
            if source:
                lines.append("    " + source)
        line_no = frames[-1][1] if frames[-1][0] == FILENAME else None
        if line_no is None:
            for filename, lineno, _func in reversed(frames):
                if filename == FILENAME:
                    line_no = lineno
                    break
    lines.append(f"{name}: {message}" if message else name)
    return {"type": name, "message": message, "line": line_no, "traceback": "\n".join(lines)}


def _outcome_for(exc):
    """Map an exception escaping learner code to (status, extra fields)."""
    etype = _type(exc)
    if _issubclass(etype, _KeyboardInterrupt):
        if _interrupt_kind() == "timeout":
            return "timeout", {}
        return "interrupted", {"error": {"type": "KeyboardInterrupt", "message": "", "line": None, "traceback": "KeyboardInterrupt"}}
    if _issubclass(etype, _SystemExit):
        code = exc.code
        if code is None:
            exit_code = 0
        elif _type(code) is _int:
            exit_code = code
        else:
            exit_code = 1
        return "exit", {"exitCode": exit_code}
    return "error", {"error": _describe_error(exc)}


# --------------------------------------------------------------------------
# Plain runs
# --------------------------------------------------------------------------


def _input_unavailable(prompt=""):
    raise RuntimeError(
        "input() is unavailable: this page is not cross-origin isolated, so the "
        "editor cannot pause Python to wait for your typing. Reload the page, or "
        "use a host that sends the COOP/COEP headers."
    )


def run_program(code_text, input_available=True):
    """Run a whole program as __main__. Returns {status, error?, exitCode?}."""
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
        if status == "exit" and extra.get("exitCode") != 0:
            result["status"] = "exit"
    finally:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except _BaseException:
            pass
        _restore_world()
    return result


# --------------------------------------------------------------------------
# Canonical values: a JSON text the host compares with expected values
# --------------------------------------------------------------------------


class _Unsupported(_Exception):
    pass


def _encode(value):
    """JSON text for a value made of exact builtin types (see _plain)."""
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


def canonical(value):
    """The learner's value as tagged JSON text, for the host to compare."""
    return _encode(_plain(value))


def _to_plain(value, depth, seen, budget):
    budget[0] -= 1
    if budget[0] < 0:
        raise _Unsupported("the returned value is too large to compare")
    if depth > MAX_DEPTH:
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
        if t is _list or _issubclass(t, _list) or (_deque is not None and t is _deque):
            items = _list.copy(value) if t is not _deque else _list(value)
            return [_to_plain(item, depth + 1, seen, budget) for item in items]
        if t is _tuple or _issubclass(t, _tuple):
            return _tuple(_to_plain(item, depth + 1, seen, budget) for item in _tuple.__getitem__(value, slice(None)))
        if _issubclass(t, _set):
            return _set(_to_plain(item, depth + 1, seen, budget) for item in _set.copy(value))
        if _issubclass(t, _frozenset):
            return _frozenset(_to_plain(item, depth + 1, seen, budget) for item in _frozenset.copy(value))
        if t is _dict or t in _DICT_LIKE or _issubclass(t, _dict):
            return {_to_plain(k, depth + 1, seen, budget): _to_plain(v, depth + 1, seen, budget) for k, v in _list(_dict.items(value))}
    finally:
        seen.discard(key)
    raise _Unsupported(f"returned a {_type_name(t)} object; return plain values (numbers, strings, lists, tuples, dicts, sets, None)")


def _plain(value):
    """Rebuild a value from exact builtin types only (used by assert tests)."""
    return _to_plain(value, 0, _set(), [MAX_ITEMS])


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
# Grading
# --------------------------------------------------------------------------


def _guarded_call(fn, *args, **kwargs):
    _state["guarded"] = True
    try:
        return fn(*args, **kwargs)
    finally:
        _state["guarded"] = False
        _restore_world()


def _exec_guarded(code_text, filename, namespace):
    compiled = _compile(code_text, filename, "exec")
    _state["guarded"] = True
    try:
        _exec(compiled, namespace)
    finally:
        _state["guarded"] = False
        _restore_world()


def load_submission(code_text):
    """Execute a submission once; later cases call into its namespace."""
    _restore_world()
    _state["namespace"] = None
    module = _fresh_module(code_text, FILENAME)
    try:
        _exec_guarded(code_text, FILENAME, module.__dict__)
    except _BaseException as exc:  # noqa: BLE001
        status, extra = _outcome_for(exc)
        result = {"status": status}
        result.update(extra)
        return result
    _state["namespace"] = module.__dict__
    return {"status": "ok"}


def _failure(exc):
    status, extra = _outcome_for(exc)
    result = {"status": status}
    result.update(extra)
    if status == "exit":
        result = {
            "status": "error",
            "error": {
                "type": "SystemExit",
                "message": f"the program called exit({extra.get('exitCode', 0)}) during a test",
                "line": None,
                "traceback": "SystemExit",
            },
        }
    return result


def _lookup(name):
    namespace = _state["namespace"]
    if namespace is None:
        return None, {"status": "error", "error": {"type": "RuntimeError", "message": "the submission did not load", "line": None, "traceback": ""}}
    fn = namespace.get(name)
    if fn is None:
        return None, {
            "status": "error",
            "error": {"type": "NameError", "message": f"name '{name}' is not defined: define a function called {name}", "line": None, "traceback": f"NameError: name '{name}' is not defined"},
        }
    if not _callable(fn):
        return None, {
            "status": "error",
            "error": {"type": "TypeError", "message": f"'{name}' is not a function", "line": None, "traceback": f"TypeError: '{name}' is not callable"},
        }
    return fn, None


def run_call(name, args_json, kwargs_json, in_place_arg=-1):
    """Call the entry point with fresh copies of the case's arguments."""
    fn, problem = _lookup(name)
    if problem is not None:
        return problem
    args = _list(_json_to_value(_decode_json(args_json)))
    kwargs = _json_to_value(_decode_json(kwargs_json)) if kwargs_json else {}
    try:
        returned = _guarded_call(fn, *args, **kwargs)
    except _BaseException as exc:  # noqa: BLE001
        return _failure(exc)
    value = args[in_place_arg] if 0 <= in_place_arg < _len(args) else returned
    try:
        text = canonical(value)
    except _Unsupported as exc:
        message = exc.args[0]
        return {"status": "error", "error": {"type": "TypeError", "message": message, "line": None, "traceback": "TypeError: " + message}}
    except _BaseException:  # noqa: BLE001 - odd objects must not crash the harness
        message = "the returned value cannot be compared; return plain values"
        return {"status": "error", "error": {"type": "TypeError", "message": message, "line": None, "traceback": "TypeError: " + message}}
    return {"status": "ok", "actual": text, "actualRepr": _safe_repr(value)}


def _silent_input(prompt=""):
    line = sys.stdin.readline()
    if line == "":
        raise EOFError("EOF when reading a line")
    return line[:-1] if line.endswith("\n") else line


def run_io(code_text, stdin_text):
    """Run the whole program with the case's stdin. input() prompts are not echoed."""
    _restore_world()
    module = _fresh_module(code_text, FILENAME)
    sys.stdin = _StringIO(stdin_text)
    _builtins_dict["input"] = _silent_input
    try:
        compiled = _compile(code_text, FILENAME, "exec")
        _state["guarded"] = True
        try:
            _exec(compiled, module.__dict__)
        finally:
            _state["guarded"] = False
        try:
            sys.stdout.flush()
        except _BaseException:
            pass
    except _SystemExit as exc:
        code = exc.code
        if code is None or code == 0:
            return {"status": "ok"}
        return {
            "status": "error",
            "error": {"type": "SystemExit", "message": f"the program exited with status {_safe_str(code)}", "line": None, "traceback": "SystemExit"},
        }
    except _BaseException as exc:  # noqa: BLE001
        return _failure(exc)
    finally:
        _restore_world()
    return {"status": "ok"}


def _wrap_candidate(fn):
    """The learner's function as test code sees it: the world is restored
    after each call and the result rebuilt from exact builtin types."""

    def candidate(*args, **kwargs):
        try:
            result = fn(*args, **kwargs)
        finally:
            previous = _state["guarded"]
            _state["guarded"] = False
            try:
                _restore_world()
            finally:
                _state["guarded"] = previous
        return _plain(result)

    return candidate


def _test_namespace(namespace):
    """Test code sees the learner's names, but never their shadows of
    builtins, and calls their functions through sanitising wrappers."""
    test_ns = {}
    for key, value in namespace.items():
        if key in _builtins_snapshot or key.startswith("__"):
            continue
        if _type(value) is _FunctionType and value.__globals__ is namespace:
            value = _wrap_candidate(value)
        test_ns[key] = value
    # A private copy: patching the builtins module cannot reach test code.
    test_ns["__builtins__"] = _dict(_builtins_snapshot)
    test_ns["__name__"] = "__pydojo_tests__"
    test_ns["plain"] = _plain
    return test_ns


def run_assert(test_code, entry):
    """Run author assert code against the submission's namespace.

    If the test code defines check(candidate), it is called with the entry
    point wrapped so the learner's return values are rebuilt from plain builtin
    types before any comparison. The helper plain(x) does the same for
    objects the test inspects itself.
    """
    namespace = _state["namespace"]
    if namespace is None:
        return {"status": "error", "error": {"type": "RuntimeError", "message": "the submission did not load", "line": None, "traceback": ""}}
    test_ns = _test_namespace(namespace)
    # The test source reaches linecache only after the run, to show failing
    # lines: code under test must not be able to read the assertions.
    lines = test_code.splitlines(True)
    _linecache.pop(TEST_FILENAME, None)
    try:
        compiled = _compile(test_code, TEST_FILENAME, "exec")
    except _SyntaxError as exc:
        return {"status": "error", "error": _describe_error(exc), "testError": True}
    try:
        _state["guarded"] = True
        try:
            _exec(compiled, test_ns)
            check = test_ns.get("check")
            if check is not None and not entry:
                message = "the test defines check(candidate) but the problem has no entryPoint to pass to it"
                return {"status": "error", "error": {"type": "RuntimeError", "message": message, "line": None, "traceback": ""}, "testError": True}
            if check is not None:
                fn, problem = _lookup(entry)
                if problem is not None:
                    return problem
                check(_wrap_candidate(fn))
        finally:
            _state["guarded"] = False
            _restore_world()
    except _AssertionError as exc:
        _linecache[TEST_FILENAME] = (_len(test_code), None, lines, TEST_FILENAME)
        detail = _describe_error(exc, own_files=(FILENAME, TEST_FILENAME))
        _linecache.pop(TEST_FILENAME, None)
        return {"status": "failed", "error": detail}
    except _BaseException as exc:  # noqa: BLE001
        result = _failure(exc)
        if result.get("status") == "error":
            _linecache[TEST_FILENAME] = (_len(test_code), None, lines, TEST_FILENAME)
            if not _issubclass(_type(exc), _SystemExit):
                result["error"] = _describe_error(exc, own_files=(FILENAME, TEST_FILENAME))
            _linecache.pop(TEST_FILENAME, None)
        return result
    return {"status": "ok"}
