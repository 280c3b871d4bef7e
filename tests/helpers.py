"""Run the extractor on text written in a test."""
from build_scripts.load.seeds import split_paragraphs
from build_scripts.model import Article
from build_scripts.pipeline import extract


def explain(text: str, published: str | None = None, outlet: str | None = None):
    article = Article(id="t", title="Test", published=published, outlet=outlet, url=None,
                      paragraphs=split_paragraphs(text), path="t.txt")
    return extract([article])


def quotes_by_speaker(explainer) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in explainer.quotes]


def sources_by_name(explainer) -> dict:
    """Each source's kind by its name."""
    return {s.name: s.kind for s in explainer.sources}
