"""A web page's own lines (extract/furniture.py) are no part of the report: captions, credits,
bylines, promotions and a site's labels give no party, event, quote or source, while the article
page still shows them as pasted. Invented pages and names; the forms are those pasted pages have."""
import pytest

from build_scripts.extract.furniture import Furniture, furniture_kind, page_furniture
from build_scripts.model import Article
from build_scripts.pipeline import extract


@pytest.mark.parametrize("line, kind", [
    # a caption ends in its picture's credit, in any house style
    ("Ola Berg, left, and Aron Falk at the quay (HW) Credit: HW", Furniture.CAPTION),
    ("Photo: HW", Furniture.CAPTION),
    ("(HW Photo/Ines Moreau, File)", Furniture.CAPTION),
    ("Divers wait at the quay in Port Ella. [Ines Moreau/HW Photo]", Furniture.CAPTION),
    ("The ferry is towed free on 9 May. (Korr via Wexmoor Images)", Furniture.CAPTION),
    ("The ferry Nordlys ran aground on Tuesday. Photo courtesy Tarvonia's Coast Guard/Open Commons", Furniture.CAPTION),
    ("The ferry was stuck for a week. (Video: Harbour Wire)", Furniture.CAPTION),
    ("Ines Moreau leaves court on 9 May (Picture : Harbour Wire)", Furniture.CAPTION),
    ("Harbour Wire via Wexmoor Images.", Furniture.CAPTION),
    ("1 of 12 | The ferry Nordlys at the quay", Furniture.CAPTION),
    ("FILE - The ferry's logo on a deckhand's jacket in Port Ella, May 3, 2019.", Furniture.CAPTION),
    # a byline, a sign-off
    ("By Ines Moreau and Aron Falk, Harbour Wire", Furniture.BYLINE),
    ("- STAFF REPORTERS", Furniture.BYLINE),
    ("\u2013 Tarvonia News Agency (TNA); Editing by Ola Berg", Furniture.BYLINE),
    # a promotion of another page, advertising, a comment thread's controls
    ("Also read: Ferry that blocked the strait seized by Tarvonia", Furniture.PROMO),
    ("READ How the port authority is using the pilots' logs against them", Furniture.PROMO),
    ("Advertisement", Furniture.PROMO),
    ("Report abuse", Furniture.PROMO),
    # a site's name, a menu, a slogan glued to the masthead
    ("Latest market news", Furniture.LABEL),
    ("Skip to main content", Furniture.LABEL),
    ("The Harbour WireNews Without Fear", Furniture.LABEL),
    ("Updated 6:14 AM ET, Wed May 8, 2024", Furniture.STAMP),
])
def test_a_page_line_is_furniture_by_its_form(line, kind):
    assert furniture_kind(line) == kind


@pytest.mark.parametrize("line", [
    "The ferry Nordlys ran aground near Port Ella on Tuesday, the coast guard said.",
    "Harbour Wire reports:",  # introduces what follows
    "Watch the pilots' statement below:",
    "He was towed to the quay after the crash. (Warning: the video contains graphic images.)",
    "Support for the ferry ban rose to 41 percent (Wire/Tarvonia Polls).",  # a poll's source, no credit
    "-Ola Berg leads Aron Falk in Wexmoor. [TNA]",  # an item of a list, not a sign-off
    "Read the full ruling here.",
    "Watchdog groups said the ferry was unsafe.",
    "File-sharing sites were blocked on Monday.",
    "Aron Falk, 62",  # one of a list of the dead
])
def test_the_report_is_no_furniture(line):
    assert furniture_kind(line) is None


def test_a_short_label_inside_the_report_is_its_crosshead():
    paragraphs = ["Latest news", "The ferry Nordlys ran aground near Port Ella on Tuesday, the coast guard said.",
                  "The crew speaks", "Ola Berg, the captain, said the engines failed before the ferry hit the rocks.",
                  "Learn more"]
    assert page_furniture(paragraphs) == (Furniture.LABEL, None, None, None, Furniture.LABEL)


def test_furniture_gives_no_party_event_quote_or_source_and_the_page_keeps_it():
    paragraphs = (
        "Harbour Wire",
        "By Ines Moreau, Harbour Wire",
        "Updated 6:14 AM ET, Wed May 8, 2024",
        "Captain Jonas Vik waves from the bridge of the Nordlys on Monday. (Photo: Harbour Wire/Signe Lund)",
        "The ferry Nordlys ran aground near Port Ella on Tuesday, the Tarvonia Coast Guard said.",
        '"We lost both engines at once," captain Ola Berg told reporters.',
        "Also read: Quillby Shipping names Aron Falk its new chief",
        "Advertisement",
    )
    article = Article(id="t", title="Ferry aground", published="2024-05-08", outlet="Harbour Wire", url=None,
                      paragraphs=paragraphs, path="t.txt")
    explainer = extract([article])
    names = {p.name for p in explainer.parties}
    assert "Ola Berg" in names and "Tarvonia Coast Guard" in names
    assert not names & {"Jonas Vik", "Signe Lund", "Ines Moreau", "Aron Falk", "Quillby Shipping"}
    furniture = {0, 1, 2, 3, 6, 7}
    places = [m.paragraph for p in explainer.parties for m in p.mentions]
    places += [e.paragraph for e in explainer.events] + [q.paragraph for q in explainer.quotes]
    places += [c.paragraph for s in explainer.sources for c in s.citations]
    assert places and not furniture & set(places)
    assert explainer.articles[0].paragraphs == paragraphs  # the article page shows the copy as pasted


def test_the_line_before_a_credit_of_its_own_is_the_pictures_caption():
    paragraphs = ["The harbour board dismissed its chief on Monday after a year of losses at the port.",
                  "Ola Berg, front, and members of the board attend a meeting in Wexmoor on Monday.",
                  "Photo: Harbour Wire",
                  "The board gave no reason for the dismissal and said a new chief would be named soon."]
    assert page_furniture(paragraphs) == (None, Furniture.CAPTION, Furniture.CAPTION, None)
