"""Whether a merged incident is an attack on civilians or an armed clash: what most retellings tell.

Every sentence here is fiction written for these tests, in the style of wire copy.
"""

from __future__ import annotations

from extract_helpers import Extract, merged_tellings

from sitreps.models import EventMention

TEXT = ("Five killed as troops and gunmen exchange fire near Kora. Troops and gunmen exchanged fire near Kora on "
        "Sunday, a gunfight that lasted two hours. The army said the gunmen attacked a patrol first. Residents "
        "said the gunmen had earlier attacked villagers and massacred a family.")


def _merged(*specs: tuple[str, str]) -> EventMention:
    return merged_tellings(TEXT, *specs)


def test_one_bare_killing_does_not_outweigh_a_fight_told_three_times() -> None:
    incident = _merged(("killed", "attack_on_civilians"), ("exchanged fire", "armed_clash"),
                       ("gunfight", "armed_clash"), ("attacked a patrol", "armed_clash"))
    assert incident.type == "armed_clash"  # an attack whose victims are armed is a clash


def test_an_attack_on_civilians_told_more_often_stays_one() -> None:
    incident = _merged(("attacked villagers", "attack_on_civilians"), ("massacred", "attack_on_civilians"),
                       ("gunfight", "armed_clash"))
    assert incident.type == "attack_on_civilians"


def test_a_tie_keeps_the_kind_order() -> None:
    incident = _merged(("gunfight", "armed_clash"), ("massacred", "attack_on_civilians"))
    assert incident.type == "attack_on_civilians"  # the order ranks the victims' character over a bare fight


def test_a_weapon_is_not_outvoted_by_victims() -> None:
    incident = _merged(("exchanged fire", "armed_clash"), ("gunfight", "armed_clash"),
                       ("attacked a patrol", "remote_explosive"))
    assert incident.type == "remote_explosive"  # the means decides a violent incident's type, as ACLED codes it


def test_an_article_telling_a_gunfight_is_a_clash_end_to_end(extract: Extract) -> None:
    text = ("Four dead near Tarsa as soldiers battle gunmen\n\n"
            "Gunmen killed four people near the village of Tarsa on Friday, an army spokesman said.\n\n"
            "Soldiers exchanged fire with the gunmen for three hours, he said.\n\n"
            "The gunfight ended when the gunmen fled into the hills.")
    types = {m.type for m in extract(text) if m.type in ("attack_on_civilians", "armed_clash")}
    assert types == {"armed_clash"}, types
