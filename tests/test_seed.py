"""The seed article end to end: the extract command's JSON, validated and scored against gold.

Expectations come from ../shared/seeds/*.gold.json; the scorer is the shared one.
"""
import json
import subprocess
import sys

import jsonschema

from conftest import PROJECT, SEED_GOLD, SHARED


def score(gold_path, prediction: dict, tmp_path) -> dict:
    pred = tmp_path / "pred.json"
    pred.write_text(json.dumps(prediction), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SHARED / "bench" / "score_explainer.py"), str(gold_path), str(pred)],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def test_extract_output_is_valid_against_the_schema(seed_extraction):
    schema = json.loads((SHARED / "explainer.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(seed_extraction, schema)


def test_seed_scores(seed_extraction, seed_gold, tmp_path):
    scores = score(SEED_GOLD[0], seed_extraction, tmp_path)
    assert scores["quote_e2e"][2] >= 0.85, scores
    assert scores["party"][1] == 1.0, scores  # every gold party found
    assert scores["party_affiliation_acc"] >= 0.8, scores
    assert scores["source"][1] == 1.0, scores  # every gold source found
    dated_gold = [e for e in seed_gold["events"] if e["date"]]
    assert round(scores["event_dated"][1] * len(dated_gold)) >= 3, scores
    assert scores["quote_not_quotes_listed"] == 0


def test_seed_quotes_have_gold_speakers_and_not_quotes_are_absent(seed_extraction, seed_gold):
    norm = lambda s: " ".join(s.split()).strip(" ,.")
    predicted = {norm(q["text"]): q["speaker"] for q in seed_extraction["quotes"]}
    for gold in seed_gold["quotes"]:
        assert norm(gold["quote"]) in predicted, gold["quote"]
        speaker = predicted[norm(gold["quote"])]
        assert speaker and (speaker == gold["speaker"] or speaker in gold["speaker"]), (gold, speaker)
    for not_quote in seed_gold["not_quotes"]:
        assert norm(not_quote) not in predicted


def test_every_reference_resolves(seed_extraction):
    data = seed_extraction
    parties = {p["name"] for p in data["parties"]}
    sources = {s["name"] for s in data["sources"]}
    articles = {a["id"]: len(a["paragraphs"]) for a in data["articles"]}
    for q in data["quotes"]:
        assert q["speaker"] is None or q["speaker"] in parties
        assert q["via"] is None or q["via"] in sources
        assert 0 <= q["paragraph"] < articles[q["article"]]
    for p in data["parties"]:
        assert p["affiliation"] is None or p["affiliation"] in parties
    for e in data["events"]:
        assert set(e["parties"]) <= parties
        assert 0 <= e["paragraph"] < articles[e["article"]]
    ids = [x["id"] for key in ("quotes", "parties", "events", "sources") for x in data[key]]
    assert len(ids) == len(set(ids))


def test_quotes_are_verbatim_substrings_of_their_paragraphs(seed_extraction):
    paragraphs = {a["id"]: a["paragraphs"] for a in seed_extraction["articles"]}
    for q in seed_extraction["quotes"]:
        for offset, part in enumerate(q["text"].split("\n")):
            assert part in paragraphs[q["article"]][q["paragraph"] + offset]


def test_the_seeds_key_timeline_holds_its_dated_events_and_its_main_parties_speak_or_act(seed_extraction, seed_gold):
    from build_scripts.pipeline import build_explainer

    # one report: its key timeline holds every dated event whose line reads as a statement
    dated = [e for e in build_explainer(PROJECT / "seeds").events if e.date]
    assert any(e.key for e in dated) and all(e.key == e.stated for e in dated)
    main = [p["name"] for p in seed_extraction["parties"] if p["main"]]
    speakers = {q["speaker"] for q in seed_extraction["quotes"]}
    assert 2 <= len(main) <= 12 and speakers & set(main)
    gold_speakers = {q["speaker"] for q in seed_gold["quotes"] if q.get("speaker")}
    assert all(any(name in g or g in name for g in gold_speakers) or name in {p["name"] for p in seed_gold["parties"]}
               for name in main)  # no junk among the main parties
