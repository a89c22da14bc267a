"""Recording a program's execution for the step-through visualiser.

Executed into the harness's private namespace when the engine starts (after
harness.py, see workers/engine.ts), so it shares the harness's captured
builtins and its run helpers: ``_restore_world``, ``_fresh_module``,
``_outcome_for``, ``_json_value``. It adds one entry point:

* ``trace_program(code, stdin)`` runs a program like ``run_program`` under
  ``sys.settrace`` and replies with two JSON texts on two lines: the run's
  reply, then the recording (see src/core/python/trace.ts for its shape).

Nothing here ever calls the learner's code: values are described from their
exact types only (learner-defined ``__repr__``, ``__eq__``, ``__hash__``,
``__getattr__`` and properties are never reached), an instance's fields are
read through the C descriptor of ``__dict__``, and the program's own stdin
and stdout are plain harness objects that run no learner code either.
"""

MAX_STEPS = 1000
MAX_RECORDING_CHARS = 2_000_000
# Per step, how much of the heap is described: past these, "… n more".
MAX_OBJECTS = 60
MAX_CELLS = 12
MAX_TEXT = 40
MAX_OUTPUT = 100_000
_max = max

_GetSetDescriptorType = types.GetSetDescriptorType
_BuiltinFunctionType = types.BuiltinFunctionType
_MethodType = types.MethodType
_type_dict = type.__dict__["__dict__"].__get__
_type_mro = type.__dict__["__mro__"].__get__
_object_dict_of = {}
_INLINE_TYPES = (_int, _float, _bool, _str, _type(None), complex, range, bytes)
_TRACE_EVENTS = ("call", "line", "return", "exception")


class _TraceLimit(_BaseException):
    """Raised from the tracer to end a program once the recording is full."""


def _short(text, limit=MAX_TEXT):
    if _len(text) <= limit:
        return text
    return text[:limit] + f"… ({_len(text) - limit} more characters)"


def _type_label(cls):
    try:
        name = _type_name(cls)
    except _BaseException:  # noqa: BLE001
        return "object"
    return name if _type(name) is _str else "object"


def _inline(value):
    """The text shown for a primitive, or None when the value is a heap object.
    Only the exact builtin types: their C reprs cannot run learner code."""
    t = _type(value)
    if value is None or t is _bool:
        return _repr(value)
    if t is _int:
        try:
            return _short(_int.__repr__(value))
        except _BaseException:  # noqa: BLE001 - more digits than Python will print
            return f"int ({value.bit_length()} bits)"
    if t is _float:
        return _float.__repr__(value)
    if t is _str:
        head = _str.__repr__(value[:MAX_TEXT])
        return head if _len(value) <= MAX_TEXT else head + f"… ({_len(value) - MAX_TEXT} more characters)"
    if t is complex or t is range:
        return t.__repr__(value)
    if t is bytes:
        return _short(bytes.__repr__(value[: MAX_TEXT * 2]))
    if t is _ModuleType:
        return f"module {_short(_str(value.__name__)) if _type(value.__name__) is _str else '?'}"
    return None


def _instance_fields(value):
    """An instance's __dict__ through the C descriptor its class inherits, or
    None (slots, builtin types, or a class that defines __dict__ itself)."""
    try:
        for klass in _type_mro(_type(value)):
            descriptor = _type_dict(klass).get("__dict__")
            if descriptor is None:
                continue
            if _type(descriptor) is not _GetSetDescriptorType:
                return None
            fields = descriptor.__get__(value)
            return fields if _type(fields) is _dict else None
    except _BaseException:  # noqa: BLE001
        return None
    return None


class _Recorder:
    def __init__(self, capture):
        self.capture = capture
        self.steps = []
        self.size = 0
        self.limit = None
        self.done = False
        self.tables = {"frames": ([], {}), "objects": ([], {})}
        # Small numbers for heap objects and frames, kept alive so that
        # Python cannot reuse an id for a new object while recording.
        self.heap_ids = {}
        self.frame_ids = {}
        self.alive = []
        self.raising = {}

    # ------------------------------------------------------------ tracing

    def global_trace(self, frame, event, arg):
        if self.done or frame.f_code.co_filename != FILENAME:
            return None
        # The module's own "call" shows nothing its first line does not.
        if frame.f_code.co_name != "<module>":
            self.record(frame, event, arg)
        return self.local_trace

    def local_trace(self, frame, event, arg):
        if self.done:
            return None
        if event in _TRACE_EVENTS:
            self.record(frame, event, arg)
        return self.local_trace

    def record(self, frame, event, arg):
        if _len(self.steps) >= MAX_STEPS or self.size >= MAX_RECORDING_CHARS:
            self.limit = "steps" if _len(self.steps) >= MAX_STEPS else "size"
            self.done = True
            raise _TraceLimit()
        frames = []
        f = frame
        while f is not None:
            if f.f_code.co_filename == FILENAME:
                frames.append(f)
            f = f.f_back
        frames.reverse()
        # A frame left by an exception gets a "return" event with None: it
        # returns nothing, it passes the exception on.
        raising = self.raising.pop(_id(frame), None) if event in ("return", "line") else None
        if event == "line":
            raising = None  # caught: the frame goes on
        if event == "exception" and _type(arg) is _tuple and _len(arg) > 0:
            raising = self.raising[_id(frame)] = _type_label(arg[0])
        pending = []
        frame_rows = []
        for f in frames:
            returning = f is frame and event == "return" and raising is None
            frame_rows.append(self.intern("frames", self.describe_frame(f, pending, arg if returning else _Recorder)))
        step = {"line": frame.f_lineno or 0, "event": event, "frames": frame_rows, "heap": self.describe_heap(pending), "out": self.capture.length}
        if raising is not None:
            step["error"] = raising
        text = _json_value(step)
        self.size += _len(text)
        self.steps.append(text)

    # ------------------------------------------------------------ describing

    def intern(self, table, row):
        rows, index = self.tables[table]
        text = _json_value(row)
        found = index.get(text)
        if found is None:
            found = index[text] = _len(rows)
            rows.append(text)
            self.size += _len(text)
        return found

    def value(self, value, pending):
        """A cell: the text of a primitive, or the number of a heap object."""
        text = _inline(value)
        if text is not None:
            return text
        key = _id(value)
        number = self.heap_ids.get(key)
        if number is None:
            number = self.heap_ids[key] = _len(self.heap_ids) + 1
            self.alive.append(value)
        pending.append(value)
        return number

    def describe_frame(self, f, pending, returned):
        key = _id(f)
        number = self.frame_ids.get(key)
        if number is None:
            number = self.frame_ids[key] = _len(self.frame_ids) + 1
            self.alive.append(f)
        code = f.f_code
        is_module = code.co_name == "<module>"
        names = f.f_globals if is_module else f.f_locals
        variables = []
        for name, value in _list(names.items()):
            if _type(name) is not _str or (is_module and name.startswith("__") and name.endswith("__")):
                continue
            variables.append([name, self.value(value, pending)])
        row = {"id": number, "name": "<module>" if is_module else _str(code.co_name), "line": f.f_lineno or 0, "vars": variables}
        if returned is not _Recorder and not is_module:
            row["ret"] = self.value(returned, pending)
        return row

    def describe_heap(self, pending):
        seen = _set()
        rows = []
        position = 0
        while position < _len(pending) and _len(rows) < MAX_OBJECTS:
            value = pending[position]
            position += 1
            if _id(value) in seen:
                continue
            seen.add(_id(value))
            rows.append(self.intern("objects", self.describe_object(value, pending)))
        return rows

    def describe_object(self, value, pending):
        t = _type(value)
        row = {"id": self.heap_ids[_id(value)], "type": _type_label(t)}
        if t is _list or t is _tuple or t is _set or t is _frozenset:
            items = _list(value) if t is _list or t is _tuple else _list(t.__iter__(value))
            row["kind"] = "set" if t is _set or t is _frozenset else _type_label(t)
            row["items"] = [self.value(item, pending) for item in items[:MAX_CELLS]]
            row["more"] = _len(items) - _len(row["items"])
            return row
        if t is _dict:
            entries = _list(_dict.items(value))
            row["kind"] = "dict"
            row["items"] = [[self.value(k, pending), self.value(v, pending)] for k, v in entries[:MAX_CELLS]]
            row["more"] = _len(entries) - _len(row["items"])
            return row
        if t is _FunctionType or t is _BuiltinFunctionType or t is _MethodType:
            row["kind"] = "function"
            if t is _MethodType:
                # A bound method may wrap any callable: name only a plain function.
                inner = value.__func__
                name = inner.__name__ if _type(inner) is _FunctionType else "method"
            else:
                name = value.__name__
            row["label"] = _short(name) if _type(name) is _str else "?"
            return row
        if _issubclass(t, _type):
            row["kind"] = "class"
            row["label"] = _short(_type_label(value))
            return row
        fields = _instance_fields(value)
        row["kind"] = "instance"
        if fields is None:
            row["items"] = []
            row["more"] = 0
            return row
        entries = [(k, v) for k, v in _list(_dict.items(fields)) if _type(k) is _str]
        row["items"] = [[k, self.value(v, pending)] for k, v in entries[:MAX_CELLS]]
        row["more"] = _len(entries) - _len(row["items"])
        return row

    def finish(self):
        frames, _ = self.tables["frames"]
        objects, _ = self.tables["objects"]
        self.done = True
        return (
            '{"steps":[' + ",".join(self.steps) + '],"frames":[' + ",".join(frames) + '],"objects":[' + ",".join(objects) + "]"
            + ',"output":' + _json_value(self.capture.text()) + ',"outputTruncated":' + ("true" if self.capture.truncated else "false")
            + ',"limit":' + _json_value(self.limit) + "}"
        )


class _Capture:
    """The program's stdout and stderr while recording: kept here (not
    streamed), so each step can point at how much had been printed."""

    def __init__(self):
        self.parts = []
        self.length = 0
        self.truncated = False

    def write(self, text):
        if _type(text) is not _str:
            raise TypeError(f"write() argument must be str, not {_type_label(_type(text))}")
        if self.length + _len(text) > MAX_OUTPUT:
            text = text[: _max(0, MAX_OUTPUT - self.length)]
            self.truncated = True
        self.parts.append(text)
        self.length += _len(text)
        return _len(text)

    def flush(self):
        return None

    def isatty(self):
        return False

    def text(self):
        return "".join(self.parts)


class _ScriptedStdin:
    """input() reads the lines typed for the recording; each answer is
    echoed to the output, as a terminal would show it."""

    def __init__(self, text, capture):
        self.lines = text.splitlines(True) if text else []
        self.capture = capture

    def readline(self, size=-1):
        if not self.lines:
            return ""
        line = self.lines.pop(0)
        if not line.endswith("\n"):
            line += "\n"
        self.capture.write(line)
        return line

    def read(self, size=-1):
        rest = "".join(self.lines)
        self.lines = []
        return rest

    def isatty(self):
        return False

    def fileno(self):
        raise OSError("stdin has no file descriptor while recording")


def trace_program(code_text, stdin_text=""):
    """Record a whole program as __main__. Replies the run's JSON, a newline,
    then the recording's JSON."""
    if _state["sealed"]:
        refused = {"status": "error", "error": {"type": "RuntimeError", "message": "this interpreter only grades", "line": None, "traceback": ""}}
        return _reply(refused) + "\n" + '{"steps":[],"frames":[],"objects":[],"output":"","outputTruncated":false,"limit":null}'
    _restore_world()
    module = _fresh_module(code_text, FILENAME)
    capture = _Capture()
    recorder = _Recorder(capture)
    sys.stdout = capture
    sys.stderr = capture
    sys.stdin = _ScriptedStdin(stdin_text if _type(stdin_text) is _str else "", capture)
    result = {"status": "ok"}
    try:
        compiled = _compile(code_text, FILENAME, "exec")
        _settrace(recorder.global_trace)
        try:
            _exec(compiled, module.__dict__)
        finally:
            _settrace(None)
            recorder.done = True
    except _TraceLimit:
        pass
    except _BaseException as exc:  # noqa: BLE001 - learner code may raise anything
        if recorder.limit is None or not _issubclass(_type(exc), _TraceLimit):
            status, extra = _outcome_for(exc)
            result = {"status": status}
            result.update(extra)
    finally:
        recording = recorder.finish()
        recorder.alive.clear()
        _restore_world()
    return _reply(result) + "\n" + recording
