"""Progress lines of a long extraction: one per batch of articles, one per interval while the
count stands still, none for an extraction that ends quickly."""
import time

from build_scripts.progress import Progress


def test_a_line_per_batch_of_articles_and_none_at_the_end(tune):
    tune("WORK", progress_every_articles=3)
    lines = []
    with Progress(7, lines.append) as tracker:
        for _ in range(7):
            tracker.article_done()
    assert [line.split(",")[0] for line in lines] == ["extraction: 3 of 7 article(s) done", "extraction: 6 of 7 article(s) done"]


def test_a_line_per_interval_while_one_long_article_is_extracted(tune):
    tune("WORK", progress_every_seconds=0.05)
    lines = []
    with Progress(1, lines.append) as tracker:
        time.sleep(0.3)  # the one article, still being read
        tracker.article_done()
    assert len(lines) >= 3 and all(line.startswith("extraction: 0 of 1 article(s) done") for line in lines)


def test_a_quick_extraction_says_nothing():
    lines = []
    with Progress(5, lines.append) as tracker:
        for _ in range(5):
            tracker.article_done()
    assert lines == []
