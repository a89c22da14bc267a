# Maps Python source onto the construct ids of a lesson (SYNTAX in
# src/core/schemas/lesson.ts, plus builtin:<name> and module:<name>).
#
# Run by `npm run check:lessons` (and its tests) as an ordinary program in the
# same Pyodide the learner runs: the host defines _SNIPPETS, a list of
# {"where": ..., "code": ...}, before this source, and reads one JSON line
# back: [{"where": ..., "constructs": [...]} or {"where": ..., "syntaxError": "..."}].
import ast
import builtins
import json

# Lowercase built-in callables (exception classes are capitalised and are not constructs).
BUILTIN_NAMES = frozenset(
    name for name in dir(builtins) if not name.startswith("_") and name.islower() and callable(getattr(builtins, name))
)

BINARY = {
    ast.FloorDiv: "floor-div-mod",
    ast.Mod: "floor-div-mod",
    ast.Pow: "power",
}
COMPARE = {
    ast.In: "membership",
    ast.NotIn: "membership",
    ast.Is: "identity",
    ast.IsNot: "identity",
}
DIRECT = {
    ast.FunctionDef: "function-def",
    ast.AsyncFunctionDef: "function-def",
    ast.Return: "return",
    ast.Lambda: "lambda",
    ast.Global: "global-nonlocal",
    ast.Nonlocal: "global-nonlocal",
    ast.Dict: "dict",
    ast.Set: "set",
    ast.If: "if",
    ast.IfExp: "conditional-expression",
    ast.Pass: "pass",
    ast.For: "for",
    ast.AsyncFor: "for",
    ast.While: "while",
    ast.Break: "break-continue",
    ast.Continue: "break-continue",
    ast.ListComp: "list-comprehension",
    ast.DictComp: "dict-comprehension",
    ast.SetComp: "set-comprehension",
    ast.GeneratorExp: "generator-expression",
    ast.Yield: "yield",
    ast.YieldFrom: "yield",
    ast.Raise: "raise",
    ast.Assert: "assert",
    ast.With: "with",
    ast.AsyncWith: "with",
    ast.ClassDef: "class",
    ast.Import: "import",
    ast.ImportFrom: "import",
    ast.Delete: "del",
    ast.NamedExpr: "walrus",
    ast.Match: "match",
    ast.Attribute: "attribute",
    ast.Assign: "variable",
    ast.AugAssign: "augmented-assignment",
    ast.BoolOp: "boolean-ops",
}
if hasattr(ast, "TemplateStr"):
    DIRECT[ast.TemplateStr] = "f-string"
if hasattr(ast, "TryStar"):
    TRY_TYPES = (ast.Try, ast.TryStar)
else:
    TRY_TYPES = (ast.Try,)


def bound_names(tree):
    """Every name the snippet binds itself: a call of one of these is not a built-in."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            names.add(node.id)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.arg):
            names.add(node.arg)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                names.add((alias.asname or alias.name).split(".")[0])
        elif isinstance(node, ast.ExceptHandler) and node.name:
            names.add(node.name)
        elif isinstance(node, (ast.MatchAs, ast.MatchStar)) and node.name:
            names.add(node.name)
        elif isinstance(node, ast.MatchMapping) and node.rest:
            names.add(node.rest)
    return names


class Mapper(ast.NodeVisitor):
    def __init__(self, bound):
        self.bound = bound
        self.found = set()

    def add(self, construct):
        self.found.add(construct)

    def generic_visit(self, node):
        construct = DIRECT.get(type(node))
        if construct:
            self.add(construct)
        super().generic_visit(node)

    # Annotations are not constructs: skip them (their subscripts, names, strings).
    def visit_arg(self, node):
        pass

    def visit_AnnAssign(self, node):
        if node.value is not None:
            self.add("variable")
            self.visit(node.value)
        self.visit(node.target)

    def visit_arguments(self, node):
        if node.defaults or any(d is not None for d in node.kw_defaults):
            self.add("default-params")
        if node.vararg or node.kwarg or node.kwonlyargs or node.posonlyargs:
            self.add("star-params")
        for default in node.defaults:
            self.visit(default)
        for default in node.kw_defaults:
            if default is not None:
                self.visit(default)

    def visit_function(self, node):
        self.add("function-def")
        if node.decorator_list:
            self.add("decorator")
            for decorator in node.decorator_list:
                self.decorator(decorator)
        self.visit(node.args)
        for statement in node.body:
            self.visit(statement)

    visit_FunctionDef = visit_function
    visit_AsyncFunctionDef = visit_function

    def visit_ClassDef(self, node):
        self.add("class")
        if node.bases or node.keywords:
            self.add("inheritance")
        if node.decorator_list:
            self.add("decorator")
            for decorator in node.decorator_list:
                self.decorator(decorator)
        for base in node.bases:
            self.visit(base)
        for keyword in node.keywords:
            self.visit(keyword.value)
        for statement in node.body:
            self.visit(statement)

    def decorator(self, node):
        # `@property` calls the built-in just as `@property()` would.
        if isinstance(node, ast.Name) and node.id in BUILTIN_NAMES and node.id not in self.bound:
            self.add("builtin:" + node.id)
        else:
            self.visit(node)

    def visit_Constant(self, node):
        value = node.value
        if value is None:
            self.add("none")
        elif isinstance(value, bool):
            self.add("boolean")
        elif isinstance(value, int):
            self.add("integer")
        elif isinstance(value, (float, complex)):
            self.add("float")
        elif isinstance(value, (str, bytes)):
            self.add("string")

    def visit_JoinedStr(self, node):
        self.add("f-string")
        for value in node.values:
            if isinstance(value, ast.FormattedValue):
                self.visit(value)

    def visit_FormattedValue(self, node):
        self.visit(node.value)
        if node.format_spec is not None:
            self.add("format-spec")
            self.visit(node.format_spec)

    def visit_BinOp(self, node):
        self.add(BINARY.get(type(node.op), "arithmetic"))
        self.generic_visit(node)

    def visit_AugAssign(self, node):
        self.add("augmented-assignment")
        special = BINARY.get(type(node.op))
        if special:
            self.add(special)
        self.visit(node.target)
        self.visit(node.value)

    def visit_UnaryOp(self, node):
        self.add("boolean-ops" if isinstance(node.op, ast.Not) else "arithmetic")
        self.generic_visit(node)

    def visit_Compare(self, node):
        for op in node.ops:
            self.add(COMPARE.get(type(op), "comparison"))
        self.generic_visit(node)

    def visit_Call(self, node):
        func = node.func
        if isinstance(func, ast.Name) and func.id in BUILTIN_NAMES and func.id not in self.bound:
            self.add("builtin:" + func.id)
        for keyword in node.keywords:
            self.add("star-call" if keyword.arg is None else "call-keyword-args")
        if any(isinstance(arg, ast.Starred) for arg in node.args):
            self.add("star-call")
        self.generic_visit(node)

    def visit_Dict(self, node):
        self.add("dict")
        if any(key is None for key in node.keys):
            self.add("star-call")
        self.generic_visit(node)

    def visit_Starred(self, node):
        self.add("starred-assignment" if isinstance(node.ctx, ast.Store) else "star-call")
        self.generic_visit(node)

    def sequence(self, node, construct):
        self.add("unpacking" if isinstance(node.ctx, ast.Store) else construct)
        self.generic_visit(node)

    def visit_Tuple(self, node):
        self.sequence(node, "tuple")

    def visit_List(self, node):
        self.sequence(node, "list")

    def visit_Subscript(self, node):
        index = node.slice
        parts = index.elts if isinstance(index, ast.Tuple) else [index]
        self.add("slicing" if any(isinstance(part, ast.Slice) for part in parts) else "indexing")
        self.generic_visit(node)

    def visit_loop(self, node, construct):
        self.add(construct)
        if node.orelse:
            self.add("loop-else")
        self.generic_visit(node)

    def visit_For(self, node):
        self.visit_loop(node, "for")

    visit_AsyncFor = visit_For

    def visit_While(self, node):
        self.visit_loop(node, "while")

    def visit_try(self, node):
        if node.handlers:
            self.add("try-except")
        if node.orelse or node.finalbody:
            self.add("try-else-finally")
        self.generic_visit(node)

    visit_Try = visit_try
    if hasattr(ast, "TryStar"):
        visit_TryStar = visit_try

    def visit_Import(self, node):
        self.add("import")
        for alias in node.names:
            self.add("module:" + alias.name)

    def visit_ImportFrom(self, node):
        self.add("import")
        if node.module:
            self.add("module:" + node.module)


def constructs_of(code):
    tree = ast.parse(code)
    mapper = Mapper(bound_names(tree))
    mapper.visit(tree)
    return sorted(mapper.found)


def analyse(snippets):
    results = []
    for snippet in snippets:
        try:
            results.append({"where": snippet["where"], "constructs": constructs_of(snippet["code"])})
        except SyntaxError as error:
            results.append({"where": snippet["where"], "syntaxError": f"line {error.lineno}: {error.msg}"})
    return results


print(json.dumps(analyse(_SNIPPETS)))  # noqa: F821 - defined by the host before this source
