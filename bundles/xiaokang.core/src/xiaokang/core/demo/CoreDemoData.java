package xiaokang.core.demo;

/** The core's demo data: the county itself, its places, households, people and responsibility. */
public final class CoreDemoData implements DemoDataGenerator {

    @Override
    public void generate(DemoContext context) {
        DemoCounty county = new DemoCounty(context.random(), context.scale());
        county.fill(context.city());
    }
}
