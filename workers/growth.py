"""Measured growth: times a solved problem's functions on growing inputs.

Runs in the learner's own interpreter (the runner, never a grading one), once
the problem is solved: the reference is shown to the learner then, so running
it beside their code reveals nothing. The host (workers/engine.ts) drives it:

* ``prepare(learner_code, reference_code, generator_code, entry)`` defines each
  in its own fresh namespace and finds ``generate`` and the two entry points.
* ``generate_args(n, seed)`` makes the arguments for one size (not timed).
* ``time_call(who, min_seconds, max_seconds)`` times one function on fresh
  copies of those arguments and replies the seconds per call.

Every call returns JSON text. How long to keep going (the budget, which sizes)
is the host's decision.
"""

import builtins as _builtins
import copy as _copy
import gc as _gc
import json as _json
import random as _random
import time as _time

# Captured when this file loads (the world is restored after every run), so
# a program that patches time.perf_counter or copy.deepcopy later cannot
# change how it is measured.
_perf = _time.perf_counter
_deepcopy = _copy.deepcopy
_dumps = _json.dumps
_Random = _random.Random
_gc_disable = _gc.disable
_gc_enable = _gc.enable
_gc_isenabled = _gc.isenabled
_BaseException = BaseException
_KeyboardInterrupt = KeyboardInterrupt

_state = {"functions": {}, "generate": None, "args": None, "copy": None}
_ATOMIC = (int, float, str, bool, type(None))


def _copier(args):
    """A fresh copy of the arguments for each call. Copying is not timed but
    spends the budget: lists of numbers or strings (most generated inputs)
    are copied with list(), far faster than deepcopy."""
    flat = all(type(a) in _ATOMIC or (type(a) is list and all(type(x) in _ATOMIC for x in a)) for a in args)
    if flat:
        return lambda: [list(a) if type(a) is list else a for a in args]
    return lambda: _deepcopy(args)

# A function measured at one size is called at most this many times per
# batch: enough for a call of a microsecond to add up past the timer's grain.
_MAX_LOOPS = 100_000
# Batches per size; the fastest is kept (the others were slowed by the machine:
# short batches, many of them, so some run without being preempted).
_REPEATS = 7


def _error(who, exc, n=None):
    # Learner-facing: the exception's class and message, like a test result.
    try:
        message = str(exc)
    except _BaseException:  # noqa: BLE001 - an odd exception must not crash the measurement
        message = ""
    result = {"status": "error", "who": who, "error": {"type": type(exc).__name__, "message": message[:500]}}
    if n is not None:
        result["n"] = n
    return _dumps(result)


def _define(code, filename):
    namespace = {"__name__": "__growth__", "__builtins__": _builtins, "__file__": filename}
    exec(compile(code, filename, "exec"), namespace)
    return namespace


def prepare(learner_code, reference_code, generator_code, entry):
    """Define the three programs; reply which one failed, if any."""
    _state["functions"] = {}
    _state["generate"] = None
    _state["args"] = None
    for who, code in (("generator", generator_code), ("mine", learner_code), ("reference", reference_code)):
        try:
            namespace = _define(code, "generator.py" if who == "generator" else "main.py")
        except _KeyboardInterrupt:
            raise
        except _BaseException as exc:  # noqa: BLE001 - learner code may raise anything
            return _error(who, exc)
        name = "generate" if who == "generator" else entry
        fn = namespace.get(name)
        if not callable(fn):
            return _dumps({"status": "error", "who": who, "error": {"type": "NameError", "message": f"no function called {name}"}})
        if who == "generator":
            _state["generate"] = fn
        else:
            _state["functions"][who] = fn
    return _dumps({"status": "ok"})


def generate_args(n, seed):
    """Arguments for size n, kept for the timings that follow."""
    try:
        args = _state["generate"](_Random(seed), n)
        if not isinstance(args, (list, tuple)):
            raise TypeError("generate(rng, n) must return a list of arguments")
        _state["args"] = list(args)
        _state["copy"] = _copier(_state["args"])
    except _KeyboardInterrupt:
        raise
    except _BaseException as exc:  # noqa: BLE001
        return _error("generator", exc, n)
    return _dumps({"status": "ok"})


def _batch(fn, copies):
    """Seconds for calling fn once on each copy; the copies were made before."""
    was_enabled = _gc_isenabled()
    _gc_disable()
    try:
        started = _perf()
        for args in copies:
            fn(*args)
        return _perf() - started
    finally:
        if was_enabled:
            _gc_enable()


def time_call(who, min_seconds, max_seconds):
    """Seconds per call of one function on the current arguments: batches of
    calls long enough to exceed min_seconds, the fastest of a few, stopping
    early once max_seconds is spent. Copying the arguments is not timed."""
    fn = _state["functions"][who]
    fresh = _state["copy"]
    try:
        # Calibrate: grow the batch until it lasts min_seconds (like timeit).
        loops = 1
        spent = 0.0
        while True:
            elapsed = _batch(fn, [fresh() for _ in range(loops)])
            spent += elapsed
            if elapsed >= min_seconds or loops >= _MAX_LOOPS or spent >= max_seconds:
                break
            loops = min(_MAX_LOOPS, max(loops * 2, int(loops * 1.2 * min_seconds / max(elapsed, 1e-9)) + 1))
        best = elapsed / loops
        for _ in range(_REPEATS - 1):
            if spent + elapsed > max_seconds:
                break
            elapsed = _batch(fn, [fresh() for _ in range(loops)])
            spent += elapsed
            best = min(best, elapsed / loops)
    except _KeyboardInterrupt:
        raise
    except _BaseException as exc:  # noqa: BLE001
        return _error(who, exc)
    return _dumps({"status": "ok", "seconds": best, "loops": loops, "batchSeconds": best * loops})


def release():
    """Drop the measured functions and arguments (they can be large)."""
    _state["functions"] = {}
    _state["generate"] = None
    _state["args"] = None
    return _dumps({"status": "ok"})
