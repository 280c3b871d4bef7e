"""The package's shape, checked: every module says what it offers (`__all__`), modules (and the
tests and benchmarks) import only what others offer (no `_private` helper of another module), and the stage folders depend
one way: load -> extract -> link -> curate -> rank -> site, each on earlier ones and the core."""
import ast
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
PACKAGE = PROJECT / "build_scripts"
STAGES = ("load", "extract", "link", "curate", "rank", "site")
EDGES = ("pipeline", "cli", "hooks", "__main__")  # the orchestrator and the two edges: may import any stage
SHARED_DATA = "build_scripts.extract.resources"  # word lists: the core's names.py reads them too


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PROJECT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports_of(path: Path) -> list[tuple[str, list[str]]]:
    """(module, names) for each `from X import names` of the package, relative ones resolved."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level:
            base = package.split(".")[: len(package.split(".")) - node.level + 1]
            target = ".".join(base + ([node.module] if node.module else []))
        else:
            target = node.module or ""
        if target == "build_scripts" or target.startswith("build_scripts."):
            found.append((target, [alias.name for alias in node.names]))
    return found


def public_names(path: Path) -> tuple[list[str], list[str] | None, set[str]]:
    """The module's public top-level definitions, its __all__ (None if it has none) and every
    name it binds at the top (definitions and imports)."""
    defined, listed, bound = [], None, set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            defined.append(node.name)
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            bound |= {(alias.asname or alias.name).split(".")[0] for alias in node.names}
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        for target in targets:
            for leaf in target.elts if isinstance(target, ast.Tuple) else [target]:
                if isinstance(leaf, ast.Name) and leaf.id == "__all__":
                    listed = list(ast.literal_eval(node.value))
                elif isinstance(leaf, ast.Name):
                    defined.append(leaf.id)
    return sorted({n for n in defined if not n.startswith("_")}), listed, bound | set(defined)


def stage_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def stage_breaks(importer: str, imported: str) -> bool:
    """An import against the stage order: a stage reaching a later one, or the core reaching a
    stage (beyond the word lists)."""
    source, target = stage_of(importer), stage_of(imported)
    if source in EDGES or target not in STAGES or imported.startswith(SHARED_DATA):
        return False
    return source not in STAGES or STAGES.index(target) > STAGES.index(source)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_every_module_lists_its_public_names_in_all(module):
    """A name another module may use is in __all__; one it may not starts with an underscore."""
    defined, listed, bound = public_names(MODULES[module])
    if defined or listed is not None:
        assert listed is not None and set(defined) <= set(listed) and set(listed) <= bound


def test_modules_import_only_what_another_module_offers():
    wrong = []
    for path in [*MODULES.values(), *sorted((PROJECT / "tests").glob("*.py")), *sorted((PROJECT / "bench").glob("*.py"))]:
        for target, names in imports_of(path):
            offered = public_names(MODULES[target])[1] or []
            for name in names:
                if f"{target}.{name}" not in MODULES and name not in offered:
                    wrong.append(f"{path.relative_to(PROJECT)}: {name} from {target}")
    assert wrong == []


def test_a_stage_imports_only_earlier_stages_and_the_core():
    wrong = [f"{importer} -> {target}" for importer, path in MODULES.items() for target, _ in imports_of(path)
             if stage_breaks(importer, target)]
    assert wrong == []


def test_the_stage_check_finds_an_import_against_the_order():
    assert stage_breaks("build_scripts.extract.events", "build_scripts.site.render")
    assert stage_breaks("build_scripts.names", "build_scripts.link.parties")
    assert not stage_breaks("build_scripts.site.render", "build_scripts.rank.timeline")
    assert not stage_breaks("build_scripts.names", "build_scripts.extract.resources")
    assert not stage_breaks("build_scripts.pipeline", "build_scripts.site.render")

