"""Event linking benchmark: is this the same happening? Pairs of tellings from the gold
evidence of ../shared/bench/stories, each similarity measure ranked on them.

    .venv/bin/python -m bench.events [--threshold 0.3]

Each gold key event lists where the reports tell it (article, paragraph, the words that date
it). Our extracted events at those places carry the gold event's label. Every two labelled
tellings from different sentences, dated the same day or a day apart (or with the same month or
year), make a pair: the same gold event (positive) or two events of neighbouring days
(negative). For each measure: average precision over the ranked pairs, the best F1 and its
threshold, and precision, recall and F1 at --threshold. The measures:

- tfidf-sentence: TF-IDF cosine of the sentences' content lemmas (IDF over the story's tellings),
  the parties' names among the words (what link/events.py uses);
- tfidf-statement: the same over the statement a timeline line shows, not the whole sentence;
- wordllama-*: cosine of WordLlama embeddings (its bundled 256-dimension weights, offline), of
  the sentence or the statement, when the package is installed (it is not a dependency:
  `pip install wordllama==0.4.0.post1` to compare);
- mean-*: the mean of TF-IDF and WordLlama.
"""
from __future__ import annotations

import argparse
import math
from collections import Counter
from pathlib import Path

from build_scripts.extract.drafts import EventDraft
from build_scripts.link.assemble import assemble
from build_scripts.link.events import telling_similarity
from build_scripts.load.seeds import article_files, load_article
from build_scripts.pipeline import extract_articles

from .stories import stories

CONTENT_POS = ("NOUN", "PROPN", "VERB", "ADJ", "NUM", "ADV")


def labelled(extractions, gold: dict) -> list[tuple[str, EventDraft, str, set[int]]]:
    """(article, event draft, its sentence, gold event numbers) for every telling; the gold
    numbers of those at gold evidence."""
    where: dict[tuple[str, int], list[tuple[int, str]]] = {}
    for number, key in enumerate(gold.get("key_events") or []):
        for ev in key.get("evidence") or []:
            where.setdefault((ev["article"], ev["paragraph"]), []).append((number, ev["text"]))
    out = []
    for x in extractions:
        for draft in x.events:
            if not draft.date:
                continue
            paragraph = x.article.paragraphs[draft.paragraph]
            start, end = draft.sentence
            labels = {n for n, text in where.get((x.article.id, draft.paragraph), ())
                      if (at := paragraph.find(text)) >= 0 and start <= at < end}
            out.append((x.article.id, draft, paragraph[start:end], labels))  # IDF counts every telling
    return out


def linked(extractions, tellings):
    """Whether link/events.py put two tellings in one event: 1.0 or 0.0. A telling is found by
    its paragraph among an event's reports, the event dated within a day of it (two tellings of
    one paragraph on one day would be taken for one; the stories have few)."""
    story = assemble(extractions)
    event_of = {}
    for n, event in enumerate(story.events):
        for place in event.sources:
            event_of.setdefault((place.article, place.paragraph), []).append((n, event.date or ""))

    def event(i: int):
        article, draft, _, _ = tellings[i]
        found = [n for n, date in event_of.get((article, draft.paragraph), []) if neighbours(date, draft.date or "")]
        return found[0] if found else None

    return lambda i, j: 1.0 if event(i) is not None and event(i) == event(j) else 0.0


def neighbours(a: str, b: str) -> bool:
    if len(a) == len(b) == 10:
        import datetime as dt
        return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days) <= 1
    return a == b


def pairs(tellings) -> list[tuple[int, int, bool]]:
    out = []
    for i in range(len(tellings)):
        for j in range(i + 1, len(tellings)):
            (ai, di, _, li), (aj, dj, _, lj) = tellings[i], tellings[j]
            if not li or not lj or (ai, di.paragraph, di.sentence) == (aj, dj.paragraph, dj.sentence):
                continue
            if neighbours(di.date, dj.date):
                out.append((i, j, bool(li & lj)))
    return out


def tfidf(bags: list[Counter]) -> list[dict[str, float]]:
    counts = Counter(w for bag in bags for w in bag)
    total = len(bags) + 1
    out = []
    for bag in bags:
        vector = {w: n * (math.log(total / (counts[w] + 1)) + 1) for w, n in bag.items()}
        norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
        out.append({w: v / norm for w, v in vector.items()})
    return out


def lemma_bags(texts: list[str], nlp) -> list[Counter]:
    return [Counter(t.lemma_.lower() for t in doc if t.pos_ in CONTENT_POS and not t.is_stop and t.ent_type_ not in ("DATE", "TIME"))
            for doc in nlp.pipe(texts)]


def wordllama():
    """WordLlama from its own package files, or None. (Its loader looks for the tokenizer in a
    folder the wheel does not have and then tries the network.)"""
    try:
        import wordllama as package
        from safetensors import safe_open
        from tokenizers import Tokenizer
        from wordllama.inference import WordLlamaInference
    except ImportError:
        return None
    root = Path(package.__file__).parent
    tokenizer = Tokenizer.from_file(str(root / "tokenizers" / "l2_supercat_tokenizer_config.json"))
    with safe_open(str(root / "weights" / "l2_supercat_256.safetensors"), framework="np", device="cpu") as f:
        return WordLlamaInference(f.get_tensor("embedding.weight"), tokenizer)


def ranked_figures(scored: list[tuple[float, bool]], threshold: float) -> dict:
    ranked = sorted(scored, key=lambda s: -s[0])
    positives = sum(1 for _, p in scored if p)
    hits, ap, best = 0, 0.0, (0.0, 0.0)
    for n, (score, positive) in enumerate(ranked, 1):
        if positive:
            hits += 1
            ap += hits / n
        f1 = 2 * hits / (n + positives) if positives else 0.0
        best = max(best, (f1, score))
    tp = sum(1 for s, p in scored if p and s >= threshold)
    predicted = sum(1 for s, _ in scored if s >= threshold)
    precision = tp / predicted if predicted else None
    recall = tp / positives if positives else None
    return {"AP": ap / positives if positives else None, "best F1": best[0], "at": best[1], "P": precision,
            "R": recall, "F1": 2 * tp / (predicted + positives) if predicted + positives else None}


def main() -> None:
    import json

    from build_scripts.extract.nlp import load_nlp

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=0.3)
    args = parser.parse_args()
    nlp, model = load_nlp(), wordllama()
    scored: dict[str, list[tuple[float, bool]]] = {}
    counts = Counter()
    for name, folder, gold_path in stories():
        extractions = extract_articles([load_article(f) for f in article_files(folder)])
        tellings = labelled(extractions, json.loads(gold_path.read_text(encoding="utf-8")))
        story_pairs = pairs(tellings)
        counts["tellings"] += sum(1 for t in tellings if t[3])
        counts["pairs"] += len(story_pairs)
        counts["same"] += sum(1 for *_, same in story_pairs if same)
        sentences = [t[2] for t in tellings]
        statements = [t[1].what for t in tellings]
        vectors = {"tfidf-sentence": tfidf([Counter(t[1].terms) for t in tellings]),
                   "tfidf-statement": tfidf(lemma_bags(statements, nlp))}
        measures = {key: (lambda i, j, v=v: telling_similarity(v[i], v[j])) for key, v in vectors.items()}
        if model is not None:
            for key, texts in (("sentence", sentences), ("statement", statements)):
                embedded = model.embed(texts, norm=True)
                measures[f"wordllama-{key}"] = lambda i, j, e=embedded: float(e[i] @ e[j])
                measures[f"mean-{key}"] = (lambda i, j, e=embedded, v=vectors[f"tfidf-{key}"]:
                                           (float(e[i] @ e[j]) + telling_similarity(v[i], v[j])) / 2)
        measures["linker (its own events)"] = linked(extractions, tellings)
        for key, measure in measures.items():
            for i, j, same in story_pairs:
                day = "same day" if tellings[i][1].date == tellings[j][1].date else "next day"
                scored.setdefault(f"{key}, {day}", []).append((measure(i, j), same))
    print(f"{counts['tellings']} tellings at gold evidence, {counts['pairs']} pairs of neighbouring days, "
          f"{counts['same']} of one event")
    print(f"| measure | AP | best F1 | at | P@{args.threshold} | R@{args.threshold} | F1@{args.threshold} |")
    print("|---|---|---|---|---|---|---|")
    for key, values in scored.items():
        f = ranked_figures(values, args.threshold)
        cells = [f"{f[k]:.3f}" if f[k] is not None else "-" for k in ("AP", "best F1", "at", "P", "R", "F1")]
        print(f"| {key} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
