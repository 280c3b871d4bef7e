"""Property-based: random Unicode text and random front matter through load and extract.

Only ExplainerError (a clear message for the editor) may escape loading; extraction never
raises; every quote is verbatim text of its article. 2,000 examples per run, derandomised so CI
sees the same examples every time.
"""
import string

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from build_scripts.errors import ExplainerError
from build_scripts.load.seeds import load_article
from build_scripts.pipeline import extract

MARKS = ['"', "\u201c", "\u201d", "\u2018", "\u2019", "'", "``", "''", "\u00ab", "\u00bb", ":", "\n", "\n\n", "\r\n", " said ", " he said. "]
WORDS = ["The", "minister", "said", "Monday", "March 3", "last week", "Ana Ruiz", "the union", "according to",
         "Radio Calder", "two years since", "statement read:", "<script>", "{{ x }}", "!!!", "#", "\u202e", "\U0001F680"]

fragment = st.one_of(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20),
                     st.sampled_from(MARKS), st.sampled_from(WORDS), st.text(alphabet=string.ascii_letters + " .,", max_size=30))
body = st.lists(fragment, min_size=1, max_size=40).map("".join)
scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=15), st.dates(),
                   st.lists(st.text(max_size=5), max_size=3))
valid_metadata = st.fixed_dictionaries({}, optional={"title": st.text(max_size=30), "outlet": st.text(max_size=20),
                                                    "url": st.text(max_size=20), "published": st.dates()})
any_metadata = st.dictionaries(st.sampled_from(["title", "outlet", "url", "published", "author", "tags"]), scalar, max_size=4)
# mostly articles that load, so extraction sees most examples; invalid metadata still comes up
metadata = st.one_of(st.just({}), valid_metadata, valid_metadata, any_metadata)
raw_front_matter = st.one_of(st.none(), st.none(), st.none(), st.none(), st.none(), st.text(max_size=40))


def article_file(tmp_path, meta, text, raw_front):
    if raw_front is not None:
        front = f"---\n{raw_front}\n---\n"
    elif meta:
        front = "---\n" + yaml.safe_dump(meta, allow_unicode=True) + "---\n"
    else:
        front = ""
    path = tmp_path / "story.md"
    path.write_text(front + text, encoding="utf-8")
    return path


@settings(max_examples=2000, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(meta=metadata, text=body, raw_front=raw_front_matter)
def test_load_and_extract_never_crash_and_quotes_are_verbatim(tmp_path, meta, text, raw_front):
    try:
        article = load_article(article_file(tmp_path, meta, text, raw_front))
    except ExplainerError as error:
        assert error.path is not None and error.problem
        return
    explainer = extract([article])
    joined = "\n".join(article.paragraphs)
    for quote in explainer.quotes:
        for part in quote.text.split("\n"):
            assert part in joined
    assert {q.speaker for q in explainer.quotes} <= {p.name for p in explainer.parties} | {None}
