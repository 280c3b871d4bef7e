"""Unnamed informants and bodies named by a description (extract/informants.py)."""
import signal

from build_scripts.model import SourceKind

from helpers import explain, sources_by_name


def test_officials_who_say_something_are_an_unnamed_source():
    found = sources_by_name(explain("Two senior port officials said the cranes would stay idle until June."))
    assert found == {"Two senior port officials": SourceKind.ANONYMOUS}


def test_plural_informants_without_an_article():
    found = sources_by_name(explain("Former prosecutors said the case against the harbour master was thin."))
    assert found.get("Former prosecutors") == SourceKind.ANONYMOUS


def test_the_official_refers_back_to_the_informant_introduced_before():
    x = explain("A harbour official familiar with the talks said the offer was final.\n\n"
                "The official, who spoke on condition of anonymity, said the unions had until Friday.")
    assert [(s.name, [p.paragraph for p in s.places]) for s in x.sources] == [
        ("harbour official familiar with the talks", [0, 1])]


def test_the_official_with_nobody_introduced_before_is_not_guessed():
    assert explain("The official said the unions had until Friday.").sources == ()


def test_a_negated_reporting_verb_cites_nobody():
    assert explain("A port spokesman did not respond to a request for comment.").sources == ()


def test_citing_people_familiar_with_the_matter():
    x = explain("The Quillby Ledger said the sale would close in May, citing people familiar with the matter.")
    assert sources_by_name(x).get("people familiar with the matter") == SourceKind.ANONYMOUS


def test_anyone_who_speaks_without_being_named_is_an_informant():
    x = explain("A dock worker who did not want to be named said the night shift had been cancelled.")
    assert sources_by_name(x).get("dock worker") == SourceKind.ANONYMOUS


def test_few_people_say_is_nobody_in_particular():
    assert explain("Few people would say the harbour is safe.").sources == ()


def test_a_body_named_by_a_description_is_an_official_source():
    x = explain("The Wexmoor administration says the port will reopen. Fares will rise, the foreign ministry said.")
    found = sources_by_name(x)
    assert found.get("Wexmoor administration") == SourceKind.OFFICIAL
    assert found.get("foreign ministry") == SourceKind.OFFICIAL


def test_a_body_named_by_its_name_is_a_party_not_a_source():
    x = explain("The Harbour Board said fares would rise in May.")
    assert x.sources == () and x.party("Harbour Board") is not None


def test_informants_named_inside_a_body_leave_the_body_a_party():
    x = explain("Harbour Board officials said the chief would resign. The Harbour Board met on Monday.")
    assert sources_by_name(x).get("Harbour Board officials") == SourceKind.ANONYMOUS
    assert x.party("Harbour Board") is not None


def test_an_anonymity_cue_in_a_sentence_without_a_verb_ends_and_cites_nobody():
    # the walk up to the cue's verb stopped at the root only by identity, which spaCy does not
    # keep for tokens (each access makes a new one): a sentence without a verb looped for ever
    def stop(signum, frame):
        raise TimeoutError("the extraction did not end")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(120)
    try:
        x = explain("A senior harbour official, on condition of anonymity.")
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert x.sources == ()
