"""The party index's lookups by place, against the plain scans they replace: the same answers
in the same order, however mentions come and go, and after a trip to a worker process."""
import pickle

from hypothesis import given, settings, strategies as st

from build_scripts.extract.drafts import Mention, PartyIndex, party_at
from build_scripts.settings import EXTRACTION
from build_scripts.model import PartyKind

mention = st.builds(lambda p, s, n: Mention(paragraph=p, start=s, end=s + n, subject=False, quoted=False, text="x"),
                    st.integers(0, 5), st.integers(0, 40), st.integers(1, 12))
step = st.one_of(st.tuples(st.just("new")), st.tuples(st.just("add"), st.integers(0, 9), mention),
                 st.tuples(st.just("remove"), st.integers(0, 9), st.integers(0, 50)))


def scanned_before(index, paragraph, char, paragraphs=EXTRACTION.near_paragraphs):
    found = [(m, d) for d in index.drafts for m in d.mentions
             if (m.paragraph, m.start) < (paragraph, char) and m.paragraph >= paragraph - paragraphs]
    return sorted(found, key=lambda md: (md[0].paragraph, md[0].start), reverse=True)[:EXTRACTION.near_mentions]


def scanned_at(index, paragraph, char):
    return next((d for d in index.drafts for m in d.mentions if m.paragraph == paragraph and m.start <= char < m.end),
                None)


def check(index):
    for paragraph in range(6):
        for char in range(0, 56, 3):
            assert [(m, id(d)) for m, d in index.mentions_before(paragraph, char)] == \
                [(m, id(d)) for m, d in scanned_before(index, paragraph, char)]
            assert list(index.mentions_before(paragraph, char,
                                              paragraphs=0)) == scanned_before(index, paragraph, char, 0)
            assert party_at(index, paragraph, char) is scanned_at(index, paragraph, char)


@settings(max_examples=300, derandomize=True, database=None)
@given(st.lists(step, max_size=40))
def test_lookups_by_place_agree_with_a_full_scan(steps):
    index = PartyIndex()
    for number, action in enumerate(steps):
        if action[0] == "new" or not index.drafts:
            index.new(PartyKind.PERSON)
        elif action[0] == "add":
            index.drafts[action[1] % len(index.drafts)].mentions.append(action[2])
        else:
            draft = index.drafts[action[1] % len(index.drafts)]
            if draft.mentions:
                draft.mentions.remove(draft.mentions[action[2] % len(draft.mentions)])
        if number % 5 == 0:
            check(index)  # lookups in between: the tables are kept current, not rebuilt
    check(index)
    check(pickle.loads(pickle.dumps(index)))  # as a worker process sends it back
