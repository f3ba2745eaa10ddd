package xiaokang.core.demo;

import java.util.List;
import java.util.Map;

import xiaokang.core.model.TownshipKind;

/** The published figures and places of Shaodong that the demo county reproduces exactly. */
final class ShaodongFigures {

    record Place(String name, TownshipKind kind) {
    }

    static final String CITY_CODE = "430582"; //$NON-NLS-1$
    /** Residents' ID numbers carry the area code of the former Shaodong county. */
    static final String ID_AREA = "430521"; //$NON-NLS-1$
    static final int VILLAGES = 580;
    static final int POOR_VILLAGES = 77;
    static final int LIFTED_HOUSEHOLDS = 20_312;
    static final int LIFTED_PEOPLE = 61_633;
    static final int EDGE_HOUSEHOLDS = 520;
    static final int SPECIAL_DIFFICULTY_HOUSEHOLDS = 168;

    /**
     * The 26 townships, subdistricts and farm. Names of the places the source document names are
     * as printed there (斫石曹乡); the farm's name stands in until the office confirms it.
     */
    static final List<Place> TOWNSHIPS = List.of(new Place("两市塘街道", TownshipKind.SUBDISTRICT), //$NON-NLS-1$
            new Place("宋家塘街道", TownshipKind.SUBDISTRICT), new Place("大禾塘街道", TownshipKind.SUBDISTRICT), //$NON-NLS-1$ //$NON-NLS-2$
            new Place("火厂坪镇", TownshipKind.TOWN), new Place("佘田桥镇", TownshipKind.TOWN), //$NON-NLS-1$ //$NON-NLS-2$
            new Place("灵官殿镇", TownshipKind.TOWN), new Place("团山镇", TownshipKind.TOWN), //$NON-NLS-1$ //$NON-NLS-2$
            new Place("牛马司镇", TownshipKind.TOWN), new Place("仙槎桥镇", TownshipKind.TOWN), //$NON-NLS-1$ //$NON-NLS-2$
            new Place("黑田铺镇", TownshipKind.TOWN), new Place("廉桥镇", TownshipKind.TOWN), //$NON-NLS-1$ //$NON-NLS-2$
            new Place("流光岭镇", TownshipKind.TOWN), new Place("流泽镇", TownshipKind.TOWN), //$NON-NLS-1$ //$NON-NLS-2$
            new Place("杨桥镇", TownshipKind.TOWN), new Place("简家陇镇", TownshipKind.TOWN), //$NON-NLS-1$ //$NON-NLS-2$
            new Place("砂石镇", TownshipKind.TOWN), new Place("水东江镇", TownshipKind.TOWN), //$NON-NLS-1$ //$NON-NLS-2$
            new Place("九龙岭镇", TownshipKind.TOWN), new Place("野鸡坪镇", TownshipKind.TOWN), //$NON-NLS-1$ //$NON-NLS-2$
            new Place("魏家桥镇", TownshipKind.TOWN), new Place("范家山镇", TownshipKind.TOWN), //$NON-NLS-1$ //$NON-NLS-2$
            new Place("斫石曹乡", TownshipKind.TOWNSHIP), new Place("双凤乡", TownshipKind.TOWNSHIP), //$NON-NLS-1$ //$NON-NLS-2$
            new Place("周官桥乡", TownshipKind.TOWNSHIP), new Place("堡面前乡", TownshipKind.TOWNSHIP), //$NON-NLS-1$ //$NON-NLS-2$
            new Place("邵东市国营林场", TownshipKind.FARM)); //$NON-NLS-1$

    /** The villages the source names, each the first village of its township: the award-winning workshop's, the school aid's. */
    static final Map<String, String> NAMED_VILLAGES = Map.of("斫石曹乡", "长流村", "流泽镇", "永华村"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private ShaodongFigures() {
    }
}
