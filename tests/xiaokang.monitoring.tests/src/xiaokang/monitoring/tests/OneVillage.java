package xiaokang.monitoring.tests;

import xiaokang.core.model.City;
import xiaokang.core.model.CoreFactory;
import xiaokang.core.model.Household;
import xiaokang.core.model.Township;
import xiaokang.core.model.Village;

/** The smallest county a test stores: 邵东市, 斫曹乡, 长流村 and the households given. */
final class OneVillage {

    private OneVillage() {
    }

    static City county(Household... households) {
        CoreFactory f = CoreFactory.eINSTANCE;
        City city = f.createCity();
        city.setName("邵东市");
        city.setCode("430582");
        Township township = f.createTownship();
        township.setName("斫曹乡");
        township.setCode("430582104");
        city.getTownships().add(township);
        Village village = f.createVillage();
        village.setName("长流村");
        village.setCode("430582104201");
        township.getVillages().add(village);
        for (Household household : households) {
            village.getHouseholds().add(household);
        }
        return city;
    }
}
