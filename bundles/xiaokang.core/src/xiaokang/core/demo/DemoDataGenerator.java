package xiaokang.core.demo;

/**
 * Adds a plug-in's demo data to the demo county; contributed through the
 * {@code xiaokang.core.demoData} extension point, run after the generators it requires.
 */
@FunctionalInterface
public interface DemoDataGenerator {

    void generate(DemoContext context);
}
