package xiaokang.exchange.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import xiaokang.core.model.City;
import xiaokang.core.model.CoreFactory;
import xiaokang.core.model.CorePackage;
import xiaokang.core.model.Township;
import xiaokang.core.model.TownshipKind;
import xiaokang.core.model.Village;
import xiaokang.core.model.VillageGroup;
import xiaokang.exchange.Cells;
import xiaokang.exchange.RegistryColumn;
import xiaokang.store.Session;
import xiaokang.store.StoreException;

/**
 * Finds the places a list names in the session's database by name: a township in the city, a
 * village in its township, a group in its village (by name, or by number: 3组). A place that is
 * not there is created when the import may create places (always for a database without a city),
 * and listed; otherwise it is a problem of the row.
 */
final class PlaceFinder {

    private static final Pattern GROUP_NUMBER = Pattern.compile("^(?:第)?(\\d+)(?:组|村民小组)?$"); //$NON-NLS-1$
    private static final CoreFactory F = CoreFactory.eINSTANCE;

    private final Session session;
    private final boolean mayCreate;
    private final RowParser parser;
    private final City city;
    private final boolean newCity;
    final List<String> created = new ArrayList<>();
    private final Map<String, Township> townships = new HashMap<>();
    private final Map<Township, Map<String, Village>> villages = new HashMap<>();
    private final Map<Village, List<VillageGroup>> groups = new HashMap<>();

    PlaceFinder(Session session, boolean createPlaces, RowParser parser) throws StoreException {
        this.session = session;
        this.parser = parser;
        List<City> cities = session.roots(CorePackage.Literals.CITY);
        newCity = cities.isEmpty();
        city = newCity ? F.createCity() : cities.get(0);
        mayCreate = createPlaces || newCity;
        if (!newCity) {
            for (Township township : session.<Township>children(city, CorePackage.Literals.CITY__TOWNSHIPS)) {
                townships.put(Cells.headerKey(township.getName()), township);
            }
        }
    }

    /** The city to add to the session when the database had none, else null. */
    City newCity() {
        return newCity ? city : null;
    }

    /** Checks the list's county against the database's city, or names the new city after it. */
    void county(ParsedHousehold h, String idNumber) {
        if (newCity) {
            if (city.getName() == null) {
                if (h.county == null) {
                    parser.problem(h.first, RegistryColumn.COUNTY, Messages.Import_noCity);
                    return;
                }
                city.setName(h.county);
                city.setCode(idNumber == null ? "000000" : idNumber.substring(0, 6)); //$NON-NLS-1$
                created.add(h.county);
            }
        } else if (h.county != null && !Cells.headerKey(h.county).equals(Cells.headerKey(city.getName()))) {
            parser.problem(h.first, RegistryColumn.COUNTY, NLS.bind(Messages.Import_otherCity, h.county, city.getName()));
        }
    }

    Village village(ParsedHousehold h) throws StoreException {
        if (h.township == null || h.village == null) {
            parser.problem(h.first, h.township == null ? RegistryColumn.TOWNSHIP : RegistryColumn.VILLAGE, Messages.Import_empty);
            return null;
        }
        Township township = townships.get(Cells.headerKey(h.township));
        if (township == null) {
            if (!mayCreate) {
                parser.problem(h.first, RegistryColumn.TOWNSHIP, NLS.bind(Messages.Import_unknownPlace, h.township));
                return null;
            }
            township = F.createTownship();
            township.setName(h.township);
            township.setKind(kind(h.township));
            township.setCode(String.format("%s%03d", city.getCode(), city.getTownships().size() + 1)); //$NON-NLS-1$
            city.getTownships().add(township);
            townships.put(Cells.headerKey(h.township), township);
            created.add(h.township);
        }
        Map<String, Village> known = villagesOf(township);
        Village village = known.get(Cells.headerKey(h.village));
        if (village == null) {
            if (!mayCreate) {
                parser.problem(h.first, RegistryColumn.VILLAGE, NLS.bind(Messages.Import_unknownPlace, h.township + " / " + h.village)); //$NON-NLS-1$
                return null;
            }
            village = F.createVillage();
            village.setName(h.village);
            village.setCode(String.format("%s%03d", township.getCode(), township.getVillages().size() + 1)); //$NON-NLS-1$
            township.getVillages().add(village);
            known.put(Cells.headerKey(h.village), village);
            created.add(h.township + " / " + h.village); //$NON-NLS-1$
        }
        return village;
    }

    /** The village's group a list names, or null when it names none (or one that is not there). */
    VillageGroup group(ParsedHousehold h, Village village) throws StoreException {
        if (h.group == null) {
            return null;
        }
        List<VillageGroup> known = groups.get(village);
        if (known == null) {
            known = new ArrayList<>(session.<VillageGroup>children(village, CorePackage.Literals.VILLAGE__GROUPS));
            groups.put(village, known);
        }
        String key = Cells.headerKey(h.group);
        Matcher number = GROUP_NUMBER.matcher(key);
        for (VillageGroup group : known) {
            if (key.equals(Cells.headerKey(group.getName())) || number.matches() && group.getNumber() == Integer.parseInt(number.group(1))) {
                return group;
            }
        }
        String where = h.township + " / " + h.village + " / " + h.group; //$NON-NLS-1$ //$NON-NLS-2$
        if (!mayCreate) {
            parser.problem(h.first, RegistryColumn.GROUP, NLS.bind(Messages.Import_unknownPlace, where));
            return null;
        }
        VillageGroup group = F.createVillageGroup();
        group.setName(h.group);
        group.setNumber(number.matches() ? Integer.parseInt(number.group(1))
                : known.stream().mapToInt(VillageGroup::getNumber).max().orElse(0) + 1);
        village.getGroups().add(group);
        known.add(group);
        created.add(where);
        return group;
    }

    private Map<String, Village> villagesOf(Township township) throws StoreException {
        Map<String, Village> known = villages.get(township);
        if (known == null) {
            known = new HashMap<>();
            if (session.id(township) >= 0) {
                for (Village village : session.<Village>children(township, CorePackage.Literals.TOWNSHIP__VILLAGES)) {
                    known.put(Cells.headerKey(village.getName()), village);
                }
            }
            villages.put(township, known);
        }
        return known;
    }

    private static TownshipKind kind(String name) {
        if (name.endsWith("街道")) { //$NON-NLS-1$
            return TownshipKind.SUBDISTRICT;
        }
        if (name.endsWith("乡")) { //$NON-NLS-1$
            return TownshipKind.TOWNSHIP;
        }
        return name.endsWith("场") ? TownshipKind.FARM : TownshipKind.TOWN; //$NON-NLS-1$
    }
}
