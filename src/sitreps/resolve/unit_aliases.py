"""Former and other names of admin units, as news still writes them ("Bolan" for Kachhi District).

GeoNames names each admin unit by its current official name. A district renamed by decree keeps its
old name in the news for years: Pakistan's Kachhi District was Bolan District, and reports still place
attacks "in Bolan district" or "near Bolan". Unknown to the index, such a name fell back to its
province's centre, hundreds of kilometres off. Each alias in ``data/places/aliases.yaml`` (``units``)
names the GeoNames unit it stands for; it is laid over the index as an area at that unit's point and
precision, so every lookup that reads areas finds it.
"""

from __future__ import annotations

from sitreps.errors import ConfigError
from sitreps.models import PlacePrecision
from sitreps.resolve.geoindex import Area, GeoIndex, load_places_yaml
from sitreps.resolve.normalise import fold


def add_unit_aliases(index: GeoIndex) -> None:
    """Each unit alias of ``aliases.yaml`` as an area of the unit's point, country and precision."""
    for entry in load_places_yaml("aliases.yaml").get("units", []):
        unit = next((u for u in index.units_named(fold(entry["unit"])) if u.country == entry["country"]), None)
        if unit is None:
            raise ConfigError(f"data/places/aliases.yaml: unit {entry['unit']} is absent from the index")
        precision = PlacePrecision.DISTRICT if unit.level == 2 else PlacePrecision.REGION
        area = Area(unit.name, index.country_name(unit.country), unit.lat, unit.lon, precision, None)
        for alias in entry["aliases"]:
            index.areas.setdefault(fold(alias), []).append(area)
