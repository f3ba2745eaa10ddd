package xiaokang.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import xiaokang.core.IdNumbers;
import xiaokang.core.demo.DemoCounty;
import xiaokang.core.model.City;
import xiaokang.core.model.Household;
import xiaokang.core.model.HouseholdStatus;
import xiaokang.core.model.Person;
import xiaokang.core.model.Village;

class DemoCountyTest {

    private static City city;
    private static List<Household> households;

    @BeforeAll
    static void build() {
        city = new DemoCounty(2020, 1).build();
        households = city.getTownships().stream().flatMap(t -> t.getVillages().stream())
                .flatMap(v -> v.getHouseholds().stream()).toList();
    }

    @Test
    void placesMatchShaodong() {
        List<Village> villages = city.getTownships().stream().flatMap(t -> t.getVillages().stream()).toList();

        assertEquals(26, city.getTownships().size());
        assertEquals(580, villages.size());
        assertEquals(77, villages.stream().filter(Village::isPoor).count());
        assertTrue(villages.stream().filter(Village::isPoor).allMatch(v -> v.getYearExited() <= 2020));
        assertTrue(city.getTownships().stream().anyMatch(t -> t.getName().equals("斫石曹乡")));
    }

    @Test
    void liftedOutTotalsAreExact() {
        List<Household> lifted = households.stream().filter(h -> h.getStatus() == HouseholdStatus.LIFTED_OUT).toList();

        assertEquals(20_312, lifted.size());
        assertEquals(61_633, lifted.stream().mapToInt(h -> h.getMembers().size()).sum());
        assertTrue(households.size() > 20_312 && households.size() < 22_000, "about 21,000 households");
    }

    @Test
    void everyPersonHasAUniqueValidIdNumberAndEveryHouseholdACadre() {
        Set<String> ids = new HashSet<>();
        for (Household h : households) {
            assertTrue(h.getCadre() != null, h.getNumber());
            for (Person p : h.getMembers()) {
                assertTrue(IdNumbers.isValid(p.getIdNumber()), p.getIdNumber());
                assertTrue(ids.add(p.getIdNumber()), "duplicate " + p.getIdNumber());
            }
        }
    }

    @Test
    void everyAddressIsAGroupOfTheHouseholdsVillage() {
        for (Household h : households) {
            Village village = (Village) h.eContainer();
            assertTrue(h.getAddress().matches(Pattern.quote(village.getName()) + "[一二三四五六七八]组"), h.getAddress());
        }
    }

    @Test
    void sameSeedSameCounty() {
        City again = new DemoCounty(2020, 1).build();
        Household first = again.getTownships().get(5).getVillages().get(3).getHouseholds().get(0);
        Household original = city.getTownships().get(5).getVillages().get(3).getHouseholds().get(0);

        assertEquals(original.getNumber(), first.getNumber());
        assertEquals(original.getMembers().get(0).getIdNumber(), first.getMembers().get(0).getIdNumber());
    }
}
