"""One list of sources for the story (story_sources.py), as explainer.json and the page show it."""
from build_scripts.load.seeds import split_paragraphs
from build_scripts.model import Article, SourceKind
from build_scripts.pipeline import extract
from build_scripts.site.render import render_site
from build_scripts.site.serialize import to_data


def story(*texts: str):
    return extract([Article(id=f"r{i}", title=f"Report {i}", published=f"2024-05-0{i}", outlet=None, url=None,
                            paragraphs=split_paragraphs(text), path=f"r{i}.txt")
                    for i, text in enumerate(texts, 1)])


def test_an_outlet_is_one_source_across_reports_and_an_informant_stays_with_its_report():
    x = story("A senior port official said the cranes were sold, according to the Quillby Ledger.",
              "A senior port official said the sale was void, the Quillby Ledger reported.")
    ledger = [s for s in x.sources if s.name == "Quillby Ledger"]
    assert len(ledger) == 1 and ledger[0].articles() == ("r1", "r2")
    informants = [s for s in x.sources if s.kind == SourceKind.ANONYMOUS]
    assert sorted(s.articles() for s in informants) == [("r1",), ("r2",)]


def test_a_short_name_is_the_fuller_one_its_report_cites():
    x = story("The cranes were sold, according to the Quillby Ledger. Prices rose, the Ledger reported.")
    assert [(s.name, [p.paragraph for p in s.places]) for s in x.sources] == [("Quillby Ledger", [0])]


def test_an_abbreviation_is_the_outlet_whose_initials_it_spells():
    x = story("WEXMOOR (Harbour Wire) - The cranes were sold.\n\nPrices rose, HW reported.")
    assert [s.name for s in x.sources] == ["Harbour Wire"]
    assert [p.paragraph for p in x.sources[0].places] == [0, 1]


def test_explainer_json_lists_a_source_once_per_report_that_cites_it():
    x = story("The cranes were sold, according to the Quillby Ledger.",
              "Prices rose, according to the Quillby Ledger.\n\nFares rose too, according to the Quillby Ledger.")
    entries = [s for s in to_data(x)["sources"] if s["name"] == "Quillby Ledger"]
    assert [(s["article"], s["paragraph"], len(s["cited_in"])) for s in entries] == [("r1", 0, 1), ("r2", 0, 2)]
    assert len({s["id"] for s in entries}) == 2 and {s["source"] for s in entries} == {"quillby-ledger"}
    assert entries[1]["cited_in"][1]["cited_for"] == "Fares rose too, according to the Quillby Ledger."


def test_sources_page_groups_by_kind_and_links_every_citation():
    x = story("\n\n".join(f"Fares rose {n} percent, according to the Quillby Ledger." for n in range(1, 6))
              + "\n\nA senior port official said the cranes were sold.")
    page = render_site(x)["sources/index.md"]
    assert page.index("## News outlets and programmes") < page.index("## Unnamed informants")
    assert "*Not named; only in “Report 1”.*" in page
    assert page.count("- Fares rose") == 3 and "Also cited in:" in page
    for paragraph in range(5):
        assert f"r1.md#p-{paragraph})" in page


def test_a_big_storys_sources_have_pages_per_kind_and_each_source_is_on_one(tune):
    tune("PAGES", sources_per_page=2, first_of_kind=1)
    x = story("Fares rose, according to the Quillby Ledger. Ola Berg told Radio Tamsin that fares rose. "
              "Ola Berg told the Harbour Gazette that fares rose.",
              "Two port officials said fares rose. Former prosecutors said fares rose.")
    pages = render_site(x)
    outlets = [p for p in pages if p.startswith("cited/news-outlets-and-programmes-")]
    assert sorted(outlets) == ["cited/news-outlets-and-programmes-1.md", "cited/news-outlets-and-programmes-2.md"]
    for source in x.sources:
        headed = [p for p in pages if p.startswith("cited/") and f"### {source.name} {{ #source-" in pages[p]]
        assert len(headed) == 1, (source.name, headed)
    index = pages["sources/index.md"]
    assert index.count("\n### ") == 2  # the first of each kind
    assert "(../cited/news-outlets-and-programmes-2.md)" in index and "## The articles" in index
    assert "## The articles" not in pages[outlets[0]] and "(../sources/index.md)" in pages[outlets[0]]
