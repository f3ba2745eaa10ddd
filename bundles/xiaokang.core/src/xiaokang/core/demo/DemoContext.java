package xiaokang.core.demo;

import java.util.Random;

import org.eclipse.emf.ecore.EObject;

import xiaokang.core.model.City;

/**
 * What a demo-data generator works on: the county built so far (the core's generator runs
 * first), a seeded random source shared by all generators, the scale, and where to put new
 * objects that have no container in the core model (a plug-in's own root objects).
 */
public interface DemoContext {

    City city();

    Random random();

    /** 1 for a Shaodong-sized county, 10 for ten times as many villages and households. */
    int scale();

    /** Adds a new object without a container; it is stored with everything else in one commit. */
    void addRoot(EObject root);
}
