"""The extractor is judged on stories it never saw: no rule, word list or example in its code
names a person of the seed article or of the dev stories. Their gold files say who those are;
examples in the code use invented people (tests may quote real copy as test data)."""
import json
import re

from conftest import PROJECT, SEED_GOLD, STORIES

# words of a gold person's name that are also plain vocabulary of the code: a generational
# suffix, a holiday ('Martin Luther King Day'), 'the White House'
SHARED_WORDS = {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", "King", "White"}


def person_names() -> set[str]:
    """Each gold person's name and forms, whole and by last word ('Ola Berg', 'Berg')."""
    forms: list[str] = []
    for path in sorted(STORIES.glob("*.gold.json")):
        for entity in json.loads(path.read_text(encoding="utf-8"))["entities"]:
            if entity["kind"] == "person":
                forms += [entity["name"], *entity.get("forms", [])]
    for path in SEED_GOLD:
        for party in json.loads(path.read_text(encoding="utf-8"))["parties"]:
            if party.get("kind") == "person":
                forms += [party["name"], *(party.get("aliases") or [])]
    names = set(forms) | {form.split()[-1] for form in forms if form.split()}
    return {n for n in names if len(n) >= 3 and n[:1].isupper() and n not in SHARED_WORDS}


def test_the_code_names_no_person_of_the_seed_or_the_dev_stories():
    names = person_names()
    assert len(names) > 100  # the gold files were read
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")(?![\w-])")
    found = []
    for path in sorted((PROJECT / "build_scripts").rglob("*")):
        if path.suffix in (".py", ".txt", ".j2", ".yml", ".md"):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                found += [f"{path.relative_to(PROJECT)}:{number}: {m.group()}" for m in pattern.finditer(line)]
    assert found == []
