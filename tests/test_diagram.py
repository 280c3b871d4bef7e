"""The parties diagram (build_scripts/diagram.py): members of a body stand side by side on the
body's line, never as a chain of boxes that reads as a hierarchy; every party has one box."""
import re

from build_scripts.site.diagram import relationship_svg
from build_scripts.model import Article, Explainer, Party, PartyKind


def boxes(svg: str) -> dict[str, tuple[int, int]]:
    """Party name -> (x, y) of its box."""
    found = re.findall(r'aria-label="([^,"]+), [^"]*"><g [^>]*><rect x="(\d+)" y="(\d+)"', svg)
    return {name: (int(x), int(y)) for name, x, y in found}


def explainer(*parties: Party) -> Explainer:
    return Explainer(articles=(Article(id="a", title="A", published=None, outlet=None, url=None, paragraphs=("x",),
                                       path="a.txt"),), parties=parties)


def test_members_of_one_body_stand_side_by_side_under_it():
    x = explainer(Party(id="union", name="Dockers Union", kind=PartyKind.ORGANISATION),
                  Party(id="ola", name="Ola Berg", kind=PartyKind.PERSON, affiliation="Dockers Union"),
                  Party(id="rui", name="Rui Costa", kind=PartyKind.PERSON, affiliation="Dockers Union"),
                  Party(id="ana", name="Ana Lind", kind=PartyKind.PERSON, affiliation="Dockers Union"),
                  Party(id="eva", name="Eva Holm", kind=PartyKind.PERSON, affiliation="Ola Berg", role="Berg's lawyer"))
    svg = relationship_svg(x, lambda p: f"{p.id}/")
    at = boxes(svg)
    assert set(at) == {"Dockers Union", "Ola Berg", "Rui Costa", "Ana Lind", "Eva Holm"}
    members = [at[n] for n in ("Ola Berg", "Rui Costa", "Ana Lind")]
    assert len({x for x, _ in members}) == 1 and members[0][0] > at["Dockers Union"][0]  # one level, below the body
    assert at["Eva Holm"][0] > at["Ola Berg"][0]  # a member's own employee one level further in
    # one spine per body with members, and one tick per member: no box-to-box chain
    assert svg.count('class="rel-edge"') == 2 + 4


def test_every_party_has_exactly_one_box():
    x = explainer(Party(id="a", name="Harbour Board", kind=PartyKind.ORGANISATION),
                  Party(id="b", name="Port City", kind=PartyKind.COUNTRY),
                  Party(id="c", name="Ola Berg", kind=PartyKind.PERSON, affiliation="Harbour Board"))
    svg = relationship_svg(x, lambda p: f"{p.id}/")
    assert sorted(re.findall(r'aria-label="([^,"]+),', svg)) == ["Harbour Board", "Ola Berg", "Port City"]
